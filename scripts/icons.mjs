// Draws the app's PNG icons from public/icon.svg with Chromium, so they are made, not drawn by
// hand: public/icon-192.png and public/icon-512.png (the web app manifest's, also used as
// maskable: the mark sits well inside the safe zone) and public/apple-touch-icon.png (180×180).
// Usage: npm run icons
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, resolveChromium } from '../tests/e2e/support/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const svg = readFileSync(`${root}public/icon.svg`, 'utf8');
const ICONS = [
  { file: 'public/icon-192.png', size: 192 },
  { file: 'public/icon-512.png', size: 512 },
  { file: 'public/apple-touch-icon.png', size: 180 },
];

const browser = await chromium.launch({
  executablePath: resolveChromium(),
  args: [...CHROMIUM_ARGS],
});
try {
  for (const { file, size } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const body = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>html,body{margin:0}svg{display:block}</style>${body}`);
    await page.screenshot({ path: `${root}${file}`, omitBackground: false });
    await page.close();
    console.log(`wrote ${file} (${statSync(`${root}${file}`).size} bytes)`);
  }
} finally {
  await browser.close();
}
