import { memo } from 'react';
import { REVIEW_SECTION_ID } from './queue-handle';
import './due-button.css';

interface Props {
  count: number;
  onActivate: () => void;
}

/** The header's way to the review queue: "Due for judgement (N)". */
export const DueButton = memo(function DueButton({ count, onActivate }: Props) {
  return (
    <button
      type="button"
      className={`due-button${count > 0 ? ' has-due' : ''}`}
      onClick={onActivate}
      aria-controls={REVIEW_SECTION_ID}
    >
      Due for judgement ({count})
    </button>
  );
});
