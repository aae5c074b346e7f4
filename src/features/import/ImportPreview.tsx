import { useEffect, useRef } from 'react';
import type { ImportPlan } from '../../domain/import-plan';

const KIND_LABELS = {
  'hindsight-json': 'Hindsight scorecard (JSON)',
  'hindsight-csv': 'Hindsight scorecard (CSV)',
  'fatebook-csv': 'Fatebook export (CSV)',
} as const;

export type ImportKindLabel = keyof typeof KIND_LABELS;

interface Props {
  fileName: string;
  kind: ImportKindLabel;
  plan: ImportPlan;
  warnings: string[];
  onConfirm: () => void;
  onCancel: () => void;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const SHOWN = 8;

/** What an import would do, before it does it: nothing changes until Confirm import. */
export function ImportPreview({ fileName, kind, plan, warnings, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);
  const nothing =
    plan.added.sources.length +
      plan.added.forecasts.length +
      plan.changed.length +
      plan.newJudgements.length ===
    0;

  return (
    <dialog
      ref={ref}
      className="import-preview"
      aria-labelledby="import-preview-heading"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="import-preview-heading">Import preview</h2>
      <p className="hint">
        {fileName}: {KIND_LABELS[kind]}
      </p>
      <ul className="import-summary">
        <li>
          Adds {plural(plan.added.sources.length, 'article')} and{' '}
          {plural(plan.added.forecasts.length, 'forecast')}
        </li>
        <li>Changes {plural(plan.changed.length, 'forecast')}</li>
        <li>Adds {plural(plan.newJudgements.length, 'judgement')}</li>
        <li>Leaves {plural(plan.unchanged, 'forecast')} alone</li>
        {plan.lexiconChanged && (
          <li>
            Replaces your hedge lexicon with the file’s
            {plan.rederived > 0 && (
              <>, which re-reads the probability of {plural(plan.rederived, 'forecast')} of yours</>
            )}
          </li>
        )}
      </ul>
      {nothing && <p>Everything in this file is already here: importing it changes nothing.</p>}
      {plan.added.forecasts.length > 0 && (
        <details open={plan.added.forecasts.length <= SHOWN}>
          <summary>New forecasts</summary>
          <ul>
            {plan.added.forecasts.slice(0, 50).map((f) => (
              <li key={f.id}>
                <strong>{f.speaker}:</strong> {f.claim}
              </li>
            ))}
            {plan.added.forecasts.length > 50 && (
              <li>…and {plan.added.forecasts.length - 50} more</li>
            )}
          </ul>
        </details>
      )}
      {plan.changed.length > 0 && (
        <details open={plan.changed.length <= SHOWN}>
          <summary>Changed forecasts (the file’s version replaces yours)</summary>
          <ul>
            {plan.changed.slice(0, 50).map(({ before, after }) => (
              <li key={before.id}>
                {before.claim === after.claim ? after.claim : `${before.claim} → ${after.claim}`}
              </li>
            ))}
          </ul>
        </details>
      )}
      {warnings.length > 0 && (
        <ul className="hint">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onConfirm}>
          Confirm import
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
