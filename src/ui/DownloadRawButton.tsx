import type { ReactNode } from 'react';
import { downloadText } from './download';

/** Saves the stored string exactly as it is, for a user whose data the app cannot read or show. */
export function DownloadRawButton({ raw, children }: { raw: string; children: ReactNode }) {
  return (
    <button
      type="button"
      onClick={() => downloadText('hindsight-raw-data.json', 'application/json', raw)}
    >
      {children}
    </button>
  );
}
