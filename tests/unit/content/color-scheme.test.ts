import { describe, expect, it } from 'vitest';
import { canvasScheme, parseColor, schemeOfBackgrounds } from '../../../utils/content/color-scheme';

// The page's light or dark, as the panels on Google's pages take it (utils/content/page-theme.ts reads
// the computed backgrounds of <body> and <html>, innermost first, and the root's color-scheme).

describe('schemeOfBackgrounds', () => {
  it.each([
    // [backgrounds innermost first, canvas, scheme]
    [['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)'], 'light', 'light'], // Classroom as shipped
    [['rgb(32, 33, 36)', 'rgba(0, 0, 0, 0)'], 'light', 'dark'], // a dark theme on <body>
    [['rgba(0, 0, 0, 0)', 'rgb(31, 31, 31)'], 'light', 'dark'], // transparent body: <html> shows through
    [['transparent', 'transparent'], 'light', 'light'], // nothing painted: the light canvas
    [['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], 'dark', 'dark'], // nothing painted, a page with color-scheme: dark
    [[], 'light', 'light'], // no layers read at all
    [['rgb(255, 255, 255)'], 'dark', 'light'], // an opaque light body hides a dark canvas
    [['rgba(0, 0, 0, 0.05)', 'rgb(255, 255, 255)'], 'light', 'light'], // a faint dimming stays light
    [['rgba(0, 0, 0, 0.9)', 'rgb(255, 255, 255)'], 'light', 'dark'], // nearly opaque black over white
    [['rgba(255, 255, 255, 0.5)', 'rgb(0, 0, 0)'], 'light', 'light'], // half white over black: mid grey, light
    [['color(srgb 0.1 0.1 0.12)', 'transparent'], 'light', 'dark'],
    [['color(srgb 0.95 0.96 0.98 / 0.8)', 'rgb(255, 255, 255)'], 'light', 'light'],
    [['rgb(32 33 36 / 100%)'], 'light', 'dark'], // the space syntax
    [['rgb(117, 117, 117)'], 'light', 'dark'], // #757575: white text contrasts better (4.61 against 4.56)
    [['rgb(118, 118, 118)'], 'light', 'light'], // #767676: black text contrasts better (4.62 against 4.54)
    [['rgb(11, 87, 208)'], 'light', 'dark'], // Google's accent blue: white text on it
    [['rgb(232, 240, 254)'], 'light', 'light'], // a light blue tint
    [['oklch(0.2 0.02 260)', 'rgb(255, 255, 255)'], 'light', 'light'], // unread format: skipped, the layer under it decides
    [['not a colour', 'rgb(20, 20, 20)'], 'light', 'dark'],
  ] as const)('%j on a %s canvas is %s', (layers, canvas, scheme) => {
    expect(schemeOfBackgrounds(layers, canvas)).toBe(scheme);
  });
});

describe('parseColor', () => {
  it.each([
    ['rgb(255, 0, 0)', { r: 1, g: 0, b: 0, a: 1 }],
    ['rgba(0, 0, 255, 0.5)', { r: 0, g: 0, b: 1, a: 0.5 }],
    ['rgb(0 255 0 / 25%)', { r: 0, g: 1, b: 0, a: 0.25 }],
    ['RGBA(0,0,0,0)', { r: 0, g: 0, b: 0, a: 0 }],
    ['transparent', { r: 0, g: 0, b: 0, a: 0 }],
    ['color(srgb 1 0.5 0)', { r: 1, g: 0.5, b: 0, a: 1 }],
    ['color(srgb 0 0 0 / 0.4)', { r: 0, g: 0, b: 0, a: 0.4 }],
    ['rgb(300, -5, 128)', { r: 1, g: 0, b: 128 / 255, a: 1 }], // out of range is clamped
  ])('%s', (text, rgba) => {
    expect(parseColor(text)).toEqual(rgba);
  });

  it.each(['oklch(0.5 0.1 200)', 'color(display-p3 1 0 0)', 'red', '', 'rgb(1, 2)', `rgb(${' '.repeat(50_000)}`])(
    'does not read %j',
    (text) => {
      expect(parseColor(text)).toBeUndefined();
    },
  );
});

describe('canvasScheme', () => {
  it.each([
    ['normal', false, 'light'],
    ['normal', true, 'light'], // a page that did not opt in is painted light even with the system dark
    ['light', true, 'light'],
    ['only light', true, 'light'],
    ['dark', false, 'dark'],
    ['only dark', false, 'dark'],
    ['light dark', false, 'light'],
    ['light dark', true, 'dark'],
  ] as const)('color-scheme %s, system dark %s: %s', (colorScheme, systemDark, scheme) => {
    expect(canvasScheme(colorScheme, systemDark)).toBe(scheme);
  });
});
