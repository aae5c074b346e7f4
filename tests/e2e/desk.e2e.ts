// A desk in Chromium, against a real desk server (server/main.ts) over a real PostgreSQL, both
// started here on 127.0.0.1: the server also serves the build under test, so the page's own
// Content-Security-Policy (connect-src 'self') covers its websocket.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SEED_SOURCE } from '../../src/data/seed-article';
import { connectDesk } from '../support/desk-client';
import {
  createToken,
  startDesk,
  startPostgres,
  type Desk,
  type Service,
} from '../support/desk-services';
import { appUnderTest, foreignRequests, uncaughtErrors } from './support/browser';
import { deskStatus, editClaim, exportedRecord, joinDesk, submitJoin } from './support/desk';
import { expectNoSeriousViolations } from './support/axe';
import {
  chooseOutcome,
  chosenOutcome,
  claims,
  forecast,
  loadSection,
  waitForForecasts,
} from './support/hindsight';

const app = appUnderTest();
const DESK = 'newsroom';
let postgres: Service;
let desk: Desk;
const tokens = { member: '', viewer: '' };

beforeAll(async () => {
  postgres = await startPostgres();
  desk = await startDesk({ databaseUrl: postgres.url, appDir: inject('outDir') });
  tokens.member = await createToken({ databaseUrl: postgres.url, desk: DESK, role: 'member' });
  tokens.viewer = await createToken({ databaseUrl: postgres.url, desk: DESK, role: 'viewer' });
}, 300_000);

afterAll(async () => {
  await desk?.stop();
  await postgres?.stop();
});

const openOnDesk = () => app.open({ baseURL: `${desk.url}/` });

/** The page's service worker is in control, so a reload works with the network off. */
async function offlineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

describe('a desk', () => {
  it('shows a member’s judgement live, keeps offline changes through a reload, converges, and survives kill -9', async () => {
    // Ana brings the shipped article to the desk.
    const ana = await openOnDesk();
    await waitForForecasts(ana.page);
    await joinDesk(ana.page, { desk: DESK, name: 'Ana', token: tokens.member });
    await waitForForecasts(ana.page);
    const shared = await claims(ana.page);
    expect(shared.length).toBeGreaterThan(5);
    const [first, second, third, fourth, fifth] = shared as [
      string,
      string,
      string,
      string,
      string,
    ];

    // Ben keeps his own copy of it to himself: the desk's comes from Ana.
    const ben = await openOnDesk();
    await waitForForecasts(ben.page);
    await joinDesk(ben.page, {
      desk: DESK,
      name: 'Ben',
      token: tokens.member,
      keep: [SEED_SOURCE.title],
    });
    await waitForForecasts(ben.page);
    expect(await claims(ben.page)).toEqual(shared);
    await expect.poll(() => deskStatus(ana.page)).toMatch(/Online: Ana \(you\), Ben/);

    // Live: Ana judges, Ben sees it without a reload, with her name.
    await chooseOutcome(forecast(ana.page, first), 'Correct');
    await expect.poll(() => chosenOutcome(forecast(ben.page, first))).toBe('Correct');
    await expect
      .poll(() => ben.page.locator('.desk-arrival').textContent())
      .toMatch(/^Ana judged “.+”: Correct$/);
    const card = forecast(ben.page, first);
    await expect.poll(() => card.getByText('Latest judgement by Ana').count()).toBe(1);
    await card.locator('summary', { hasText: 'History' }).click();
    // The History's entries, fetched as it opens, name her: the card's own "Latest judgement
    // by Ana" does not count, and until they show, their arrival can move the cards below.
    const entries = card.locator('details.history li').filter({ hasText: / by Ana: / });
    await expect.poll(() => entries.count()).toBeGreaterThan(0);

    // Offline: Ben's changes wait, through a reload, and go when he is back.
    await offlineReady(ben.page);
    await ben.context.setOffline(true);
    await expect.poll(() => deskStatus(ben.page)).toMatch(/offline, 0 changes waiting/);
    await chooseOutcome(forecast(ben.page, second), 'Incorrect');
    await chooseOutcome(forecast(ben.page, third), 'Partly correct');
    await editClaim(forecast(ben.page, fourth), 'Edited offline by Ben');
    await expect.poll(() => deskStatus(ben.page)).toMatch(/offline, 3 changes waiting/);
    await ben.page.reload();
    await waitForForecasts(ben.page);
    await expect.poll(() => deskStatus(ben.page)).toMatch(/offline, 3 changes waiting/);
    expect(await chosenOutcome(forecast(ben.page, second))).toBe('Incorrect');
    await ben.context.setOffline(false);
    await expect.poll(() => deskStatus(ben.page), { timeout: 60_000 }).toMatch(/up to date/);
    await expect.poll(() => chosenOutcome(forecast(ana.page, third))).toBe('Partly correct');
    await expect.poll(() => forecast(ana.page, 'Edited offline by Ben').count()).toBe(1);
    expect(await exportedRecord(ana.page)).toEqual(await exportedRecord(ben.page));

    // Disagreement: Ben judges Ana's Correct as Incorrect. Both positions show, with the list.
    await chooseOutcome(forecast(ben.page, first), 'Incorrect');
    const disputed = forecast(ana.page, first).getByRole('group', { name: 'Judges disagree' });
    await expect.poll(() => disputed.textContent()).toMatch(/Ben: Incorrect/);
    expect(await disputed.textContent()).toMatch(/Ana: Correct/);
    const list = ana.page.getByRole('region', { name: 'Disagreements', exact: true });
    await expect.poll(() => list.textContent()).toMatch(/Ben says Incorrect; Ana says Correct/);
    const scorecard = await loadSection(ana.page, 'Scorecard');
    await expect.poll(() => scorecard.textContent()).toMatch(/1 scored forecast is disputed/);
    // One judge's scorecard: Ana's Correct counts there, not Ben's later Incorrect.
    const overall = () =>
      scorecard
        .getByRole('table', { name: 'Forecasts and scores per speaker' })
        .locator('tfoot tr')
        .textContent();
    const all = await overall();
    await scorecard
      .getByRole('combobox', { name: 'Judge', exact: true })
      .selectOption({ label: 'Ana' });
    await expect.poll(overall).not.toBe(all);
    await scorecard
      .getByRole('combobox', { name: 'Judge', exact: true })
      .selectOption({ index: 0 });
    await expectNoSeriousViolations(ana.page, 'a desk with a disagreement, light');

    // The server killed: what it acknowledged is kept, and both reconnect by themselves.
    await chooseOutcome(forecast(ana.page, fifth), 'Incorrect');
    await expect.poll(() => deskStatus(ana.page)).toMatch(/up to date/);
    await desk.stop('SIGKILL');
    await expect.poll(() => deskStatus(ana.page)).not.toMatch(/up to date/);
    await desk.restart();
    await expect.poll(() => deskStatus(ana.page), { timeout: 60_000 }).toMatch(/up to date/);
    await expect.poll(() => deskStatus(ben.page), { timeout: 60_000 }).toMatch(/up to date/);
    await expect.poll(() => chosenOutcome(forecast(ben.page, fifth))).toBe('Incorrect');
    expect(uncaughtErrors(ana)).toEqual([]);
    expect(uncaughtErrors(ben)).toEqual([]);
    expect(foreignRequests(ana)).toEqual([]);
  }, 420_000);

  it('gives a viewer the desk to read, and nothing to change', async () => {
    const cleo = await app.open({ baseURL: `${desk.url}/`, colorScheme: 'dark' });
    await waitForForecasts(cleo.page);
    await cleo.page.getByRole('button', { name: 'Desk', exact: true }).click();
    await expectNoSeriousViolations(cleo.page, 'the Join a desk form, dark');
    await cleo.page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await joinDesk(cleo.page, {
      desk: DESK,
      name: 'Cleo',
      token: tokens.viewer,
      keep: [SEED_SOURCE.title],
    });
    await waitForForecasts(cleo.page);
    await expect.poll(() => deskStatus(cleo.page)).toMatch(/\(read only\)/);
    // What was judged before the server was killed is there for a newcomer.
    const judged = forecast(cleo.page, 'Edited offline by Ben');
    await judged.waitFor();
    const radio = judged.getByRole('radio', { name: 'Correct', exact: true });
    expect(await radio.isDisabled()).toBe(true);
    expect(
      await cleo.page.getByRole('button', { name: 'Add article', exact: true }).isDisabled(),
    ).toBe(true);
    expect(uncaughtErrors(cleo)).toEqual([]);
  });

  it('refuses a bad token with the reason, and the page stays on the reader’s own record', async () => {
    const dana = await openOnDesk();
    await waitForForecasts(dana.page);
    const dialog = await submitJoin(dana.page, { desk: DESK, name: 'Dana', token: 'not-a-token' });
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/token/i);
    await expectNoSeriousViolations(dana.page, 'the Join a desk form refused, light');
    expect(await deskStatus(dana.page)).toBe('');
  });

  it('refuses a malformed event and a rewritten one; the members’ records are unchanged', async () => {
    const eve = await openOnDesk();
    await waitForForecasts(eve.page);
    await joinDesk(eve.page, {
      desk: DESK,
      name: 'Eve',
      token: tokens.viewer,
      keep: [SEED_SOURCE.title],
    });
    const before = await exportedRecord(eve.page);
    const mallory = connectDesk({
      serverUrl: desk.url,
      desk: DESK,
      token: tokens.member,
      member: { id: 'm-mallory', name: 'Mallory' },
    });
    try {
      await mallory.until(() => mallory.provider.isSynced, 'Mallory synced');
      mallory.doc.transact(() => mallory.events.set('bad-1', { id: 'bad-1', type: 'judged' }));
      await desk.waitForOutput(/refused/i);
    } finally {
      mallory.destroy();
    }
    const rewriter = connectDesk({
      serverUrl: desk.url,
      desk: DESK,
      token: tokens.member,
      member: { id: 'm-rewriter', name: 'Rita' },
    });
    try {
      await rewriter.until(() => rewriter.provider.isSynced, 'Rita synced');
      const [id, value] = [...rewriter.events.entries()].find(
        ([, v]) => (v as { type: string }).type === 'judged',
      )!;
      rewriter.doc.transact(() =>
        rewriter.events.set(id, { ...(value as object), note: 'forged' }),
      );
      await rewriter.until(() => rewriter.closes.length > 0, 'Rita refused');
    } finally {
      rewriter.destroy();
    }
    // An honest member's judgement after them still arrives, so the page is not read too early.
    const honest = connectDesk({
      serverUrl: desk.url,
      desk: DESK,
      token: tokens.member,
      member: { id: 'm-hal', name: 'Hal' },
    });
    try {
      await honest.until(() => honest.provider.isSynced, 'Hal synced');
      const forecastId = (before.forecasts as { id: string }[])[0]!.id;
      await honest.writeAcknowledged({
        id: 'hal-1',
        type: 'judged',
        forecastId,
        outcome: 'unresolvable',
        judgedOn: null,
        evidence: [],
        note: 'honest',
        at: new Date().toISOString(),
        by: { id: 'm-hal', name: 'Hal' },
      } as { id: string });
    } finally {
      honest.destroy();
    }
    await expect.poll(() => eve.page.locator('.desk-arrival').textContent()).toMatch(/^Hal judged/);
    const after = await exportedRecord(eve.page);
    const text = JSON.stringify(after);
    expect(text).not.toContain('forged');
    expect(text).not.toContain('bad-1');
    expect(text).toContain('honest');
    expect((after.sources as unknown[]).length).toBe((before.sources as unknown[]).length);
    expect(uncaughtErrors(eve)).toEqual([]);
  });
});
