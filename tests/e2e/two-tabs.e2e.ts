import { describe, expect, it } from 'vitest';
import { appUnderTest, foreignRequests, openAnotherPage, uncaughtErrors } from './support/browser';
import {
  chooseOutcome,
  chosenOutcome,
  claims,
  forecast,
  waitForForecasts,
} from './support/hindsight';
import {
  deafToOtherTabs,
  expectSaved,
  setDeaf,
  storedOutcome,
  swallowedEvents,
} from './support/storage';

const app = appUnderTest();

describe('two tabs', () => {
  it('keeps the judgements both tabs made at the same time', async () => {
    const loaded = await app.open();
    const a = loaded.page;
    const b = await openAnotherPage(loaded);
    await waitForForecasts(a);
    await waitForForecasts(b);
    const [first = '', second = ''] = await claims(a);

    // Inside one debounce window: neither tab has saved when the other judges.
    await chooseOutcome(forecast(a, first), 'Correct');
    await chooseOutcome(forecast(b, second), 'Incorrect');
    await expectSaved(a, first, 'correct');
    await expectSaved(a, second, 'incorrect');

    await Promise.all([a.reload(), b.reload()]);
    for (const [name, page] of [
      ['A', a],
      ['B', b],
    ] as const) {
      await waitForForecasts(page);
      expect(await chosenOutcome(forecast(page, first)), `tab ${name}: ${first}`).toBe('Correct');
      expect(await chosenOutcome(forecast(page, second)), `tab ${name}: ${second}`).toBe(
        'Incorrect',
      );
    }

    expect(uncaughtErrors(loaded)).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });

  it("merges when a tab that missed the other tab's save saves its own judgement", async () => {
    const loaded = await app.open();
    const a = loaded.page;
    const b = await openAnotherPage(loaded, { initScripts: [{ script: deafToOtherTabs }] });
    await waitForForecasts(a);
    await waitForForecasts(b);
    const [first = '', second = ''] = await claims(a);
    // B stops hearing about A's saves (as a frozen background tab would), so its copy is stale.
    await setDeaf(b, true);

    await chooseOutcome(forecast(a, first), 'Correct');
    await expectSaved(a, first, 'correct');
    // The storage event reached B, which did not hear it.
    await expect.poll(() => swallowedEvents(b)).toBeGreaterThan(0);
    expect(await chosenOutcome(forecast(b, first)), 'B has not heard of it').toBe('Pending');
    await chooseOutcome(forecast(b, second), 'Incorrect');
    await expectSaved(b, second, 'incorrect');
    expect(await storedOutcome(b, first), "B's save kept A's judgement").toBe('correct');

    await Promise.all([a.reload(), b.reload()]);
    for (const page of [a, b]) {
      await waitForForecasts(page);
      expect(await chosenOutcome(forecast(page, first))).toBe('Correct');
      expect(await chosenOutcome(forecast(page, second))).toBe('Incorrect');
    }

    expect(uncaughtErrors(loaded)).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });

  it("shows one tab's judgement in the other without a reload", async () => {
    const loaded = await app.open();
    const a = loaded.page;
    const b = await openAnotherPage(loaded);
    await waitForForecasts(a);
    await waitForForecasts(b);
    const [, , third = ''] = await claims(a);

    await a.bringToFront();
    await chooseOutcome(forecast(a, third), 'Partly correct');
    await expectSaved(a, third, 'partly');
    await b.bringToFront();
    await expect.poll(() => chosenOutcome(forecast(b, third))).toBe('Partly correct');

    // And back: B's judgement reaches A, and A's is still there in both.
    await chooseOutcome(forecast(b, third), 'Correct');
    await a.bringToFront();
    await expect.poll(() => chosenOutcome(forecast(a, third))).toBe('Correct');
    await expectSaved(b, third, 'correct');

    expect(uncaughtErrors(loaded)).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });
});
