// The shared HTML page's summary: a row per speaker, a footer row for all of them, and what
// each figure means.
import type { ForecastView } from '../domain/catalogue';
import type { IsoDate } from '../domain/dates';
import type { PartlyCredit } from '../domain/scoring';
import { exportSummary, type SpeakerTally } from './export-summary';
import { tag } from './html-escape';
import { accuracyWithCount, formatBrier, formatSigned } from './markdown';

const CREDIT_WORDS: Record<PartlyCredit, string> = { 0: '0', 0.5: '½', 1: '1' };

export const HTML_SUMMARY_HEADERS = [
  'Speaker',
  'Forecasts',
  'Scored',
  'Correct',
  'Incorrect',
  'Partly',
  'Unresolvable',
  'Annulled',
  'Pending',
  'Accuracy (n)',
  'Brier (n)',
  'Brier skill',
  'Edited after judgement',
] as const;

function summaryRow(t: Required<SpeakerTally>, label = t.speaker): string {
  const counts = [
    t.forecasts,
    t.scored,
    t.correct,
    t.incorrect,
    t.partly,
    t.unresolvable,
    t.annulled,
    t.pending,
  ];
  const brier = t.brier === null ? formatBrier(null) : `${formatBrier(t.brier)} (${t.brierCount})`;
  const cells = [
    ...counts.map((n) => tag('td', String(n))),
    tag('td', accuracyWithCount(t)),
    tag('td', brier),
    tag('td', formatSigned(t.brierSkill)),
    tag('td', String(t.editedAfterJudgement)),
  ];
  return `<tr>${tag('th', label, 'scope="row"')}${cells.join('')}</tr>`;
}

function figureNotes(credit: PartlyCredit): string {
  const notes: [string, string][] = [
    ['Scored', 'forecasts judged Correct, Incorrect or Partly correct; only these are scored.'],
    [
      'Unresolvable, Annulled',
      'judged but not scored: too vague or unclear, or a conditional whose premise did not happen.',
    ],
    [
      'Accuracy (n)',
      `the share of forecasts whose probability pointed the way things went (above 50% and it happened, below 50% and it did not), over the n scored forecasts that give a probability other than 50%; a partly correct one earns ${CREDIT_WORDS[credit]}. Higher is better.`,
    ],
    [
      'Brier',
      'mean (p − o)² over scored forecasts with a stated probability p (n of them), o being 1 if correct, ½ if partly, 0 if incorrect: 0 is perfect, always saying 50% earns 0.25.',
    ],
    ['Brier skill', '1 − Brier ÷ the Brier of always saying 50%: above 0 beats a coin toss.'],
    [
      'Edited after judgement',
      'scored forecasts whose claim, deadline, probability, criteria or quote changed after they were judged.',
    ],
    ['—', 'nothing to score yet.'],
  ];
  const items = notes.map(
    ([term, text]) => `<div>${tag('dt', `${term}:`)} ${tag('dd', text)}</div>`,
  );
  return `<dl class="notes">${items.join('')}</dl>`;
}

export function summarySection(
  views: ForecastView[],
  asOf: IsoDate,
  credit: PartlyCredit,
  edited: ReadonlyMap<string, string>,
): string {
  const summary = exportSummary(views, asOf, credit, edited);
  const editedCount = summary.speakers.reduce((sum, t) => sum + t.editedAfterJudgement, 0);
  const overall = { ...summary.overall, editedAfterJudgement: editedCount };
  const head = HTML_SUMMARY_HEADERS.map((h) => tag('th', h, 'scope="col"')).join('');
  const rows = summary.speakers.map((t) => summaryRow(t)).join('\n');
  // The table scrolls sideways on a narrow screen: focusable, so a keyboard can scroll it too.
  return `<section aria-labelledby="speakers">
<h2 id="speakers">Speakers</h2>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="speakers">
<table aria-labelledby="speakers" aria-describedby="speakers-note">
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
<tfoot>${summaryRow(overall, 'All speakers')}</tfoot>
</table></div>
<p id="speakers-note" class="hint table-note">Forecasts and scores per speaker. A partly correct forecast earns ${CREDIT_WORDS[credit]} in Accuracy.</p>
${figureNotes(credit)}
</section>`;
}
