import { browser } from 'wxt/browser';

// User-facing strings from public/_locales. Every string is kept once translated, because after an
// extension update the old content script's i18n API stops answering — and that is exactly when its
// panel must still read properly and say "Tandem was updated".

const cache = new Map<string, string>();

/**
 * A user-facing string. A missing key shows as the key itself, so a forgotten string is visible in the
 * UI and in tests instead of rendering as an empty label.
 */
export function t(key: string, substitutions?: string | string[]): string {
  const cacheKey = substitutions === undefined ? key : `${key}\u0000${[substitutions].flat().join('\u0000')}`;
  const known = cache.get(cacheKey);
  if (known !== undefined) return known;
  let text = '';
  try {
    // Keys for vocabulary are built at run time (utils/vocabulary.ts vocabKey), so widen WXT's typed keys.
    const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string | string[]) => string;
    text = getMessage(key, substitutions);
  } catch {
    // The extension was updated or removed under this tab.
  }
  if (!text) return key;
  cache.set(cacheKey, text);
  return text;
}

/** Translates strings ahead of need, for UI that may first appear after the extension went away. */
export function preloadMessages(keys: readonly string[]): void {
  for (const key of keys) t(key);
}
