import { memo } from 'react';
import { REVIEW_SECTION_ID } from './queue-handle';
import './due-button.css';

interface Props {
  count: number;
  onActivate: () => void;
  /** Whether the queue is on this page (else the button goes to the page that has it). */
  queueShown: boolean;
}

/** The header's way to the review queue: "Due for judgement (N)". */
export const DueButton = memo(function DueButton({ count, onActivate, queueShown }: Props) {
  return (
    <button
      type="button"
      className={`due-button${count > 0 ? ' has-due' : ''}`}
      onClick={onActivate}
      aria-controls={queueShown ? REVIEW_SECTION_ID : undefined}
    >
      Due for judgement ({count})
    </button>
  );
});
