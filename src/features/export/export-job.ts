// An export written in a worker: the page sends the document in slices (yielding between them),
// the worker writes the file and hands back a Blob. Aborting terminates the worker at once.
import type { AppData } from '../../domain/model';
import type { PartlyCredit } from '../../domain/scoring';
import { documentArrays, postInChunks } from '../../formats/chunks';
import type { ExportKind } from '../../formats/file-names';
import type { RecordLog } from '../../formats/scorecard-build';
import {
  LOG_EDITED,
  LOG_EVENTS,
  type ExportProgress,
  type FromExportWorker,
  type ToExportWorker,
} from './export-messages';

const createWorker = () =>
  new Worker(new URL('./export.worker.ts', import.meta.url), {
    type: 'module',
    name: 'hindsight-export',
  });

export interface ExportRequest {
  kind: ExportKind;
  mimeType: string;
  data: AppData;
  now: Date;
  credit: PartlyCredit;
  log?: RecordLog | undefined;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
}

const aborted = () => new DOMException('The export was cancelled', 'AbortError');

export function exportInWorker(request: ExportRequest): Promise<Blob> {
  const { signal, onProgress } = request;
  if (signal?.aborted) return Promise.reject(aborted());
  const worker = createWorker();
  const post = (message: ToExportWorker) => worker.postMessage(message);
  return new Promise<Blob>((resolve, reject) => {
    let settled = false;
    const end = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      signal?.removeEventListener('abort', abort);
      outcome();
    };
    const abort = () => end(() => reject(aborted()));
    signal?.addEventListener('abort', abort);
    worker.onerror = (event) => {
      event.preventDefault();
      end(() => reject(new Error(event.message || 'the export worker failed')));
    };
    worker.onmessage = ({ data: message }: MessageEvent<FromExportWorker>) => {
      if (message.type === 'writing') onProgress?.({ stage: 'write' });
      else if (message.type === 'done') end(() => resolve(message.file));
      else end(() => reject(new Error(message.message)));
    };
    void send(request, post, () => settled);
  });
}

async function send(
  { kind, mimeType, data, now, credit, log, onProgress }: ExportRequest,
  post: (message: ToExportWorker) => void,
  stopped: () => boolean,
): Promise<void> {
  const { lexicon } = data;
  // The log goes in slices too: at 10,000 forecasts it can hold as many events again.
  const arrays = {
    ...documentArrays(data),
    [LOG_EVENTS]: log?.events ?? [],
    [LOG_EDITED]: [...(log?.editedAfterJudgement ?? [])],
  };
  const total = Object.values(arrays).reduce((sum, items) => sum + items.length, 0);
  let done = 0;
  onProgress?.({ stage: 'send', done, total });
  await postInChunks(
    (chunk) => {
      post({ type: 'data', chunk });
      done += chunk.items.length;
      onProgress?.({ stage: 'send', done, total });
    },
    arrays,
    stopped,
  );
  if (stopped()) return;
  post({
    type: 'export',
    kind,
    mimeType,
    now: now.getTime(),
    credit,
    ...(lexicon !== undefined && { lexicon }),
  });
}
