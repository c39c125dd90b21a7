import { browser } from 'wxt/browser';

/**
 * A user-facing string from public/_locales. A missing key shows as the key itself, so a forgotten
 * string is visible in the UI and in tests instead of rendering as an empty label.
 */
export function t(key: string, substitutions?: string | string[]): string {
  let text = '';
  try {
    // Keys for vocabulary are built at run time (utils/vocabulary.ts vocabKey), so widen WXT's typed keys.
    const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string | string[]) => string;
    text = getMessage(key, substitutions);
  } catch {
    // After an extension update the old content script's i18n API throws; fall back to the key.
  }
  return text || key;
}
