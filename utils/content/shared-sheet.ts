/**
 * One constructed stylesheet per CSS text, shared by every small shadow root that adopts it (badges on
 * many rows or chips): parsed once, not once per badge.
 */
const sheets = new Map<string, CSSStyleSheet>();

export function sharedSheet(css: string): CSSStyleSheet {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}
