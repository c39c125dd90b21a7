// Light or dark, decided from the colours a page actually paints behind Tandem's UI (page-theme.ts reads
// them), so the panels match the page they sit in rather than the system setting (issue 14).

export type Scheme = 'light' | 'dark';

interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** What the browser paints under a page with no background of its own, per the root's colour scheme. */
const CANVAS: Record<Scheme, Rgba> = {
  light: { r: 255, g: 255, b: 255, a: 1 },
  dark: { r: 18, g: 18, b: 18, a: 1 },
};

/**
 * Below this relative luminance white text contrasts better than black (both ≈ 4.58:1 at 0.179): the
 * background is dark. Among greys, #757575 is dark and #767676 light.
 */
const DARK_BELOW = 0.179;

const NUMBER = String.raw`(-?[\d.]+(?:e-?\d+)?)(%?)`;
const SEPARATOR = String.raw`(?:\s*[,/]\s*|\s+)`;
/** rgb()/rgba() as computed styles give them (commas) or as written in CSS (spaces, `/ alpha`). */
const RGB = new RegExp(
  String.raw`^rgba?\(\s*${NUMBER}${SEPARATOR}${NUMBER}${SEPARATOR}${NUMBER}(?:${SEPARATOR}${NUMBER})?\s*\)$`,
  'i',
);
/** color(srgb …), which computed styles give for colours written that way; channels are 0–1. */
const COLOR_SRGB = new RegExp(
  String.raw`^color\(\s*srgb\s+${NUMBER}\s+${NUMBER}\s+${NUMBER}(?:\s*/\s*${NUMBER})?\s*\)$`,
  'i',
);

/** One channel, 0–1: a number out of `scale` or a percentage; absent (no alpha given) is 1. */
function channel(value: string | undefined, percent: string | undefined, scale: number): number {
  if (value === undefined) return 1;
  const number = Number(value);
  return Math.min(1, Math.max(0, percent ? number / 100 : number / scale));
}

/**
 * A computed colour as red, green, blue (0–1) and alpha; `transparent` is alpha 0. Undefined for what
 * this does not read (oklch(), lab(), a keyword other than transparent): the caller skips that layer.
 */
export function parseColor(text: string): Rgba | undefined {
  const value = text.trim();
  if (/^transparent$/i.test(value)) return { r: 0, g: 0, b: 0, a: 0 };
  const rgb = RGB.exec(value);
  const srgb = rgb ? undefined : COLOR_SRGB.exec(value);
  const match = rgb ?? srgb;
  if (!match) return undefined;
  const scale = rgb ? 255 : 1;
  return {
    r: channel(match[1], match[2], scale),
    g: channel(match[3], match[4], scale),
    b: channel(match[5], match[6], scale),
    a: channel(match[7], match[8], 1),
  };
}

/** WCAG 2 relative luminance of an opaque colour with 0–1 channels. */
function luminance({ r, g, b }: Rgba): number {
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * The scheme of what shows through a stack of backgrounds, innermost first (an element, then its
 * ancestors up to the root): each layer is painted over the ones outside it, down to the browser's canvas.
 * A transparent layer lets the one outside show; a half-transparent one mixes with it.
 */
export function schemeOfBackgrounds(innermostFirst: readonly string[], canvas: Scheme = 'light'): Scheme {
  const base = CANVAS[canvas];
  let shown = { r: base.r / 255, g: base.g / 255, b: base.b / 255, a: 1 };
  for (const text of [...innermostFirst].reverse()) {
    const layer = parseColor(text);
    if (!layer || layer.a === 0) continue;
    const mix = (over: number, under: number) => over * layer.a + under * (1 - layer.a);
    shown = { r: mix(layer.r, shown.r), g: mix(layer.g, shown.g), b: mix(layer.b, shown.b), a: 1 };
  }
  return luminance(shown) < DARK_BELOW ? 'dark' : 'light';
}

/**
 * What the browser paints under a transparent root, from the root's computed `color-scheme` ("normal",
 * "light", "dark", "light dark", "only dark"…): dark only when the page opts into dark, and for
 * "light dark" when the system prefers dark too.
 */
export function canvasScheme(rootColorScheme: string, systemPrefersDark: boolean): Scheme {
  const dark = /\bdark\b/.test(rootColorScheme);
  if (!dark) return 'light';
  return /\blight\b/.test(rootColorScheme) ? (systemPrefersDark ? 'dark' : 'light') : 'dark';
}
