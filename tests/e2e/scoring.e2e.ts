import { describe, expect, it } from 'vitest';
import { SEED_FORECASTS } from '../../src/data/seed-forecasts';
import { appUnderTest, foreignRequests } from './support/browser';
import {
  chooseOutcome,
  forecast,
  loadSection,
  waitForForecasts,
  type OutcomeLabel,
} from './support/hindsight';

const claimOf = (id: string) => SEED_FORECASTS.find((f) => f.id === id)!.claim;

// Five judgements and their Brier terms, worked by hand:
//   war until summer 2023  p 0.95  Correct         (0.95 − 1)²   = 0.0025
//   budget through 2024    p 0.85  Correct         (0.85 − 1)²   = 0.0225
//   Ukrainian army         p 0.90  Correct         (0.90 − 1)²   = 0.01
//   power vacuum           p 0.85  Incorrect       (0.85 − 0)²   = 0.7225
//   establishment nervous  p 0.85  Partly correct  (0.85 − 0.5)² = 0.1225
// Brier = 0.88 / 5 = 0.176; accuracy by direction (all five lean towards "it happens": three
// right, one wrong, one partly) = (3 + ½) / 5 = 70.0%. Always saying 50% would score
// (4·0.25 + 0) / 5 = 0.2, so the skill is 1 − 0.88 / 1.0 = +0.12: better than a coin toss.
// Calibration: 90–100% holds 0.95 and 0.90, both true (100%); 80–89% holds three 0.85s,
// true 1 + 0 + ½ of 3 times (50%).
const JUDGED: [string, OutcomeLabel][] = [
  ['fc-inozemtsev-war-until-summer-2023', 'Correct'],
  ['fc-inozemtsev-budget-2024', 'Correct'],
  ['fc-inozemtsev-ukraine-army-determined', 'Correct'],
  ['fc-gallyamov-power-vacuum', 'Incorrect'],
  ['fc-solovey-establishment-nervous', 'Partly correct'],
];

const app = appUnderTest();

describe('scores', () => {
  it('judging five forecasts updates the scorecard, the calibration chart and its table; the lexicon moves them', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    const scorecard = await loadSection(page, 'Scorecard');
    const overall = scorecard.getByRole('row', { name: /All speakers/ }).first();
    const cells = overall.getByRole('cell');
    const table = page.getByRole('table', { name: /Calibration/ });
    const band = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) });

    await expect.poll(() => cells.nth(9).textContent()).toBe('—');
    for (const [id, outcome] of JUDGED) await chooseOutcome(forecast(page, claimOf(id)), outcome);

    await expect.poll(() => cells.nth(8).textContent()).toBe('70.0% (n=5)');
    await expect.poll(() => cells.nth(9).textContent()).toBe('0.176 (n=5)');
    // The scores in context, for all speakers together.
    const context = page.getByRole('table', { name: 'Scores in context per speaker' });
    await page.getByRole('region', { name: 'Scores in context' }).scrollIntoViewIfNeeded();
    const verdict = context
      .getByRole('row', { name: /^All speakers/ })
      .getByRole('cell')
      .first();
    await expect
      .poll(() => verdict.textContent())
      .toBe(
        'Better than a coin toss (Brier skill +0.120 against always saying 50%, over 5 forecasts, too few to judge)',
      );
    // The calibration section's code loads as it nears the viewport.
    await page.getByRole('region', { name: 'Calibration' }).scrollIntoViewIfNeeded();
    await table.waitFor();
    expect(await band('90–100%').getByRole('cell').allTextContents()).toEqual([
      '2',
      '92.5%',
      '100.0%',
      expect.any(String),
    ]);
    expect(await band('80–89%').getByRole('cell').allTextContents()).toEqual([
      '3',
      '85.0%',
      '50.0%',
      expect.any(String),
    ]);
    // The chart (and recharts) loads only as it comes into view.
    await table.scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.getByRole('img', { name: /Calibration chart/ }).getAttribute('aria-label'))
      .toContain('of 5 scored forecasts in 2 probability bands');

    // "certainly" from 95% to 60%: the war-until-summer forecast follows, and so does every score.
    const lexicon = page.getByRole('region', { name: 'Hedge lexicon' });
    const certainly = lexicon.getByRole('spinbutton', {
      name: 'Probability for certainly',
      exact: true,
    });
    await certainly.fill('60');
    await certainly.press('Enter');
    const summer = forecast(page, claimOf('fc-inozemtsev-war-until-summer-2023'));
    await expect.poll(() => summer.textContent()).toContain('60%');
    // (0.60 − 1)² = 0.16 replaces 0.0025: Brier = 1.0375 / 5 = 0.2075, shown as 0.207 or 0.208.
    await expect.poll(() => cells.nth(9).textContent()).toMatch(/^0\.20[78] \(n=5\)$/);
    // 1.0375 against 1.0: the skill is now −0.0375, and the verdict turns.
    await expect
      .poll(() => verdict.textContent())
      .toMatch(/^Worse than a coin toss \(Brier skill −0\.03[78]/);
    // The calibration table may draw a frame after the tally: wait for it, as a reader would.
    await expect.poll(() => band('60–69%').getByRole('cell').first().textContent()).toBe('1');
    await expect.poll(() => band('90–100%').getByRole('cell').first().textContent()).toBe('1');

    await page.reload();
    await waitForForecasts(page);
    await loadSection(page, 'Scorecard');
    await expect.poll(() => cells.nth(9).textContent()).toMatch(/^0\.20[78] \(n=5\)$/);
    expect(loaded.errors).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });
});
