import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, shownLanguage } from '../../../utils/i18n';
import { projectRoot } from '../source-files';

// Every locale under public/_locales must say everything English says, with the same slots: a key missing in a
// locale makes Chrome fall back to English for that one string, and a lost or extra $1 shows a value in the wrong
// place or drops it. English is the reference; a locale is any folder there with a messages.json.

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const LOCALES_DIR = join(projectRoot, 'public/_locales');
const REFERENCE = 'en';

function readLocale(locale: string): Record<string, Message> {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Record<string, Message>;
}

const locales = readdirSync(LOCALES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const english = readLocale(REFERENCE);
const others = locales.filter((locale) => locale !== REFERENCE);

/** The $1…$9 and $NAME$ markers a message uses, as a sorted set (Chrome's placeholder names ignore case). */
function markers(message: string): string[] {
  const found = message.match(/\$[1-9]|\$[A-Za-z0-9_@]+\$/g) ?? [];
  return [...new Set(found.map((marker) => marker.toLowerCase()))].sort();
}

/** Each declared placeholder as `name=content`, names in lower case as Chrome reads them. */
function placeholders(message: Message): string[] {
  return Object.entries(message.placeholders ?? {})
    .map(([name, value]) => `${name.toLowerCase()}=${value.content}`)
    .sort();
}

/**
 * Keys whose Spanish is rightly the same text as the English: the product name, markers and punctuation only,
 * and words spelled alike in both languages. Anything else identical to English is an untranslated copy.
 */
const SAME_IN_SPANISH = new Set([
  'extName',
  'blockBadgeText',
  'freeTimeBrand',
  'agenda_lesson',
  'dataCount',
  'materialWhat',
  'planningAgendaFor',
  'backupCsvNo',
  'teamTotal',
]);

describe('locales', () => {
  it('include English and Spanish, as utils/i18n.ts lists them', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'es']));
    expect(locales).toEqual([...LOCALES].sort());
  });

  it("show text in the browser's language when Tandem has it, else in English", () => {
    expect(shownLanguage('es')).toBe('es');
    expect(shownLanguage('es-419')).toBe('es-419');
    expect(shownLanguage('es_MX')).toBe('es-MX');
    expect(shownLanguage('en-GB')).toBe('en-GB');
    expect(shownLanguage('fr-CA')).toBe('en');
    expect(shownLanguage('')).toBe('en');
  });

  it('have no empty message', () => {
    for (const locale of locales) {
      const empty = Object.entries(readLocale(locale))
        .filter(([, value]) => typeof value?.message !== 'string' || value.message.trim() === '')
        .map(([key]) => `${locale}:${key}`);
      expect(empty).toEqual([]);
    }
  });

  it.each(others)('%s has exactly the keys English has', (locale) => {
    const keys = Object.keys(readLocale(locale));
    const missing = Object.keys(english).filter((key) => !keys.includes(key));
    const extra = keys.filter((key) => !(key in english));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(others)('%s uses the same placeholders and $ markers as English in every message', (locale) => {
    const messages = readLocale(locale);
    const differences: string[] = [];
    for (const [key, reference] of Object.entries(english)) {
      const translated = messages[key];
      if (!translated) continue; // reported by the key test
      const want = { markers: markers(reference.message), placeholders: placeholders(reference) };
      const got = { markers: markers(translated.message), placeholders: placeholders(translated) };
      if (JSON.stringify(want) !== JSON.stringify(got)) {
        differences.push(`${key}: English ${JSON.stringify(want)}, ${locale} ${JSON.stringify(got)}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('every $NAME$ marker names a declared placeholder', () => {
    const undeclared: string[] = [];
    for (const locale of locales) {
      for (const [key, value] of Object.entries(readLocale(locale))) {
        const declared = new Set(Object.keys(value.placeholders ?? {}).map((name) => name.toLowerCase()));
        for (const marker of markers(value.message)) {
          if (/^\$[1-9]$/.test(marker)) continue;
          if (!declared.has(marker.slice(1, -1))) undeclared.push(`${locale}:${key} ${marker}`);
        }
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('Spanish translates every message but the few spelled the same', () => {
    const spanish = readLocale('es');
    const copied = Object.keys(english).filter(
      (key) => spanish[key]?.message === english[key]?.message && !SAME_IN_SPANISH.has(key),
    );
    expect(copied).toEqual([]);
    // An allowed key that is translated after all should leave the list, so the list stays honest.
    const stale = [...SAME_IN_SPANISH].filter((key) => spanish[key]?.message !== english[key]?.message);
    expect(stale).toEqual([]);
  });
});
