// The case issue 16 measures share links by: the shipped article with 10 of its forecasts
// judged as a reader judges them in the app (an outcome, which dates the judgement, then a
// one-line note, then one piece of evidence: three log entries each, as the card makes them).
import { randomUUID } from 'node:crypto';
import { SEED_DATA } from '../../src/data/seed';
import { appendJudgement } from '../../src/domain/commands';
import { makeJudgement, nextStamp, outcomeChange, currentState } from '../../src/domain/judgements';
import type { AppData, Judgement, Outcome } from '../../src/domain/model';

export const JUDGED_ON = '2024-03-18';
const OUTCOMES: Outcome[] = ['correct', 'incorrect', 'partly', 'correct', 'incorrect'];

/** An evidence address of realistic length (a news article's slug and query). */
export const evidenceUrl = (i: number) =>
  `https://www.reuters.com/world/europe/kremlin-says-putin-remains-firmly-in-charge-after-year-${i}-of-war-2024-03-${10 + i}/?utm_source=share`;
export const noteFor = (i: number) =>
  `Checked against the news of March 2024: item ${i + 1} did not turn out as the speaker said it would.`;

export function tenJudgements(start = new Date('2024-03-18T09:00:00.000Z')): AppData {
  let data: AppData = SEED_DATA;
  let clock = start.getTime();
  const entry = (forecastId: string, change: Parameters<typeof makeJudgement>[2]): void => {
    const entries = data.judgements.filter((j) => j.forecastId === forecastId);
    clock += 7_000;
    const meta = { id: randomUUID(), at: nextStamp(entries, new Date(clock)) };
    const judgement: Judgement = makeJudgement(forecastId, entries, change, meta);
    data = appendJudgement(data, judgement);
  };
  SEED_DATA.forecasts.slice(0, 10).forEach((forecast, i) => {
    const state = currentState(data.judgements.filter((j) => j.forecastId === forecast.id));
    entry(forecast.id, outcomeChange(state, OUTCOMES[i % OUTCOMES.length]!, JUDGED_ON));
    entry(forecast.id, { note: noteFor(i) });
    entry(forecast.id, { evidence: [{ url: evidenceUrl(i), note: '' }] });
  });
  return data;
}
