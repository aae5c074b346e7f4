import { useEffect, useRef, useState } from 'react';
import { undoImport, type AppliedImport } from '../../domain/import-undo';
import { useUpdateDocument } from '../../state/use-document';
import { plural } from '../../shared/plural';

interface Props {
  /** What was imported: a file's name, or "the shared scorecard". */
  what: string;
  /** What the import added and replaced (an ImportPlan will do). */
  plan: AppliedImport;
  onClose: () => void;
  /** Takes the focus when shown (when what had it is gone, as after leaving a shared view). */
  takeFocus?: boolean;
}

/** What an import did, with Undo import, which takes the whole import back as one change. */
export function ImportDone({ what, plan, onClose, takeFocus = false }: Props) {
  const { update } = useUpdateDocument();
  const panel = useRef<HTMLDivElement>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    if (takeFocus) panel.current?.focus();
  }, [takeFocus]);
  return (
    <div ref={panel} tabIndex={-1} role="status" className="import-done popover">
      <p>
        Imported {what}: {plural(plan.added.forecasts.length, 'new forecast')},{' '}
        {plan.changed.length} changed, {plural(plan.newJudgements.length, 'new judgement')}.
      </p>
      <button
        type="button"
        onClick={() => {
          if (update((current) => undoImport(current, plan))) onClose();
          else setRefused(true);
        }}
      >
        Undo import
      </button>{' '}
      <button type="button" onClick={onClose}>
        Dismiss
      </button>
      {refused && (
        <p role="alert">
          This import cannot be undone here (on a desk, what was shared stays with the desk, and
          read-only data cannot change): delete the forecasts you do not want instead.
        </p>
      )}
    </div>
  );
}
