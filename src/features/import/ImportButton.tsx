import { lazy, Suspense, useRef, useState } from 'react';
import type { AppData } from '../../domain/model';
import './import.css';

// Everything after the choice of a file (reading, progress, preview, confirmation) is fetched
// once a file is chosen.
const ImportSession = lazy(() =>
  import('./ImportSession').then((m) => ({ default: m.ImportSession })),
);

/** Import: choose a file, see what it would change, confirm (ImportSession.tsx). */
export function ImportButton({
  data,
  disabled,
  onOpenSource,
}: {
  data: AppData;
  disabled: boolean;
  /** Shows an article the reader already has (one an imported file repeats). */
  onOpenSource?: (sourceId: string) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [chosen, setChosen] = useState<{ file: File; count: number } | null>(null);
  return (
    <div className="import">
      <button ref={button} type="button" onClick={() => input.current?.click()} disabled={disabled}>
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
          if (file) setChosen((last) => ({ file, count: (last?.count ?? 0) + 1 }));
        }}
      />
      {chosen && (
        <Suspense fallback={null}>
          <ImportSession
            key={chosen.count}
            file={chosen.file}
            data={data}
            button={button}
            onOpenSource={onOpenSource}
          />
        </Suspense>
      )}
    </div>
  );
}
