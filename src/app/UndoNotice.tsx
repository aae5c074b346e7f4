import { lazy, Suspense } from 'react';
import { useUndoNotice } from '../state/undo-notice';

// Its words and buttons come with the first deletion (whose dialog fetched them already).
const UndoNoticeBody = lazy(() => import('./UndoNoticeBody'));

/** A live region at the foot of the page, there before its words are, so they are announced. */
export function UndoNotice() {
  const notice = useUndoNotice();
  return (
    <div role="status" className="undo-notice">
      {notice && (
        <Suspense fallback={null}>
          <UndoNoticeBody notice={notice} />
        </Suspense>
      )}
    </div>
  );
}
