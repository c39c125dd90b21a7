// Makes Tandem's toolbar and store icons (public/icon/<size>.png, which WXT names in the manifest's
// `icons`) from the one drawing, public/icon/tandem.svg. Run it after changing the drawing:
//   node tests/tools/make-icons.mjs
// The SVG is rasterised by the Chromium the tests already use (Debian's, through Playwright), so no image
// library is needed. The PNGs are committed; tests/e2e/manifest.spec.ts checks their sizes.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { ensureChromium } from './ensure-chromium.mjs';

const ICON_SIZES = [16, 32, 48, 128];

const iconDir = join(dirname(fileURLToPath(import.meta.url)), '../../public/icon');
const svg = readFileSync(join(iconDir, 'tandem.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: ensureChromium() });
try {
  for (const size of ICON_SIZES) {
    // deviceScaleFactor 1: one CSS pixel is one PNG pixel, so a 16 px icon is drawn for 16 pixels.
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style><img src="${dataUrl}" width="${size}" height="${size}" style="display:block">`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(iconDir, `${size}.png`), png);
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Wrote public/icon/{${ICON_SIZES.join(',')}}.png`);
