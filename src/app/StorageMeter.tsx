import { formatPercent } from '../ui/format';

/**
 * The budget Hindsight plans for: 5 MB, counted as the strictest browsers count localStorage,
 * two bytes per UTF-16 code unit of every key and value, so 2.5 M characters.
 */
export const STORAGE_BUDGET_BYTES = 5_000_000;
export const STORAGE_BUDGET_CHARS = STORAGE_BUDGET_BYTES / 2;
export const STORAGE_WARNING_SHARE = 0.8;

/** Characters stored, as the bytes a browser counts them against its quota: "12.3 kB". */
export function formatStoredSize(chars: number): string {
  const bytes = chars * 2;
  return `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} kB`;
}

export function StorageMeter({ usedChars }: { usedChars: number }) {
  const share = usedChars / STORAGE_BUDGET_CHARS;
  return (
    <div className="storage-meter">
      <label htmlFor="storage-meter">
        Storage used: {formatStoredSize(usedChars)} of 5 MB ({formatPercent(share, 1)})
      </label>
      <meter
        id="storage-meter"
        min={0}
        max={1}
        low={0.6}
        high={STORAGE_WARNING_SHARE}
        optimum={0}
        value={Math.min(share, 1)}
      />
      {share >= STORAGE_WARNING_SHARE && (
        <p role="alert" className="field-error">
          Storage is {formatPercent(share, 0)} full. Export a copy now; the browser will refuse to
          save beyond 5 MB.
        </p>
      )}
    </div>
  );
}
