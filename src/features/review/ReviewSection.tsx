import { lazy, memo, Suspense, useImperativeHandle, useRef, type Ref } from 'react';
import type { IsoDate } from '../../domain/dates';
import type { ReviewQueue as Queue } from '../../domain/review';
import { REVIEW_HEADING_ID, REVIEW_SECTION_ID, type ReviewQueueHandle } from './queue-handle';

// The queue's items, controls and focus handling are fetched with the page's other code but
// not as part of its first script: the header's count needs only the queue's length.
const ReviewQueue = lazy(() => import('./ReviewQueue').then((m) => ({ default: m.ReviewQueue })));

interface Props {
  queue: Queue;
  today: IsoDate;
  readOnly: boolean;
  onOpen: (id: string) => void;
  ref?: Ref<ReviewQueueHandle>;
}

/**
 * The "Due for judgement" region at the top of the page. Until the queue's code has loaded, a
 * placeholder with the same heading and count holds its place (and takes the focus). Memoised:
 * the queue's arrays keep their identity across changes that do not touch it.
 */
export const ReviewSection = memo(function ReviewSection({
  queue,
  today,
  readOnly,
  onOpen,
  ref,
}: Props) {
  const inner = useRef<ReviewQueueHandle>(null);
  useImperativeHandle(
    ref,
    () => ({
      focusFirst: () =>
        inner.current
          ? inner.current.focusFirst()
          : document.getElementById(REVIEW_HEADING_ID)?.focus(),
      move: (fromId, step) => inner.current?.move(fromId, step) ?? false,
      judge: (id, outcome) => inner.current?.judge(id, outcome),
      undoLast: () => inner.current?.undoLast() ?? false,
    }),
    [],
  );
  const placeholder = (
    <section id={REVIEW_SECTION_ID} className="panel review" aria-labelledby={REVIEW_HEADING_ID}>
      <h2 id={REVIEW_HEADING_ID} tabIndex={-1}>
        Due for judgement
      </h2>
      <p className="review-count">{queue.due.length} due</p>
    </section>
  );
  return (
    <Suspense fallback={placeholder}>
      <ReviewQueue ref={inner} queue={queue} today={today} readOnly={readOnly} onOpen={onOpen} />
    </Suspense>
  );
});
