import { useRef } from 'react';
import { formatDay, toIsoDate } from '../../domain/dates';
import type { ImportPlan } from '../../domain/import-plan';
import type { AppData } from '../../domain/model';
import { ImportPreview } from '../../features/import/ImportPreview';
import type { StoreContextValue } from '../../state/store-context';
import { ownAddress } from './own-address';
import { useImportIntoOwn } from './use-import-into-own';

interface Props {
  bootStore: () => Promise<StoreContextValue>;
  data: AppData;
  exportedAt: string | null;
  /** What the link's data would lose or show differently (non-http evidence, say). */
  warnings: string[];
  onImported: (own: StoreContextValue, plan: ImportPlan) => void;
}

function sharedOn(exportedAt: string | null): string | null {
  const date = exportedAt === null ? null : new Date(exportedAt);
  return date === null || Number.isNaN(date.getTime()) ? null : formatDay(toIsoDate(date));
}

/** Above the shared scorecard: what this view is, and the two ways out of it. */
export function SharedBanner({ bootStore, data, exportedAt, warnings, onImported }: Props) {
  const { step, start, confirm, cancel } = useImportIntoOwn(bootStore, data, onImported);
  const importButton = useRef<HTMLButtonElement>(null);
  const day = sharedOn(exportedAt);
  return (
    <section className="shared-banner" aria-label="Shared scorecard">
      <p>
        <strong>Shared scorecard, read-only.</strong> This is someone’s shared copy of a Hindsight
        scorecard{day && <>, as it was on {day}</>}. You can read it but not change it. Nothing of
        it is saved in this browser unless you import it, and your own Hindsight data is not shown
        here or changed.
      </p>
      <div className="shared-actions">
        <button
          ref={importButton}
          type="button"
          className="primary"
          onClick={() => void start()}
          aria-busy={step.kind === 'opening'}
        >
          Import into my Hindsight
        </button>
        <a href={ownAddress()}>Open my Hindsight</a>
      </div>
      {step.kind === 'failed' && (
        <p role="alert" className="field-error">
          {step.message}
        </p>
      )}
      {step.kind === 'preview' && (
        <ImportPreview
          fileName="The shared link"
          kind="hindsight-json"
          plan={step.plan}
          warnings={warnings}
          onConfirm={() => confirm(step.own, step.plan)}
          onCancel={() => {
            cancel(step.own);
            requestAnimationFrame(() => importButton.current?.focus());
          }}
        />
      )}
    </section>
  );
}
