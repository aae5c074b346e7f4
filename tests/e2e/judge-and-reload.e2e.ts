import { describe, expect, it } from 'vitest';
import { foreignRequests, appUnderTest } from './support/browser';
import {
  addEvidence,
  chooseOutcome,
  chosenOutcome,
  claims,
  firstPendingClaim,
  forecast,
  linkTargets,
  noteBox,
  waitForForecasts,
  type OutcomeLabel,
} from './support/hindsight';
import { correctCount, readScorecard, speakerRowKey } from './support/scorecard';

const EVIDENCE_URL = 'https://example.org/report';
const NOTE = 'Checked against the record after the deadline.';

const app = appUnderTest();

describe('judging a forecast', () => {
  it('keeps the outcome, note and evidence after a reload, and scores it', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    const claim = await firstPendingClaim(page);
    const article = forecast(page, claim);
    const before = await readScorecard(page);

    await chooseOutcome(article, 'Correct');
    await expect.poll(() => chosenOutcome(article)).toBe('Correct');
    await noteBox(article).fill(NOTE);
    await noteBox(article).blur();
    await addEvidence(article, EVIDENCE_URL);
    await expect.poll(() => linkTargets(article)).toContain(EVIDENCE_URL);

    await expect.poll(async () => (await readScorecard(page)).text).not.toBe(before.text);
    const after = await readScorecard(page);
    if (before.correctColumn >= 0) {
      const speaker = await speakerRowKey(before, article);
      expect(speaker, 'a Scorecard row for the speaker of the judged forecast').toBeDefined();
      if (speaker !== undefined) {
        expect(correctCount(after, speaker)).toBe(correctCount(before, speaker) + 1);
      }
    }

    await page.reload();
    await waitForForecasts(page);
    expect(await chosenOutcome(article)).toBe('Correct');
    expect(await noteBox(article).inputValue()).toBe(NOTE);
    expect(await linkTargets(article)).toContain(EVIDENCE_URL);
    // The per-speaker table reads the same after the reload (the calibration chart below it
    // loads only when scrolled into view, so the region's whole text may differ).
    expect((await readScorecard(page)).rows).toEqual(after.rows);

    expect(loaded.errors).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });

  it('undoes a judgement back to Pending, and the undo survives a reload', async () => {
    const { page } = await app.open();
    const claim = await firstPendingClaim(page);
    const article = forecast(page, claim);

    await chooseOutcome(article, 'Correct');
    await expect.poll(() => chosenOutcome(article)).toBe('Correct');
    await article.getByRole('button', { name: /^undo\b/i }).click();
    await expect.poll(() => chosenOutcome(article)).toBe('Pending');

    await page.reload();
    await waitForForecasts(page);
    expect(await chosenOutcome(article)).toBe('Pending');
  });
  it('shows each of five quick judgements at once, and keeps them all after a reload', async () => {
    const { page } = await app.open();
    const chosen: [string, OutcomeLabel][] = (await claims(page))
      .slice(0, 5)
      .map((claim, i) => [
        claim,
        (['Correct', 'Incorrect', 'Partly correct', 'Unresolvable', 'Annulled'] as const)[i]!,
      ]);
    // Playwright's check() fails unless the radio is checked right after the click, so a
    // control that waits for a re-render on a timer shows up here.
    for (const [claim, label] of chosen) await chooseOutcome(forecast(page, claim), label);
    await page.reload();
    await waitForForecasts(page);
    for (const [claim, label] of chosen)
      expect(await chosenOutcome(forecast(page, claim)), claim).toBe(label);
  });
});
