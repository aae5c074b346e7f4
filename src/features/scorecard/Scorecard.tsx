import { useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import type { ForecastView } from '../../domain/catalogue';
import { todayIso, type IsoDate } from '../../domain/dates';
import { editedAfterJudgementCounts } from '../../domain/edited-after-judgement';
import { DEFAULT_LEXICON } from '../../domain/lexicon';
import type { PartlyCredit } from '../../domain/scoring';
import { incrementalScoringRows, incrementalSummary } from '../../state/derived/scorecard';
import { useNow } from '../../state/store-context';
import { useDocumentValue, type RecordSnapshot } from '../../state/use-document';
import { NO_FIGURE } from '../../ui/format';
import { lazyPart } from '../../ui/lazy-part';
import { ScrollBox } from '../../ui/ScrollBox';
import { WhenNearViewport } from '../../ui/WhenNearViewport';
import { figureExplanations } from './figure-explanations';
import { useJudgeFilter } from './JudgeFilter';
import { PartlyCreditSwitch } from './PartlyCreditSwitch';
import { ScoringNotes } from './ScoringNotes';
import { COUNTS, FIGURES, TallyRow } from './TallyRow';
import './scorecard.css';

// Below the scorecard's table: fetched when someone scrolls to them.
const ScoresInContext = lazyPart(() =>
  import('./context/ScoresInContext').then((m) => ({ default: m.ScoresInContext })),
);
const CalibrationPanel = lazyPart(() =>
  import('./CalibrationPanel').then((m) => ({ default: m.CalibrationPanel })),
);
const TrackRecords = lazyPart(() =>
  import('./TrackRecords').then((m) => ({ default: m.TrackRecords })),
);

/** Per forecast id, the day it was first edited in a judged field after a non-pending judgement. */
const selectEdited = (snapshot: RecordSnapshot) => snapshot.record.editedAfterJudgement;
/** The reader's lexicon, or undefined for the defaults (effectiveLexicon): kept until edited. */
const selectLexicon = (snapshot: RecordSnapshot) => snapshot.data.lexicon;

interface Props {
  views: ForecastView[];
  partlyCredit: PartlyCredit;
  onPartlyCreditChange: (credit: PartlyCredit) => void;
  /** Today, for the calibration; the store's clock is read once when it is not given. */
  today?: IsoDate;
  /** Says what the figures are over when it is not every forecast (the list's filters). */
  scope?: ReactNode;
}

export function Scorecard({ views: all, partlyCredit, onPartlyCreditChange, today, scope }: Props) {
  // On a desk, the figures can be one judge's; otherwise `views` is `all`.
  const { views, controls } = useJudgeFilter(all);
  const now = useNow();
  const [firstDay] = useState(() => todayIso(now()));
  const day = today ?? firstDay;
  const lexicon = useDocumentValue(selectLexicon) ?? DEFAULT_LEXICON;
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
  // The table above answers a judgement at once; the sections below, which redraw more, follow
  // in the next (interruptible) render.
  const laterViews = useDeferredValue(views);
  return (
    <section className="scorecard panel" aria-labelledby="scorecard-heading">
      <div className="panel-heading">
        <h2 id="scorecard-heading">Scorecard</h2>
        <PartlyCreditSwitch value={partlyCredit} onChange={onPartlyCreditChange} />
      </div>
      {scope}
      {scope}
      {controls}
      <ScrollBox
        label="Forecasts and scores per speaker"
        className="table-scroll cards-on-phone tallies"
      >
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
              {FIGURES.map((label) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
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
      <WhenNearViewport heading="Scores in context" level={3} className="scores-in-context">
        <ScoresInContext views={laterViews} lexicon={lexicon} />
      </WhenNearViewport>
      <WhenNearViewport heading="Calibration" level={3} className="calibration">
        <CalibrationPanel views={laterViews} today={day} />
      </WhenNearViewport>
      <WhenNearViewport heading="Track records" level={3} className="track-records">
        <TrackRecords views={laterViews} partlyCredit={partlyCredit} />
      </WhenNearViewport>
    </section>
  );
}
