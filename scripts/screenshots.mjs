// Writes the README's screenshots, each the first screenful as a visitor sees it, from a fresh
// build of the app served on 127.0.0.1 and a fresh browser profile: the overview
// (docs/screenshot-desktop.png, 1280×800, light), the shipped article's page
// (docs/screenshot-article.png, 1280×800, light), a speaker's page in the dark theme
// (docs/screenshot-dark.png, 1280×800) and the overview on a phone (docs/screenshot-phone.png,
// 390×844, light).
// Usage: npm run screenshots
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildApp, makeOutDir, removeOutDir, serveApp } from '../tests/e2e/support/app-server.mjs';
import { CHROMIUM_ARGS, resolveChromium } from '../tests/e2e/support/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const DESKTOP = { width: 1280, height: 800 };
const SHOTS = [
  {
    file: 'docs/screenshot-desktop.png',
    viewport: DESKTOP,
    at: '',
    ready: '.overview .story-item',
  },
  {
    file: 'docs/screenshot-article.png',
    viewport: DESKTOP,
    at: '?page=article&id=src-putin-palace-coup-2022',
    ready: '.article-text mark',
  },
  {
    file: 'docs/screenshot-dark.png',
    viewport: DESKTOP,
    colorScheme: 'dark',
    at: '?page=speaker&name=Vladislav+Inozemtsev',
    ready: '.speaker-page',
  },
  {
    file: 'docs/screenshot-phone.png',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    at: '',
    ready: '.overview .story-item',
  },
];

async function capture(
  browser,
  url,
  { file, viewport, at, ready, isMobile = false, colorScheme = 'light' },
) {
  // The theme follows the system until the reader picks one: the context's colour scheme.
  const context = await browser.newContext({
    viewport,
    isMobile,
    colorScheme,
    reducedMotion: 'reduce',
  });
  try {
    const page = await context.newPage();
    await page.goto(new URL(at, url).href, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Hindsight' }).waitFor();
    await page.locator(ready).first().waitFor();
    await page.evaluate(async () => {
      await globalThis.document.fonts.ready;
    });
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    await page.screenshot({ path });
    console.log(`wrote ${file} (${Math.round(statSync(path).size / 1024)} kB)`);
  } finally {
    await context.close();
  }
}

const executablePath = resolveChromium();
const outDir = makeOutDir();
try {
  buildApp({ root, outDir });
  const server = await serveApp({ root, outDir });
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    for (const shot of SHOTS) await capture(browser, server.url, shot);
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  removeOutDir(outDir);
}
