import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { foreignRequests, appUnderTest } from './support/browser';
import {
  chooseOutcome,
  chosenOutcome,
  claims,
  exportAs,
  firstPendingClaim,
  forecast,
  localDate,
} from './support/hindsight';

const OUTCOMES = ['pending', 'correct', 'incorrect', 'partly', 'unresolvable', 'annulled'] as const;

interface ExportedForecast {
  speaker: string;
  claim: string;
  outcome: string;
  probability: number | null;
}
type SpeakerSummary = Record<
  (typeof OUTCOMES)[number] | 'forecasts' | 'scored' | 'accuracyCount',
  number
> & {
  speaker: string;
  accuracy: number | null;
  brier: number | null;
};
interface Scorecard {
  format: string;
  version: number;
  exportedAt: string;
  forecasts: (ExportedForecast & { editedAfterJudgement: string | null })[];
  events: { id: string; type: string; at: string }[];
  summary: { scoringVersion: number; speakers: SpeakerSummary[] };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const unescapeMarkdown = (text: string) => text.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');

const app = appUnderTest();

describe('exports', () => {
  it('downloads the scorecard as JSON, CSV and Markdown, with the judgement in each', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    const claim = await firstPendingClaim(page);
    const shown = await claims(page);
    await chooseOutcome(forecast(page, claim), 'Correct');
    await expect.poll(() => chosenOutcome(forecast(page, claim))).toBe('Correct');

    const days = new Set([localDate()]);
    const json = await exportAs(page, 'JSON');
    const csv = await exportAs(page, 'CSV');
    const markdown = await exportAs(page, 'Markdown');
    days.add(localDate());
    const named = (extension: string) =>
      [...days].map((d) => `hindsight-scorecard-${d}.${extension}`);
    expect(named('json')).toContain(json.name);
    expect(named('csv')).toContain(csv.name);
    expect(named('md')).toContain(markdown.name);

    const scorecard = JSON.parse(json.text) as Scorecard;
    expect(scorecard).toMatchObject({ format: 'hindsight-scorecard', version: 2 });
    expect(scorecard.summary.scoringVersion).toBe(2);
    expect(Array.isArray(scorecard.events)).toBe(true);
    expect(Number.isNaN(Date.parse(scorecard.exportedAt))).toBe(false);
    expect(scorecard.forecasts.map((f) => squash(f.claim)).sort()).toEqual(shown.toSorted());
    const judged = scorecard.forecasts.filter((f) => squash(f.claim) === claim);
    expect(judged.map((f) => f.outcome)).toEqual(['correct']);
    // Judged, not edited since: no flag.
    expect(judged.map((f) => f.editedAfterJudgement)).toEqual([null]);
    expectConsistentSummary(scorecard);

    const rows = Papa.parse<Record<string, string>>(csv.text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(rows.errors).toEqual([]);
    expect(rows.meta.fields).toEqual(
      expect.arrayContaining([
        'id',
        'speaker',
        'claim',
        'title',
        'outcome',
        'deadline_latest',
        'review_by',
        'evidence_urls',
        'edited_after_judgement',
        'direction',
      ]),
    );
    expect(rows.data).toHaveLength(shown.length);
    const judgedRows = rows.data.filter((row) => squash(row.claim ?? '') === claim);
    expect(judgedRows.map((row) => row.outcome?.toLowerCase())).toEqual(['correct']);
    // Judged Correct: right if it leaned towards "it happens", wrong if away; not counted at 50%.
    const [leaned] = judged.map((f) => f.probability);
    const expected =
      leaned === null || leaned === undefined || leaned === 0.5
        ? ''
        : leaned > 0.5
          ? 'right'
          : 'wrong';
    expect(judgedRows.map((row) => row.direction)).toEqual([expected]);

    const lines = unescapeMarkdown(markdown.text).split('\n');
    const summaryHeader = lines.findIndex((line) => /^\s*\|.*\bspeaker\b.*\|\s*$/i.test(line));
    expect(summaryHeader, 'a summary table headed by Speaker').toBeGreaterThanOrEqual(0);
    expect(lines[summaryHeader + 1]).toMatch(/^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$/);
    expect(squash(lines.join(' '))).toContain(claim);

    expect(loaded.errors).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });
});

/** The per-speaker summary agrees with the forecasts it summarises. */
function expectConsistentSummary({ forecasts, summary }: Scorecard) {
  const speakers = summary.speakers.map((s) => s.speaker);
  expect(speakers.toSorted()).toEqual([...new Set(forecasts.map((f) => f.speaker))].sort());
  for (const line of summary.speakers) {
    const theirs = forecasts.filter((f) => f.speaker === line.speaker);
    const counts = Object.fromEntries(
      OUTCOMES.map((outcome) => [outcome, theirs.filter((f) => f.outcome === outcome).length]),
    );
    expect(line, line.speaker).toMatchObject({ forecasts: theirs.length, ...counts });
    expect(line.scored, line.speaker).toBe(line.correct + line.incorrect + line.partly);
    // Accuracy by direction: over the scored forecasts that lean one way (not 50%, not none),
    // right when the lean matched what happened, a partly correct one earning ½.
    const leaning = theirs.filter(
      (f) =>
        ['correct', 'incorrect', 'partly'].includes(f.outcome) &&
        f.probability !== null &&
        f.probability !== 0.5,
    );
    const credit = leaning.reduce((sum, f) => {
      if (f.outcome === 'partly') return sum + 0.5;
      return sum + (f.probability! > 0.5 === (f.outcome === 'correct') ? 1 : 0);
    }, 0);
    expect(line.accuracyCount, line.speaker).toBe(leaning.length);
    if (leaning.length === 0) expect(line.accuracy, line.speaker).toBeNull();
    else expect(line.accuracy).toBeCloseTo(credit / leaning.length, 9);
    if (line.brier !== null) expect(line.brier).toBeGreaterThanOrEqual(0);
    if (line.brier !== null) expect(line.brier).toBeLessThanOrEqual(1);
  }
}
