import { memo, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import type { ForecastView } from '../../domain/catalogue';
import { editedAfterJudgementCounts } from '../../domain/edited-after-judgement';
import { incrementalScoringRows, incrementalSummary } from '../../state/derived/scorecard';
import type { PartlyCredit, Tally } from '../../domain/scoring';
import { useDocumentValue, type RecordSnapshot } from '../../state/use-document';
import { formatBrier, formatPercent, formatSigned, NO_FIGURE } from '../../ui/format';
import { PartlyCreditSwitch } from './PartlyCreditSwitch';
import { useJudgeFilter } from './JudgeFilter';
import { ScoringNotes } from './ScoringNotes';
import { ScrollBox } from '../../ui/ScrollBox';
import { WhenNearViewport } from '../../ui/WhenNearViewport';
import { lazyPart } from '../../ui/lazy-part';

// Below the scorecard's table: fetched when someone scrolls to them.
const CalibrationSection = lazyPart(() =>
  import('./CalibrationSection').then((m) => ({ default: m.CalibrationSection })),
);
const TrackRecords = lazyPart(() =>
  import('./TrackRecords').then((m) => ({ default: m.TrackRecords })),
);

const COUNTS: { key: keyof Tally; label: string }[] = [
  { key: 'forecasts', label: 'Forecasts' },
  { key: 'judged', label: 'Judged' },
  { key: 'correct', label: 'Correct' },
  { key: 'incorrect', label: 'Incorrect' },
  { key: 'partly', label: 'Partly' },
  { key: 'unresolvable', label: 'Unresolvable' },
  { key: 'annulled', label: 'Annulled' },
  { key: 'pending', label: 'Pending' },
];

const CREDIT_WORDS: Record<PartlyCredit, string> = { 0: '0', 0.5: '½', 1: '1' };

export function figureExplanations(credit: PartlyCredit): [string, string][] {
  return [
    ['Forecasts', 'every forecast catalogued for the speaker.'],
    ['Judged', 'forecasts given any outcome other than Pending.'],
    [
      'Correct, Incorrect, Partly',
      'the scored outcomes; only these count towards accuracy and the scores.',
    ],
    [
      'Unresolvable, Annulled',
      'judged but never scored: too vague or unclear, or a conditional whose premise did not happen.',
    ],
    [
      'Accuracy',
      `(correct + ${CREDIT_WORDS[credit]} × partly) ÷ (correct + incorrect + partly); higher is better.`,
    ],
    [
      'Brier',
      'mean of (p − o)² over scored forecasts with a stated probability p, o being 1 if correct, 0 if incorrect and ½ if partly, on the 0–1 scale: 0 is perfect, always saying 50% earns 0.25 (Fatebook uses a 0–2 scale: double these to compare).',
    ],
    [
      'Skill',
      '1 − Brier ÷ the Brier of always saying 50% on the same forecasts: above 0 beats a coin toss, 1 is perfect.',
    ],
    [
      'Log',
      'mean of log₂ of the probability given to what happened (p held within 0.1%–99.9%): 0 is perfect, always saying 50% scores −1.',
    ],
    [
      'Edited after judgement',
      'scored forecasts whose claim, deadline, probability, resolution criteria or quote was changed after a judgement other than Pending: their scores rest on wording edited with hindsight.',
    ],
  ];
}

/** Per forecast id, the day it was first edited in a judged field after a non-pending judgement. */
const selectEdited = (snapshot: RecordSnapshot) => snapshot.record.editedAfterJudgement;

// A judgement changes one speaker's tally; the other rows (up to hundreds) keep their figures
// and are not redrawn.
const TallyRow = memo(
  function TallyRow({
    tally,
    edited,
    overall,
  }: {
    tally: Tally;
    /** How many of the row's scored forecasts were edited after judgement. */
    edited: number;
    overall?: boolean;
  }) {
    return (
      <tr className={overall ? 'overall' : undefined}>
        <th scope="row">{tally.speaker}</th>
        {COUNTS.map((c) => (
          <td key={c.key}>{tally[c.key] as number}</td>
        ))}
        <td>{formatPercent(tally.accuracy, 1)}</td>
        <td>
          {formatBrier(tally.brier)}
          {tally.brier !== null && <span className="sample"> (n={tally.brierCount})</span>}
        </td>
        <td>{formatSigned(tally.brierSkill)}</td>
        <td>{formatSigned(tally.logScore)}</td>
        <td>{edited}</td>
      </tr>
    );
  },
  (a, b) =>
    a.overall === b.overall &&
    a.edited === b.edited &&
    (a.tally === b.tally ||
      (Object.keys(a.tally) as (keyof Tally)[]).every((k) => a.tally[k] === b.tally[k])),
);

interface Props {
  views: ForecastView[];
  partlyCredit: PartlyCredit;
  onPartlyCreditChange: (credit: PartlyCredit) => void;
  /** Says what the figures are over when it is not every forecast (the list's filters). */
  scope?: ReactNode;
}

export function Scorecard({ views: all, partlyCredit, onPartlyCreditChange, scope }: Props) {
  // On a desk, the figures can be one judge's; otherwise `views` is `all`.
  const { views, controls } = useJudgeFilter(all);
  // A judgement changes one row and one speaker's tally: both are patched, not made again.
  const [rowsOf] = useState(incrementalScoringRows);
  const [summaryOf] = useState(incrementalSummary);
  const rows = useMemo(() => rowsOf(views), [rowsOf, views]);
  const summary = useMemo(() => summaryOf(rows, partlyCredit), [summaryOf, rows, partlyCredit]);
  // Counted as the exports count them: scored forecasts only (domain/edited-after-judgement.ts).
  const editedDays = useDocumentValue(selectEdited);
  const edited = useMemo(() => editedAfterJudgementCounts(views, editedDays), [views, editedDays]);
  const editedOverall = useMemo(() => {
    let total = 0;
    for (const n of edited.values()) total += n;
    return total;
  }, [edited]);
  // The table above answers a judgement at once; the chart and the per-speaker records, which
  // redraw more, follow in the next (interruptible) render.
  const laterRows = useDeferredValue(rows);
  const laterViews = useDeferredValue(views);
  return (
    <section className="scorecard panel" aria-labelledby="scorecard-heading">
      <div className="panel-heading">
        <h2 id="scorecard-heading">Scorecard</h2>
        <PartlyCreditSwitch value={partlyCredit} onChange={onPartlyCreditChange} />
      </div>
      {scope}
      {controls}
      <ScrollBox label="Forecasts and scores per speaker" className="table-scroll">
        <table>
          <caption className="visually-hidden">Forecasts and scores per speaker</caption>
          <thead>
            <tr>
              <th scope="col">Speaker</th>
              {COUNTS.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
              <th scope="col">Accuracy</th>
              <th scope="col">Brier</th>
              <th scope="col">Skill</th>
              <th scope="col">Log</th>
              <th scope="col">Edited after judgement</th>
            </tr>
          </thead>
          <tbody>
            {summary.speakers.map((t) => (
              <TallyRow key={t.speaker} tally={t} edited={edited.get(t.speaker) ?? 0} />
            ))}
          </tbody>
          <tfoot>
            <TallyRow tally={summary.overall} edited={editedOverall} overall />
          </tfoot>
        </table>
      </ScrollBox>
      <dl className="explanations">
        {figureExplanations(partlyCredit).map(([term, text]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{text}</dd>
          </div>
        ))}
        <div>
          <dt>{NO_FIGURE}</dt>
          <dd>nothing to score yet; shown instead of a misleading 0.</dd>
        </div>
      </dl>
      <ScoringNotes />
      <WhenNearViewport heading="Calibration" level={3} className="calibration">
        <CalibrationSection rows={laterRows} />
      </WhenNearViewport>
      <WhenNearViewport heading="Track records" level={3} className="track-records">
        <TrackRecords views={laterViews} partlyCredit={partlyCredit} />
      </WhenNearViewport>
    </section>
  );
}
