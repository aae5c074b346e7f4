import { describe, expect, it } from 'vitest';
import { appUnderTest, foreignRequests } from './support/browser';
import { addEvidence, firstPendingClaim, forecast, linkTargets } from './support/hindsight';
import { readStored } from './support/storage';

const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(document.domain)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
];

const app = appUnderTest();

describe('evidence URLs', () => {
  it.each(HOSTILE_URLS)('refuses %j: an alert in the article, and no link', async (url) => {
    const loaded = await app.open();
    const { page } = loaded;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const article = forecast(page, await firstPendingClaim(page));
    const links = await linkTargets(article);
    const stored = await readStored(page);

    await addEvidence(article, url);
    const alert = article.getByRole('alert');
    await alert.first().waitFor({ timeout: 3000 });
    expect((await alert.allInnerTexts()).join(' ').trim()).not.toBe('');
    expect(await linkTargets(article)).toEqual(links);
    expect(await page.locator('a[href^="javascript:" i], a[href^="data:" i]').count()).toBe(0);
    await page.waitForTimeout(500);
    expect(await readStored(page)).toBe(stored);
    expect(dialogs).toEqual([]);

    expect(loaded.errors).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });

  it('still accepts an https URL, shown as a link that opens safely', async () => {
    const loaded = await app.open();
    const article = forecast(loaded.page, await firstPendingClaim(loaded.page));
    await addEvidence(article, 'https://example.org/evidence?q=1');
    await expect.poll(() => linkTargets(article)).toContain('https://example.org/evidence?q=1');
    const link = article.getByRole('link', { name: /example\.org\/evidence/ }).first();
    expect(await link.getAttribute('rel')).toMatch(/(?=.*\bnoopener\b)(?=.*\bnoreferrer\b)/);
    expect(foreignRequests(loaded)).toEqual([]);
  });
});
