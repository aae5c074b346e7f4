import { memo } from 'react';

/** What the last judgement or snooze in a queue did, and where: the index its item had. */
export interface Notice {
  index: number;
  text: string;
  /** A judgement, which Undo takes back (a snooze is lifted from the snoozed list). */
  undo: boolean;
}

interface Props {
  notice: Notice;
  canUndo: boolean;
  onUndo: () => void;
}

/**
 * The confirmation in the place of the item just judged or snoozed, with Undo beside it: the
 * reader's eyes are where the item was, not at the foot of the list.
 */
export const QueueNotice = memo(function QueueNotice({ notice, canUndo, onUndo }: Props) {
  return (
    <li className="review-notice">
      <span aria-hidden="true">✓ </span>
      {notice.text}
      {notice.undo && canUndo && (
        <button type="button" onClick={onUndo}>
          Undo last judgement
        </button>
      )}
    </li>
  );
});
