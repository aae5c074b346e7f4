import { formatDay } from '../../domain/dates';
import { OUTCOME_LABELS, type Judgement } from '../../domain/model';

function when(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : date.toLocaleString();
}

/** The full log, newest first: every change of outcome, note and evidence, and every undo. */
export function History({ history }: { history: Judgement[] }) {
  if (history.length === 0) return null;
  return (
    <details className="history">
      <summary>History ({history.length})</summary>
      <ol reversed>
        {[...history].reverse().map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.at}>{when(entry.at)}</time>:{' '}
            {entry.undoes ? 'Undo, back to ' : ''}
            <strong>{OUTCOME_LABELS[entry.outcome]}</strong>
            {entry.judgedOn && <> (judged on {formatDay(entry.judgedOn)})</>}
            {entry.evidence.length > 0 && <>, {entry.evidence.length} evidence</>}
            {entry.note && <>, note: “{entry.note}”</>}
          </li>
        ))}
      </ol>
    </details>
  );
}
