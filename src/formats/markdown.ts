// The scorecard as Markdown, for pasting into a post or a README: a summary per speaker, what
// the figures mean, and every forecast. Text from articles and users is escaped so that it
// reads as text wherever the Markdown is rendered (see markdown-escape.ts).
import { httpUrl } from '../domain/urls';
import { forecastViews, scoringRows, type ForecastView } from '../domain/catalogue';
import { formatDay, toIsoDate } from '../domain/dates';
import { OUTCOME_LABELS, type AppData, type Deadline } from '../domain/model';
import { summarise, type Tally } from '../domain/scoring';
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
  'Accuracy',
  'Brier (0–1)',
] as const;

export const FORECAST_HEADERS = [
  'Speaker',
  'Claim',
  'Deadline',
  'Probability',
  'Outcome',
  'Evidence',
] as const;

const FIGURE_NOTES = [
  '- **Judged**: forecasts with any outcome but Pending.',
  '- **Correct, Incorrect, Partly** are scored; **Unresolvable** (too vague, or the facts are unclear) and **Annulled** (a conditional whose premise did not happen) are not.',
  '- **Accuracy** = (correct + ½·partly) / (correct + incorrect + partly).',
  '- **Brier (0–1)** = mean (p − o)² over scored forecasts that imply a probability p, with o = 1 if correct, ½ if partly, 0 if incorrect. Lower is better: 0 is perfect, and 0.25 is what a forecaster who always says 50% earns.',
  `- **${NOTHING}** means there is nothing to score yet.`,
];

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(headers: readonly string[], rows: readonly string[][], numericFrom: number) {
  const rule = headers.map((_, i) => (i >= numericFrom ? '---:' : '---'));
  return [row(headers), row(rule), ...rows.map(row)];
}

/** "66.7%": one decimal, so two speakers a fraction apart do not read as tied. */
export function formatAccuracy(accuracy: number | null): string {
  return accuracy === null ? NOTHING : `${(accuracy * 100).toFixed(1)}%`;
}

export function formatBrier(brier: number | null): string {
  return brier === null ? NOTHING : brier.toFixed(3);
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

function summaryRow(t: Tally): string[] {
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
    formatAccuracy(t.accuracy),
    formatBrier(t.brier),
  ];
}

function evidenceCell(view: ForecastView): string {
  return view.state.evidence
    .map((e, i) => {
      const url = httpUrl(e.url);
      return url ? markdownLink(String(i + 1), url) : escapeMarkdownText(e.url);
    })
    .join(' ');
}

function forecastRow(view: ForecastView): string[] {
  const { forecast, state } = view;
  return [
    escapeMarkdownText(forecast.speaker),
    escapeMarkdownText(forecast.claim),
    escapeMarkdownText(formatDeadline(forecast.deadline)),
    formatProbability(forecast.probability),
    OUTCOME_LABELS[state.outcome],
    evidenceCell(view),
  ];
}

export function scorecardToMarkdown(data: AppData, exportedAt: Date): string {
  const views = forecastViews(data);
  const summary = summarise(scoringRows(views));
  const speakerRows = [...summary.speakers, summary.overall].map(summaryRow);
  const forecastLines =
    views.length === 0
      ? ['No forecasts yet.']
      : table(FORECAST_HEADERS, views.map(forecastRow), FORECAST_HEADERS.length);
  const lines = [
    '# Hindsight scorecard',
    '',
    `Exported on ${formatDay(toIsoDate(exportedAt))}.`,
    '',
    '## Speakers',
    '',
    ...table(SUMMARY_HEADERS, speakerRows, 1),
    '',
    ...FIGURE_NOTES,
    '',
    '## Forecasts',
    '',
    ...forecastLines,
  ];
  return `${lines.join('\n')}\n`;
}
