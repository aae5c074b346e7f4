import { useLayoutEffect, useRef } from 'react';
import { dismissUndo, type UndoNotice } from '../state/undo-notice';
import { useCurationActions } from '../state/use-curation-actions';

/**
 * What the last deletion took away, with Undo. The focus moves to Undo when it appears, since
 * the control that was used is gone with what it deleted.
 */
export default function UndoNoticeBody({ notice }: { notice: UndoNotice }) {
  const { undoEvent } = useCurationActions();
  const undo = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => undo.current?.focus(), [notice]);
  return (
    <p className="popover">
      {notice.message}{' '}
      <button
        ref={undo}
        type="button"
        onClick={() => {
          undoEvent(notice.eventId);
          dismissUndo();
        }}
      >
        Undo
      </button>{' '}
      <button type="button" onClick={dismissUndo}>
        Dismiss
      </button>
    </p>
  );
}
