// A judgement stamped in the far future would sort after everything the user does, and pin the
// outcome of a shipped forecast (whose ids are public) for ever. A share link and a file that
// carry one are refused, naming the field, and the user's own next judgement is current.
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SEED_DATA } from '../../src/data/seed';
import type { AppData } from '../../src/domain/model';
import { toBase64Url } from '../../src/formats/base64url';
import { serialiseScorecardJson } from '../../src/formats/scorecard';
import { appUnderTest, uncaughtErrors } from './support/browser';
import {
  chooseOutcome,
  chosenOutcome,
  forecast,
  heading,
  waitForForecasts,
  openForecastsPage,
} from './support/hindsight';
import { importFile, importPreview } from './support/import';
import { expectSaved, storageSnapshot } from './support/storage';

const app = appUnderTest();
const FORGED_AT = '9999-12-31T23:59:59.999Z';
const TARGET = SEED_DATA.forecasts[0]!;

/** The shipped catalogue with one judgement on a shipped forecast, stamped at the end of time. */
function forgedData(): AppData {
  return {
    ...SEED_DATA,
    judgements: [
      {
        id: 'forged',
        forecastId: TARGET.id,
        outcome: 'correct',
        judgedOn: '2023-01-01',
        evidence: [],
        note: 'pinned',
        at: FORGED_AT,
      },
    ],
  };
}

// Written as the scorecard format writes it; the exporter takes any stamp it is handed.
const forgedScorecard = () => serialiseScorecardJson(forgedData(), new Date());
const shareFragment = (json: string) =>
  `#share=${toBase64Url(deflateSync(new TextEncoder().encode(json), { level: 9 }))}`;
const FIELD = /forecasts\[\d+\]\.history\[0\]\.at: 9999-12-31T23:59:59\.999Z is in the future/;

describe('a judgement stamped in the far future', () => {
  it('in a file: the import is refused naming the field, and the next judgement is current', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    const card = forecast(page, TARGET.claim);
    await chooseOutcome(card, 'Incorrect');
    await expectSaved(page, TARGET.claim, 'incorrect');
    const before = await storageSnapshot(page);

    await importFile(page, {
      name: 'forged.json',
      mimeType: 'application/json',
      text: forgedScorecard(),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'history[0].at' });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(FIELD);
    expect(await importPreview(page).count()).toBe(0);
    expect(await storageSnapshot(page)).toEqual(before);

    await chooseOutcome(card, 'Partly correct');
    await expectSaved(page, TARGET.claim, 'partly');
    expect(await chosenOutcome(card)).toBe('Partly correct');
    expect(uncaughtErrors(loaded)).toEqual([]);
  });

  it('in a share link: the link is refused naming the field, and the next judgement is current', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    const before = await storageSnapshot(page);

    await page.goto(`${loaded.baseURL}${shareFragment(forgedScorecard())}`);
    const alert = page.getByRole('alert').filter({ hasText: 'could not be opened' });
    await alert.waitFor();
    // The reasons sit in a disclosure ("What is wrong with it"), closed at first.
    expect(await alert.textContent()).toMatch(FIELD);
    expect(await storageSnapshot(page)).toEqual(before);

    await page.getByRole('link', { name: 'Open my Hindsight', exact: true }).click();
    await heading(page).waitFor();
    await openForecastsPage(page);
    const card = forecast(page, TARGET.claim);
    await chooseOutcome(card, 'Correct');
    await expectSaved(page, TARGET.claim, 'correct');
    await chooseOutcome(card, 'Incorrect');
    await expectSaved(page, TARGET.claim, 'incorrect');
    expect(await chosenOutcome(card)).toBe('Incorrect');
    expect(uncaughtErrors(loaded)).toEqual([]);
  });
});
