import { browser } from 'wxt/browser';

// User-facing strings from public/_locales. Every message is kept once read, because after an extension update
// the old content script's i18n API stops answering — and that is exactly when its panel must still read
// properly and say "Tandem was updated". What is kept is the message's template (its $1…$9 left as markers), so
// a message read once still reads after an update with substitutions it has never seen (a person added since,
// another role): nothing has to be translated ahead for every value it may be given.

const templates = new Map<string, string>();

/** Chrome and Firefox fill $1…$9 from the substitutions; these markers keep each slot's place in the template. */
const SLOTS = Array.from({ length: 9 }, (_, index) => `\uE000${index + 1}`);
const SLOT = /\uE000([1-9])/g;

function template(key: string): string | null {
  const known = templates.get(key);
  if (known !== undefined) return known;
  let text = '';
  try {
    // Keys for vocabulary are built at run time (utils/vocabulary.ts vocabKey), so widen WXT's typed keys.
    const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string | string[]) => string;
    text = getMessage(key, SLOTS);
  } catch {
    // The extension was updated or removed under this tab.
  }
  if (!text) return null;
  templates.set(key, text);
  return text;
}

/**
 * A user-facing string. A missing key shows as the key itself, so a forgotten string is visible in the
 * UI and in tests instead of rendering as an empty label.
 */
export function t(key: string, substitutions?: string | string[]): string {
  const text = template(key);
  if (text === null) return key;
  const values = substitutions === undefined ? [] : [substitutions].flat();
  // One pass: a value that happens to hold a marker is never filled in again.
  return text.replace(SLOT, (_, slot: string) => values[Number(slot) - 1] ?? '');
}

/** Reads messages ahead of need, for UI that may first appear after the extension went away. */
export function preloadMessages(keys: readonly string[]): void {
  for (const key of keys) template(key);
}

/** The languages Tandem has messages for, one folder each under public/_locales (tests/unit/i18n/locale-parity.test.ts checks the list). */
export const LOCALES = ['en', 'es'] as const;

/**
 * The language Tandem's own text is shown in, for `lang` attributes and dates: the browser's language when
 * Tandem has messages for it (the browser falls back from es-419 to es, as here), else English, the
 * default_locale. A pure function of the browser's language, so tests give it any.
 */
export function shownLanguage(browserLanguage: string): string {
  const base = browserLanguage.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return (LOCALES as readonly string[]).includes(base) ? browserLanguage.replace('_', '-') : LOCALES[0];
}

/** The language Tandem's text is in, in this browser (see shownLanguage). */
export function uiLanguage(): string {
  let browserLanguage = '';
  try {
    browserLanguage = browser.i18n.getUILanguage();
  } catch {
    // The extension was updated or removed under this tab: English, like a missing message.
  }
  return shownLanguage(browserLanguage);
}
