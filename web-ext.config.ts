import { defineWebExtConfig } from 'wxt';

// `npm run dev` opens a browser with the extension only when there is a display to show it on; on a
// headless machine it just rebuilds on save (load .output/chrome-mv3-dev unpacked yourself).
// Debian's Chromium is used when present, since no browser can be downloaded here.
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

export default defineWebExtConfig({
  disabled: !hasDisplay,
  binaries: { chrome: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
});
