// Deploys never kill a tab. Two builds are served in turn (support/deploy.ts): the current one
// and the next, whose files are all named differently and whose schema version is one above.
// A tab of the current build stays open while another tab takes the next version.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { uncaughtErrors } from './support/browser';
import { controlled, deployments, entryScript, takeUpdate } from './support/deploy';
import { chooseOutcome, chosenOutcome, claims, forecast } from './support/hindsight';
import {
  deafToOtherTabs,
  expectSaved,
  readEnvelope,
  setDeaf,
  storageSnapshot,
} from './support/storage';

const builds = deployments();

const newerVersion = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'A newer version of Hindsight is running.' });

const outboxes = async (page: Page) =>
  Object.keys(await storageSnapshot(page)).filter((key) => key.startsWith('hindsight:outbox:'));

/** Clicks the notice's Reload and waits for the page to load again. */
const reloadFrom = (notice: Locator, page: Page) =>
  Promise.all([
    page.waitForEvent('load'),
    notice.getByRole('button', { name: 'Reload', exact: true }).click(),
  ]);

const storedSchema = async (page: Page) => (await readEnvelope(page))?.schemaVersion;

// Written for this test; not from any publication.
const ARTICLE =
  'Northbank’s chief economist Maria Lopez said the central bank will raise interest rates again by the end of 2025.';

describe('a deploy while a tab is open', () => {
  it('the old tab meets newer data: it says so, offers Reload, and its last judgement is kept', async () => {
    const app = await builds.open({ initScripts: [{ script: deafToOtherTabs }] });
    const old = app.page;
    const [first = '', second = '', third = ''] = await claims(old);
    await chooseOutcome(forecast(old, first), 'Correct');
    await expectSaved(old, first, 'correct');
    const schema = (await storedSchema(old))!;
    await controlled(old);
    const oldEntry = await entryScript(old);

    // The old tab will judge just as the newer data lands, before it hears of it.
    await setDeaf(old, true);
    builds.deployNext();
    const fresh = await builds.openTab(app);
    await takeUpdate(fresh, oldEntry);
    await chooseOutcome(forecast(fresh, second), 'Incorrect');
    await expectSaved(fresh, second, 'incorrect');
    expect(await storedSchema(fresh)).toBe(schema + 1);

    await chooseOutcome(forecast(old, third), 'Correct');
    const notice = newerVersion(old);
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toContain('Your latest changes here are kept');
    expect(await chosenOutcome(forecast(old, third))).toBe('Correct');
    expect(await outboxes(old)).toHaveLength(1);
    expect(await storedSchema(old)).toBe(schema + 1); // the newer data is not written over
    expect(uncaughtErrors(app)).toEqual([]);

    await reloadFrom(notice, old);
    await forecast(old, third).waitFor();
    expect(await entryScript(old)).not.toBe(oldEntry);
    expect(await chosenOutcome(forecast(old, first))).toBe('Correct');
    expect(await chosenOutcome(forecast(old, second))).toBe('Incorrect');
    expect(await chosenOutcome(forecast(old, third))).toBe('Correct');
    await expectSaved(old, third, 'correct', 10_000);
    await expect.poll(() => outboxes(old), { timeout: 10_000 }).toEqual([]);
    expect(await storedSchema(old)).toBe(schema + 1);
    // The other tab has it too, without a reload.
    await expect
      .poll(() => chosenOutcome(forecast(fresh, third)), { timeout: 10_000 })
      .toBe('Correct');
    expect(await newerVersion(old).count()).toBe(0);
    expect(uncaughtErrors(app)).toEqual([]);
  }, 180_000);

  it('the old tab opens Add article after the next version took over: it works, nothing lost', async () => {
    const app = await builds.open();
    const old = app.page;
    const [first = '', second = ''] = await claims(old);
    await chooseOutcome(forecast(old, first), 'Correct');
    await expectSaved(old, first, 'correct');
    await controlled(old);
    const oldEntry = await entryScript(old);

    builds.deployNext();
    const fresh = await builds.openTab(app);
    await takeUpdate(fresh, oldEntry);

    // Neither the server nor the worker's precache has the old version's Add article now.
    await chooseOutcome(forecast(old, second), 'Incorrect');
    await old.getByRole('button', { name: 'Add article', exact: true }).click();
    const dialog = old.getByRole('dialog', { name: 'Add an article' });
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Rates outlook');
    await dialog.getByLabel('Published on', { exact: true }).fill('2025-03-01');
    await dialog.getByRole('textbox', { name: 'Article text', exact: true }).fill(ARTICLE);
    await dialog.getByRole('button', { name: 'Find forecasts' }).click();
    const proposal = dialog.getByRole('checkbox').first();
    await proposal.check();
    await dialog.getByRole('button', { name: 'Add selected' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await old.getByRole('article').filter({ hasText: 'raise interest rates' }).first().waitFor();

    await expectSaved(old, second, 'incorrect');
    expect(await chosenOutcome(forecast(old, first))).toBe('Correct');
    expect(await newerVersion(old).count()).toBe(0);
    expect(app.errors).toEqual([]);
  }, 180_000);

  it('with no service worker, the old tab’s missing code saves its work and offers Reload', async () => {
    const app = await builds.open({ serviceWorkers: 'block' });
    const old = app.page;
    const [first = '', second = ''] = await claims(old);
    await chooseOutcome(forecast(old, first), 'Correct');
    await expectSaved(old, first, 'correct');
    const oldEntry = await entryScript(old);

    builds.deployNext();
    await chooseOutcome(forecast(old, second), 'Incorrect');
    await old.getByRole('button', { name: 'Add article', exact: true }).click();
    const notice = newerVersion(old);
    await notice.waitFor();
    // Saved when the code failed to load, and the page goes on: nothing crashed.
    await expectSaved(old, second, 'incorrect');
    expect(await chosenOutcome(forecast(old, first))).toBe('Correct');
    expect(await notice.textContent()).toContain('Your work is saved.');
    expect(uncaughtErrors(app)).toEqual([]);

    await reloadFrom(notice, old);
    await forecast(old, second).waitFor();
    expect(await entryScript(old)).not.toBe(oldEntry);
    expect(await chosenOutcome(forecast(old, first))).toBe('Correct');
    expect(await chosenOutcome(forecast(old, second))).toBe('Incorrect');
    await old.getByRole('button', { name: 'Add article', exact: true }).click();
    await old.getByRole('dialog', { name: 'Add an article' }).waitFor();
  }, 180_000);
});
