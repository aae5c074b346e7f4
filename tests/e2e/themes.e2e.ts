// Light and dark themes: the system's scheme by default, the header's Theme control to choose,
// the choice kept across reloads under hindsight:theme and applied before the first render.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUnderTest, foreignRequests, uncaughtErrors, type AppPage } from './support/browser';
import { waitForForecasts } from './support/hindsight';

const app = appUnderTest();

const themeSelect = (page: Page) => page.getByRole('combobox', { name: 'Theme', exact: true });

/** The relative luminance (0 black – 1 white) of the body's computed background colour. */
function bodyLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    canvas.fillStyle = getComputedStyle(document.body).backgroundColor;
    canvas.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
    if (a !== 255) return Number.NaN; // transparent: no background of its own
    const lin = (c: number) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
  });
}

async function expectLook(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
  const luminance = await bodyLuminance(page);
  if (theme === 'dark') expect(luminance).toBeLessThan(0.05);
  else expect(luminance).toBeGreaterThan(0.8);
  // Form controls follow too.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(
    theme,
  );
}

function expectClean(loaded: AppPage): void {
  expect(uncaughtErrors(loaded)).toEqual([]);
  expect(foreignRequests(loaded)).toEqual([]);
}

describe('themes', () => {
  it('follows a dark system; Light is chosen in the header and survives a reload', async () => {
    const loaded = await app.open({ colorScheme: 'dark' });
    const { page } = loaded;
    await waitForForecasts(page);
    await expectLook(page, 'dark');
    const select = themeSelect(page);
    expect(await select.inputValue()).toBe('system');
    expect(await select.getByRole('option').allInnerTexts()).toEqual(['System', 'Light', 'Dark']);

    await select.selectOption({ label: 'Light' });
    await expectLook(page, 'light');
    expect(await page.evaluate(() => localStorage.getItem('hindsight:theme'))).toBe('light');

    await page.reload();
    await waitForForecasts(page);
    await expectLook(page, 'light');
    expect(await themeSelect(page).inputValue()).toBe('light');
    expectClean(loaded);
  });

  it('prints in the light palette whatever the theme on screen', async () => {
    const loaded = await app.open({ colorScheme: 'dark' });
    const { page } = loaded;
    await waitForForecasts(page);
    await themeSelect(page).selectOption({ label: 'Dark' });
    await expectLook(page, 'dark');
    await page.emulateMedia({ media: 'print' });
    expect(await bodyLuminance(page)).toBeGreaterThan(0.8);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(
      'light',
    );
    await page.emulateMedia({ media: 'screen' });
    await expectLook(page, 'dark');
    expectClean(loaded);
  });

  it('System follows the scheme as it changes; an explicit choice does not', async () => {
    const loaded = await app.open({ colorScheme: 'light' });
    const { page } = loaded;
    await waitForForecasts(page);
    await expectLook(page, 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectLook(page, 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expectLook(page, 'light');

    await themeSelect(page).selectOption({ label: 'Dark' });
    await expectLook(page, 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.emulateMedia({ colorScheme: 'light' });
    await expectLook(page, 'dark');

    // Back to System: the system's light again, and nothing left stored.
    await themeSelect(page).selectOption({ label: 'System' });
    await expectLook(page, 'light');
    expect(await page.evaluate(() => localStorage.getItem('hindsight:theme'))).toBeNull();
    expectClean(loaded);
  });

  it('is applied before the first render, and the control works from the keyboard', async () => {
    const loaded = await app.open({
      colorScheme: 'light',
      storage: { 'hindsight:theme': 'dark' },
      // Records the theme on <html> when the app first puts anything on the page.
      initScripts: [
        {
          script: () => {
            const record = window as unknown as { __themeAtFirstRender?: string };
            new MutationObserver((_changes, observer) => {
              const root = document.getElementById('root');
              if (!root?.firstChild) return;
              record.__themeAtFirstRender = document.documentElement.dataset.theme ?? 'none';
              observer.disconnect();
            }).observe(document, { childList: true, subtree: true });
          },
        },
      ],
    });
    const { page } = loaded;
    await waitForForecasts(page);
    await expectLook(page, 'dark');
    expect(
      await page.evaluate(
        () => (window as unknown as { __themeAtFirstRender?: string }).__themeAtFirstRender,
      ),
    ).toBe('dark');

    const select = themeSelect(page);
    await select.focus();
    expect(await select.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
    await page.keyboard.press('ArrowUp'); // Dark → Light
    await expectLook(page, 'light');
    await page.keyboard.press('ArrowUp'); // Light → System (the system is light)
    await expect.poll(() => select.inputValue()).toBe('system');
    await expectLook(page, 'light');
    expectClean(loaded);
  });

  it('a corrupt stored choice, or storage that refuses, falls back to the system', async () => {
    const loaded = await app.open({
      colorScheme: 'dark',
      storage: { 'hindsight:theme': 'solarized' },
    });
    await waitForForecasts(loaded.page);
    await expectLook(loaded.page, 'dark');
    expect(await themeSelect(loaded.page).inputValue()).toBe('system');
    expectClean(loaded);

    const blocked = await app.open({
      colorScheme: 'dark',
      initScripts: [
        {
          script: () => {
            Object.defineProperty(window, 'localStorage', {
              get() {
                throw new DOMException('The operation is insecure.', 'SecurityError');
              },
            });
          },
        },
      ],
    });
    const { page } = blocked;
    await page.getByRole('heading', { level: 1, name: 'Hindsight' }).waitFor();
    await expectLook(page, 'dark');
    await themeSelect(page).selectOption({ label: 'Light' });
    await expectLook(page, 'light');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'this visit only' }).count())
      .toBe(1);
    expect(uncaughtErrors(blocked)).toEqual([]);
    expect(foreignRequests(blocked)).toEqual([]);
  });
});
