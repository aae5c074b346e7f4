// The scorecard as Markdown, for pasting into a post or a README: a summary per speaker, what
// the figures mean, the calibration table, each speaker's track record, and every forecast.
// Text from articles and users is escaped so that it reads as text wherever the Markdown is
// rendered (see markdown-escape.ts).
import { linkUrl, unlinkedUrlText } from '../domain/urls';
import type { CalibrationBucket } from '../domain/calibration';
import { forecastViews, type ForecastView } from '../domain/catalogue';
import { formatDay, toIsoDate, todayIso } from '../domain/dates';
import { OUTCOME_LABELS, type AppData, type Deadline } from '../domain/model';
import { DEFAULT_PARTLY_CREDIT, type PartlyCredit, type Tally } from '../domain/scoring';
import { TOO_FEW_TO_JUDGE, type TrackRecord } from '../domain/track-records';
import { exportSummary } from './export-summary';
import { escapeMarkdownText, markdownLink } from './markdown-escape';

const NOTHING = '—';

export const SUMMARY_HEADERS = [
  'Speaker',
  'Forecasts',
  'Judged',
  'Correct',
  'Incorrect',
  'Partly',
  'Unresolvable',
  'Annulled',
  'Pending',
  'Accuracy (n)',
  'Brier (0–1)',
  'Brier skill',
  'Log score',
  'Edited after judgement',
] as const;

export const CALIBRATION_HEADERS = [
  'Stated',
  'Forecasts',
  'Mean stated',
  'Observed',
  '90% interval',
] as const;

export const TRACK_RECORD_HEADERS = [
  'Speaker',
  'Scored',
  'Accuracy (n)',
  'Brier (n)',
  'Vagueness',
  'Boldness',
  'Note',
] as const;

export const TOO_FEW_NOTE = 'too few to judge';

export const FORECAST_HEADERS = [
  'Speaker',
  'Claim',
  'Deadline',
  'Probability',
  'Outcome',
  'Evidence',
] as const;

const CREDIT_WORDS: Record<PartlyCredit, string> = { 0: '0', 0.5: '½', 1: '1' };

function figureNotes(partlyCredit: PartlyCredit): string[] {
  const credit = CREDIT_WORDS[partlyCredit];
  return [
    '- **Judged**: forecasts with any outcome but Pending.',
    '- **Correct, Incorrect, Partly** are scored; **Unresolvable** (too vague, or the facts are unclear) and **Annulled** (a conditional whose premise did not happen) are not.',
    `- **Accuracy (n)**: the share of forecasts whose probability pointed the way things went (above 50% and it happened, below 50% and it did not), over the n scored forecasts that state a probability other than 50%; a partly correct one earns ${credit} here, whichever way it leaned.`,
    '- **Brier (0–1)** = mean (p − o)² over scored forecasts that imply a probability p, with o = 1 if correct, ½ if partly, 0 if incorrect. Lower is better: 0 is perfect, and 0.25 is what a forecaster who always says 50% earns. (Fatebook’s 0–2 scale is twice this.)',
    '- **Brier skill** = 1 − Brier ÷ the Brier of always saying 50% on the same forecasts: 1 is perfect, 0 is no better than a coin, below 0 is worse.',
    '- **Log score** = mean o·log₂ p + (1 − o)·log₂ (1 − p), with p kept within 0.001–0.999: 0 is perfect, and always saying 50% earns −1.',
    `- **${NOTHING}** means there is nothing to score yet.`,
  ];
}

const CALIBRATION_NOTES = [
  '- Scored forecasts that imply a probability and whose deadline had passed on the day of the export (one judged early, or with no deadline, is left out), grouped by the whole percentage they state. **Observed** is how often they came true (a partly correct one counts ½); a well-calibrated forecaster’s Observed is close to their Mean stated.',
  '- **90% interval**: the Wilson score interval for Observed, given how few forecasts a row has.',
];

const TRACK_RECORD_NOTES = [
  `- Each speaker across all sources. **Brier (n)** is the Brier score and how many forecasts it averages; under ${TOO_FEW_TO_JUDGE} scored forecasts a record is ${TOO_FEW_NOTE}.`,
  '- **Vagueness**: the share of their forecasts that name no deadline, state no probability, are vague in kind or were judged unresolvable.',
  '- **Boldness**: how far their stated probabilities sit from 50% on average, mean 2·|p − 0.5|: 0% for someone who always says 50%, 100% for someone who always says 0% or 100%.',
];

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Columns from `numericFrom` up to (not including) `numericTo` are right-aligned. */
function table(
  headers: readonly string[],
  rows: readonly string[][],
  numericFrom: number,
  numericTo = headers.length,
) {
  const rule = headers.map((_, i) => (i >= numericFrom && i < numericTo ? '---:' : '---'));
  return [row(headers), row(rule), ...rows.map(row)];
}

/** "66.7%": one decimal, so two speakers a fraction apart do not read as tied. */
export function formatAccuracy(accuracy: number | null): string {
  return accuracy === null ? NOTHING : `${(accuracy * 100).toFixed(1)}%`;
}

/** "75.0% (4)": accuracy and how many forecasts it is over, which is not all the scored ones. */
export function accuracyWithCount(t: Pick<Tally, 'accuracy' | 'accuracyCount'>): string {
  return t.accuracy === null ? NOTHING : `${formatAccuracy(t.accuracy)} (${t.accuracyCount})`;
}

export function formatBrier(brier: number | null): string {
  return brier === null ? NOTHING : brier.toFixed(3);
}

/** A score either side of zero (skill, log score), three decimals, with a true minus sign. */
export function formatSigned(value: number | null): string {
  if (value === null) return NOTHING;
  const digits = Math.abs(value).toFixed(3);
  return value < 0 && digits !== '0.000' ? `−${digits}` : digits;
}

/** "12%": a share or an interval's end, to the whole percent. */
export function formatPercent(value: number | null): string {
  return value === null ? NOTHING : `${(value * 100).toFixed(0)}%`;
}

/** "80%", "33.3%": a stated probability, without trailing zeros. */
export function formatProbability(probability: number | null): string {
  return probability === null ? NOTHING : `${Number((probability * 100).toFixed(1))}%`;
}

export function formatDeadline(deadline: Deadline): string {
  if (!deadline) return 'None stated';
  const latest = formatDay(deadline.latest);
  return deadline.earliest ? `${formatDay(deadline.earliest)} – ${latest}` : `by ${latest}`;
}

/** The words the app's card uses for a forecast edited after it was judged. */
export function editedAfterJudgementNote(day: string): string {
  return `edited after it was judged, on ${formatDay(day)}`;
}

function summaryRow(t: Tally & { editedAfterJudgement?: number }): string[] {
  return [
    escapeMarkdownText(t.speaker),
    ...[
      t.forecasts,
      t.judged,
      t.correct,
      t.incorrect,
      t.partly,
      t.unresolvable,
      t.annulled,
      t.pending,
    ].map(String),
    accuracyWithCount(t),
    formatBrier(t.brier),
    formatSigned(t.brierSkill),
    formatSigned(t.logScore),
    String(t.editedAfterJudgement ?? 0),
  ];
}

function calibrationRow(b: CalibrationBucket): string[] {
  const interval =
    b.low === null || b.high === null
      ? NOTHING
      : `${formatPercent(b.low)}–${formatPercent(b.high)}`;
  return [
    `${b.from}–${b.to}%`,
    String(b.count),
    formatAccuracy(b.meanProbability),
    formatAccuracy(b.observed),
    interval,
  ];
}

function trackRecordRow(r: TrackRecord): string[] {
  return [
    escapeMarkdownText(r.speaker),
    String(r.scored),
    accuracyWithCount(r),
    r.brier === null ? NOTHING : `${formatBrier(r.brier)} (${r.brierCount})`,
    formatPercent(r.vagueness),
    formatPercent(r.boldness),
    r.tooFew ? TOO_FEW_NOTE : '',
  ];
}

function evidenceCell(view: ForecastView): string {
  return view.state.evidence
    .map((e, i) => {
      const url = linkUrl(e.url);
      return url ? markdownLink(String(i + 1), url) : escapeMarkdownText(unlinkedUrlText(e.url));
    })
    .join(' ');
}

function forecastRow(view: ForecastView, edited: ReadonlyMap<string, string>): string[] {
  const { forecast, state } = view;
  const editedOn = edited.get(forecast.id);
  return [
    escapeMarkdownText(forecast.speaker),
    escapeMarkdownText(forecast.claim),
    escapeMarkdownText(formatDeadline(forecast.deadline)),
    formatProbability(forecast.probability),
    editedOn === undefined
      ? OUTCOME_LABELS[state.outcome]
      : `${OUTCOME_LABELS[state.outcome]} (${editedAfterJudgementNote(editedOn)})`,
    evidenceCell(view),
  ];
}

/** The Markdown scorecard; its figures give a "partly" `partlyCredit` (default ½). */
export function scorecardToMarkdown(
  data: AppData,
  exportedAt: Date,
  partlyCredit: PartlyCredit = DEFAULT_PARTLY_CREDIT,
  edited: ReadonlyMap<string, string> = new Map(),
): string {
  const views = forecastViews(data);
  const summary = exportSummary(views, todayIso(exportedAt), partlyCredit, edited);
  const editedCount = summary.speakers.reduce((sum, t) => sum + t.editedAfterJudgement, 0);
  const speakerRows = [
    ...summary.speakers,
    { ...summary.overall, editedAfterJudgement: editedCount },
  ].map(summaryRow);
  const recordLines =
    summary.trackRecords.length === 0
      ? ['No speakers yet.']
      : table(TRACK_RECORD_HEADERS, summary.trackRecords.map(trackRecordRow), 1, 6);
  const forecastLines =
    views.length === 0
      ? ['No forecasts yet.']
      : table(
          FORECAST_HEADERS,
          views.map((view) => forecastRow(view, edited)),
          FORECAST_HEADERS.length,
        );
  const lines = [
    '# Hindsight scorecard',
    '',
    `Exported on ${formatDay(toIsoDate(exportedAt))}.`,
    '',
    '## Speakers',
    '',
    ...table(SUMMARY_HEADERS, speakerRows, 1),
    '',
    ...figureNotes(partlyCredit),
    '',
    '## Calibration',
    '',
    ...table(CALIBRATION_HEADERS, summary.calibration.map(calibrationRow), 1),
    '',
    ...CALIBRATION_NOTES,
    '',
    '## Track records',
    '',
    ...recordLines,
    '',
    ...TRACK_RECORD_NOTES,
    '',
    '## Forecasts',
    '',
    ...forecastLines,
  ];
  return `${lines.join('\n')}\n`;
}
