import { useEffect, useRef } from 'react';
import type { ImportPlan } from '../../domain/import-plan';
import { changesNothing, LISTED, summarisePlan, type PlanSummary } from './plan-summary';
import { plural } from '../../shared/plural';

const KIND_LABELS = {
  'hindsight-json': 'Hindsight scorecard (JSON)',
  'hindsight-csv': 'Hindsight scorecard (CSV)',
  'fatebook-csv': 'Fatebook export (CSV)',
} as const;

export type ImportKindLabel = keyof typeof KIND_LABELS;

type Props = {
  fileName: string;
  kind: ImportKindLabel;
  warnings: string[];
  onConfirm: () => void;
  onCancel: () => void;
  /** Ends the import and shows an article the reader already has (one the file repeats). */
  onOpenSource?: (sourceId: string) => void;
  // The import worker sends a summary; a plan made on the page (a shared link's) is summarised here.
} & ({ summary: PlanSummary } | { plan: ImportPlan });

const SHOWN = 8;

/** What an import would do, before it does it: nothing changes until Confirm import. */
export function ImportPreview(props: Props) {
  const { fileName, kind, warnings, onConfirm, onCancel, onOpenSource } = props;
  const summary = 'summary' in props ? props.summary : summarisePlan(props.plan);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);
  const nothing = changesNothing(summary);

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
          Adds {plural(summary.addedSources, 'article')} and{' '}
          {plural(summary.addedForecasts, 'forecast')}
        </li>
        <li>Changes {plural(summary.changed, 'forecast')}</li>
        <li>Adds {plural(summary.newJudgements, 'judgement')}</li>
        {summary.newEvents > 0 && (
          <li>Adds {plural(summary.newEvents, 'change')} from the file’s history of edits</li>
        )}
        <li>Leaves {plural(summary.unchanged, 'forecast')} alone</li>
        {summary.lexiconChanged && (
          <li>
            Replaces your hedge lexicon with the file’s
            {summary.rederived > 0 && (
              <>
                , which re-reads the probability of {plural(summary.rederived, 'forecast')} of yours
              </>
            )}
          </li>
        )}
      </ul>
      {nothing && <p>Everything in this file is already here: importing it changes nothing.</p>}
      {summary.addedForecasts > 0 && (
        <details open={summary.addedForecasts <= SHOWN}>
          <summary>New forecasts</summary>
          <ul>
            {summary.newForecasts.map((f) => (
              <li key={f.id}>
                <strong>{f.speaker}:</strong> {f.claim}
              </li>
            ))}
            {summary.addedForecasts > LISTED && (
              <li>…and {summary.addedForecasts - LISTED} more</li>
            )}
          </ul>
        </details>
      )}
      {summary.changed > 0 && (
        <details open={summary.changed <= SHOWN}>
          <summary>Changed forecasts (the file’s version replaces yours)</summary>
          <ul>
            {summary.changedClaims.map(({ id, before, after }) => (
              <li key={id}>{before === after ? after : `${before} → ${after}`}</li>
            ))}
          </ul>
        </details>
      )}
      {summary.repeatCount > 0 && (
        <section className="import-repeats" aria-labelledby="import-repeats-heading">
          <h3 id="import-repeats-heading">Articles you already have</h3>
          <p>
            {summary.repeatCount === 1
              ? 'One of the file’s new articles repeats'
              : `${summary.repeatCount} of the file’s new articles repeat`}{' '}
            one you already have. Confirm import adds {summary.repeatCount === 1 ? 'it' : 'them'}{' '}
            anyway, as separate articles with their own forecasts.
          </p>
          <ul>
            {summary.repeats.map((r) => (
              <li key={r.id}>
                “{r.title}” repeats “{r.existing.title}” (
                {r.reason === 'url' ? 'the same address' : 'nearly the same text'})
                {onOpenSource && (
                  <>
                    {' '}
                    <button
                      type="button"
                      aria-label={`Open the existing article “${r.existing.title}”`}
                      onClick={() => onOpenSource(r.existing.id)}
                    >
                      Open the existing article
                    </button>
                  </>
                )}
              </li>
            ))}
            {summary.repeatCount > summary.repeats.length && (
              <li>…and {summary.repeatCount - summary.repeats.length} more</li>
            )}
          </ul>
        </section>
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
