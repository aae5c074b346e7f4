// What a card's History lists once opened: its judgements, newest first, then the changes
// made to the forecast itself, each field before and after (src/domain/forecast-history.ts).
import { useCallback, useMemo } from 'react';
import { formatDay } from '../../../domain/dates';
import { forecastHistory } from '../../../domain/forecast-history';
import { OUTCOME_LABELS, type Judgement } from '../../../domain/model';
import { eventsOf, storedForecast } from '../../../state/derived/forecast-events';
import { useDocumentValue, type RecordSnapshot } from '../../../state/use-document';
import { ChangeEntry } from './ChangeEntry';
import { when } from './when';

interface Props {
  history: Judgement[];
  forecastId: string;
  /** How many changes the forecast has (none: no list of them). */
  changes: number;
}

export default function HistoryEntries({ history, forecastId, changes }: Props) {
  return (
    <>
      {history.length > 0 && (
        <>
          <p className="history-heading">Judgements</p>
          <ol reversed>
            {[...history].reverse().map((entry) => (
              <li key={entry.id}>
                <time dateTime={entry.at}>{when(entry.at)}</time>
                {entry.by && <> by {entry.by.name}</>}: {entry.undoes ? 'Undo, back to ' : ''}
                <strong>{OUTCOME_LABELS[entry.outcome]}</strong>
                {entry.judgedOn && <> (judged on {formatDay(entry.judgedOn)})</>}
                {entry.evidence.length > 0 && <>, {entry.evidence.length} evidence</>}
                {entry.note && <>, note: “{entry.note}”</>}
              </li>
            ))}
          </ol>
        </>
      )}
      {changes > 0 && <ChangeList forecastId={forecastId} />}
    </>
  );
}

function ChangeList({ forecastId }: { forecastId: string }) {
  const events = useDocumentValue(
    useCallback(
      (snapshot: RecordSnapshot) => eventsOf(snapshot.record.events, forecastId),
      [forecastId],
    ),
  );
  const base = useDocumentValue(
    useCallback(
      (snapshot: RecordSnapshot) => storedForecast(snapshot.document, forecastId),
      [forecastId],
    ),
  );
  const entries = useMemo(() => forecastHistory(base, events), [base, events]);
  return (
    <>
      <p className="history-heading">Changes to the forecast</p>
      <ol reversed>
        {[...entries].reverse().map((entry) => (
          <ChangeEntry key={entry.id} entry={entry} />
        ))}
      </ol>
    </>
  );
}
