import { describe, expect, it } from 'vitest';
import { appUnderTest, foreignRequests } from './support/browser';
import {
  addEvidence,
  chooseOutcome,
  firstPendingClaim,
  forecast,
  linkTargets,
} from './support/hindsight';
import { expectSaved, readEnvelope, readStored, STORAGE_KEY } from './support/storage';

const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(document.domain)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
];

const USER_PART_URL = 'https://trusted.example@evil.example/report';

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
    await alert.first().waitFor();
    expect((await alert.allInnerTexts()).join(' ').trim()).not.toBe('');
    expect(await linkTargets(article)).toEqual(links);
    expect(await page.locator('a[href^="javascript:" i], a[href^="data:" i]').count()).toBe(0);
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
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

  it('refuses an address that hides its host behind a user name, naming the real host', async () => {
    const loaded = await app.open();
    const article = forecast(loaded.page, await firstPendingClaim(loaded.page));
    const links = await linkTargets(article);
    const stored = await readStored(loaded.page);

    await addEvidence(article, USER_PART_URL);
    const alert = article.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe(
      'This address has a user name (“trusted.example@”) before its real host, evil.example, which makes it look like another site. Leave out everything before the @.',
    );
    expect(await linkTargets(article)).toEqual(links);
    expect(await readStored(loaded.page)).toBe(stored);
    expect(loaded.errors).toEqual([]);
  });

  it('shows one already stored by its real host, not as a link', async () => {
    const first = await app.open();
    const claim = await firstPendingClaim(first.page);
    await chooseOutcome(forecast(first.page, claim), 'Correct');
    await expectSaved(first.page, claim, 'correct');
    // Stored before addresses with a user part were refused (or by another copy of the app).
    const envelope = (await readEnvelope(first.page))!;
    const judgement = envelope.data.judgements.at(-1)!;
    judgement.evidence = [{ url: USER_PART_URL, note: 'Budget vote' }];
    const plain = JSON.stringify(envelope);

    const loaded = await app.open({ storage: { [STORAGE_KEY]: plain } });
    const article = forecast(loaded.page, claim);
    const shown = article.getByText(
      'https://evil.example/report (not a link: it hid this host behind “trusted.example@”)',
    );
    await shown.waitFor();
    expect(await linkTargets(article)).not.toContainEqual(expect.stringMatching(/evil|trusted/));
    expect(await loaded.page.locator('a[href*="evil.example"]').count()).toBe(0);
    expect(loaded.errors).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });
});
