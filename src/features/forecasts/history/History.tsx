import { lazy, Suspense, useCallback, useState } from 'react';
import type { Judgement } from '../../../domain/model';
import { changeCount } from '../../../state/derived/forecast-events';
import { useDocumentValue, type RecordSnapshot } from '../../../state/use-document';

// The entries themselves, fetched when a History is first opened: a card shows only the count.
const HistoryEntries = lazy(() => import('./HistoryEntries'));

/**
 * The full log, newest first: every change of outcome, note and evidence, and every undo; then
 * every change to the forecast itself (its fields before and after, deletions, restorings).
 */
export function History({ history, forecastId }: { history: Judgement[]; forecastId: string }) {
  const changes = useDocumentValue(
    useCallback(
      (snapshot: RecordSnapshot) => changeCount(snapshot.record.events, forecastId),
      [forecastId],
    ),
  );
  const [open, setOpen] = useState(false);
  if (history.length === 0 && changes === 0) return null;
  return (
    <details className="history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>History ({history.length + changes})</summary>
      {open && (
        <Suspense fallback={<p className="hint">Reading the history…</p>}>
          <HistoryEntries history={history} forecastId={forecastId} changes={changes} />
        </Suspense>
      )}
    </details>
  );
}
