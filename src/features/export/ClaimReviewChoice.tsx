// Export → ClaimReview, and the field that names who signs the reviews where a judgement names
// no desk member. Part of the Export menu's choices, fetched with them.
import { useId, useMemo } from 'react';
import type { AppData } from '../../domain/model';
import { claimReviewCounts } from '../../formats/claimreview';
import type { RecordLog } from '../../formats/scorecard-build';
import { useReviewerName } from '../../state/reviewer-name';
import { useNow } from '../../state/store-context';
import { claimReviewHint, exportClaimReview, REVIEWER_HINT } from './export-claimreview';
import './claimreview-choice.css';

interface Props {
  menuId: string;
  data: AppData;
  log?: RecordLog | undefined;
  run: (save: () => Promise<void>) => Promise<void>;
}

export function ClaimReviewChoice({ menuId, data, log, run }: Props) {
  const now = useNow();
  const [reviewer, setReviewer] = useReviewerName();
  const fieldId = useId();
  const counts = useMemo(() => claimReviewCounts(data), [data]);
  const save = async () =>
    exportClaimReview(data, now(), {
      reviewer,
      ...(log !== undefined && { edited: log.editedAfterJudgement }),
    });
  return (
    <>
      <li>
        <button
          type="button"
          onClick={() => void run(save)}
          aria-describedby={`${menuId}-claimreview`}
          disabled={counts.reviews === 0}
        >
          ClaimReview
        </button>
        <span id={`${menuId}-claimreview`} className="hint">
          {claimReviewHint(counts)}
        </span>
      </li>
      <li className="export-reviewer">
        <label htmlFor={fieldId}>Reviewer</label>
        <input
          id={fieldId}
          type="text"
          value={reviewer}
          onChange={(event) => setReviewer(event.target.value)}
          autoComplete="name"
          maxLength={80}
          aria-describedby={`${menuId}-reviewer`}
        />
        <span id={`${menuId}-reviewer`} className="hint">
          {REVIEWER_HINT}
        </span>
      </li>
    </>
  );
}
