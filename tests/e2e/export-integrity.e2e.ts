// Issue 14 §4, Integrity: a forecast whose claim was edited after it was judged carries the flag
// into every export, with the edit itself in the JSON's event log.
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_FORECASTS } from '../../src/data/seed-forecasts';
import { appUnderTest, foreignRequests, uncaughtErrors } from './support/browser';
import {
  chooseOutcome,
  chosenOutcome,
  exportAs,
  forecast,
  settledInView,
  waitForForecasts,
} from './support/hindsight';

const app = appUnderTest();
const SUMMER = SEED_FORECASTS.find((f) => f.id === 'fc-inozemtsev-war-until-summer-2023')!;
const EDITED = 'The war lasts beyond the summer of 2023.';

async function editClaim(page: Page, claim: string, to: string): Promise<void> {
  const card = forecast(page, claim);
  const open = card.getByRole('button', { name: 'Edit forecast', exact: true });
  await settledInView(open);
  await open.click();
  const form = card.getByRole('form', { name: 'Edit forecast' });
  await form.getByRole('textbox', { name: 'Claim', exact: true }).fill(to);
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await form.waitFor({ state: 'detached' });
}

interface Exported {
  version: number;
  events: { id: string; type: string; at: string; forecastId?: string }[];
  forecasts: { id: string; claim: string; editedAfterJudgement: string | null }[];
}

describe('exports of a forecast edited after it was judged', () => {
  it('flag it in the JSON (with the edit in its log), the CSV and the Markdown', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    await waitForForecasts(page);
    await chooseOutcome(forecast(page, SUMMER.claim), 'Incorrect');
    await expect.poll(() => chosenOutcome(forecast(page, SUMMER.claim))).toBe('Incorrect');
    await editClaim(page, SUMMER.claim, EDITED);
    const card = forecast(page, EDITED);
    const flag = card.getByText(/edited after it was judged, on /);
    await flag.waitFor();
    const shownFlag = (await flag.innerText()).replace(/^\W+/, '').trim();

    const json = await exportAs(page, 'JSON');
    const card2 = JSON.parse(json.text) as Exported;
    expect(card2.version).toBe(2);
    const entry = card2.forecasts.find((f) => f.id === SUMMER.id)!;
    expect(entry.claim).toBe(EDITED);
    expect(entry.editedAfterJudgement).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(card2.forecasts.filter((f) => f.editedAfterJudgement !== null)).toHaveLength(1);
    const edits = card2.events.filter((e) => e.type === 'forecast.edited');
    expect(edits.map((e) => e.forecastId)).toEqual([SUMMER.id]);
    expect(edits[0]!.at.slice(0, 10)).toBe(entry.editedAfterJudgement);

    const csv = await exportAs(page, 'CSV');
    const rows = Papa.parse<Record<string, string>>(csv.text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const row = rows.find((r) => r.id === SUMMER.id)!;
    expect(row.edited_after_judgement).toBe(entry.editedAfterJudgement);
    expect(rows.filter((r) => r.edited_after_judgement !== '')).toHaveLength(1);

    const markdown = await exportAs(page, 'Markdown');
    const line = markdown.text.split('\n').find((l) => l.includes('The war lasts beyond'))!;
    expect(line).toContain(`(${shownFlag})`);

    expect(uncaughtErrors(loaded)).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });
});
