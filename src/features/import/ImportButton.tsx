import { lazy, Suspense, useRef, useState } from 'react';
import type { ImportPlan } from '../../domain/import-plan';
import type { AppData } from '../../domain/model';
import { useUpdateDocument } from '../../state/use-document';
import { ImportDone } from './ImportDone';
import type { ImportKindLabel } from './ImportPreview';

// Fetched with the import code, once a file is chosen.
const ImportPreview = lazy(() =>
  import('./ImportPreview').then((m) => ({ default: m.ImportPreview })),
);

interface Pending {
  fileName: string;
  kind: ImportKindLabel;
  plan: ImportPlan;
  warnings: string[];
  /** Plans the file against a given document (the import code, loaded with the file). */
  replan: (current: AppData) => ImportPlan;
}

const MAX_ERRORS_SHOWN = 10;

/**
 * Import: choose a file, see what it would change, confirm. A file is size-checked before it is
 * read and validated strictly; nothing touches the document until Confirm import, and the
 * import is one change that Undo import takes back.
 */
export function ImportButton({ data, disabled }: { data: AppData; disabled: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const { update } = useUpdateDocument();
  const [errors, setErrors] = useState<string[] | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [applied, setApplied] = useState<{ fileName: string; plan: ImportPlan } | null>(null);

  async function read(file: File) {
    setErrors(null);
    setApplied(null);
    const { checkImportSize, parseImport, planParsedImport } = await import('../../formats/import');
    const tooBig = checkImportSize(file.size);
    if (tooBig) {
      setErrors([tooBig]);
      return;
    }
    const parsed = parseImport(file.name, await file.text(), { now: new Date() });
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    const replan = (current: AppData) => planParsedImport(current, parsed);
    setPending({
      fileName: file.name,
      kind: parsed.kind,
      plan: replan(data),
      warnings: parsed.warnings,
      replan,
    });
  }

  function confirm(p: Pending) {
    // Planned again against the document as it is now, in case another tab changed it meanwhile.
    let plan = p.plan;
    update((current) => {
      plan = p.replan(current);
      return plan.result;
    });
    setApplied({ fileName: p.fileName, plan });
    setPending(null);
  }

  return (
    <div className="import">
      <button type="button" onClick={() => input.current?.click()} disabled={disabled}>
        Import
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.csv,application/json,text/csv"
        // Kept out of the accessibility tree: the Import button is the one control people use.
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void read(file);
        }}
      />
      {errors && (
        <div role="alert" className="import-errors popover">
          <p>
            <strong>That file was not imported.</strong> Nothing has changed.
          </p>
          <ul>
            {errors.slice(0, MAX_ERRORS_SHOWN).map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
          {errors.length > MAX_ERRORS_SHOWN && <p>…and {errors.length - MAX_ERRORS_SHOWN} more.</p>}
          <button type="button" onClick={() => setErrors(null)}>
            Dismiss
          </button>
        </div>
      )}
      {applied && (
        <ImportDone what={applied.fileName} plan={applied.plan} onClose={() => setApplied(null)} />
      )}
      {pending && (
        <Suspense fallback={null}>
          <ImportPreview
            fileName={pending.fileName}
            kind={pending.kind}
            plan={pending.plan}
            warnings={pending.warnings}
            onConfirm={() => confirm(pending)}
            onCancel={() => setPending(null)}
          />
        </Suspense>
      )}
    </div>
  );
}
