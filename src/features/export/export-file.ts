import type { AppData } from '../../domain/model';
import type { PartlyCredit } from '../../domain/scoring';
import { EXPORT_MIME, exportFileName, type ExportKind } from '../../formats/file-names';
import type { RecordLog } from '../../formats/scorecard-build';
import { downloadText } from '../../ui/download';
import type { ExportProgress } from './export-messages';
import { renderExport } from './render-export';

export { preloadExports } from './render-export';

/**
 * From this many forecasts an export is written in a worker, so the page never waits on it; below,
 * on the page, where it is quicker (nothing to copy across). JSON stays on the page up to 12,000
 * so that 10,000 forecasts still download within the 200 ms budget (about 150 ms of work); CSV
 * and Markdown, slower per forecast and with no such budget, move from 5,000.
 */
export const WORKER_FROM: Readonly<Record<ExportKind, number>> = {
  json: 12_000,
  csv: 5_000,
  md: 5_000,
};

const exportsInWorker = (kind: ExportKind, data: AppData): boolean =>
  data.forecasts.length >= WORKER_FROM[kind];

export interface ExportOptions {
  /** The record's event log and "edited after it was judged" days, which the files carry. */
  log?: RecordLog;
  /** Told how a worker's export goes (only a big one runs in a worker). */
  onProgress?: (progress: ExportProgress) => void;
  /** Aborting stops a worker's export at once; the promise rejects with an AbortError. */
  signal?: AbortSignal;
}

/**
 * Downloads the scorecard as `hindsight-scorecard-YYYY-MM-DD.<ext>`, its accuracy figures with
 * the credit for "partly correct" the reader has chosen.
 */
export async function exportScorecard(
  kind: ExportKind,
  data: AppData,
  credit: PartlyCredit,
  now: Date,
  options: ExportOptions = {},
): Promise<void> {
  const { log, ...job } = options;
  const name = exportFileName(kind, now);
  const mimeType = EXPORT_MIME[kind];
  if (!exportsInWorker(kind, data)) {
    downloadText(name, mimeType, await renderExport(kind, data, now, credit, log));
    return;
  }
  const { exportInWorker } = await import('./export-job');
  const file = await exportInWorker({ kind, mimeType, data, now, credit, log, ...job });
  downloadText(name, mimeType, [file]);
}
