import { formatPercent } from '../ui/format';

/** The storage budget Hindsight plans for: browsers give an origin about 5 M characters. */
export const STORAGE_BUDGET_CHARS = 5 * 1024 * 1024;
export const STORAGE_WARNING_SHARE = 0.8;

export function StorageMeter({ usedChars }: { usedChars: number }) {
  const share = usedChars / STORAGE_BUDGET_CHARS;
  const kb = (usedChars / 1024).toFixed(usedChars < 10240 ? 1 : 0);
  return (
    <div className="storage-meter">
      <label htmlFor="storage-meter">
        Storage used: {kb} kB of 5 MB ({formatPercent(share, 1)})
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
