// Runs the extractor in a module worker (same origin, so the Content-Security-Policy's
// worker-src 'self' allows it) and hands back its proposals. The worker stays up between runs
// (its code is loaded and compiled once); cancelling terminates it at once, wherever it is in
// the text, and the next run starts a new one.
import type { Proposal } from '../../domain/extract/extract';
import type { ExtractReply, ExtractRequest } from './extract-messages';

export interface ExtractionProgress {
  /** From 0 to 1. */
  done: number;
  sentences: number;
}

/** What the Extractor needs of a Worker: a test passes a fake. */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent<ExtractReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
};

export function startExtractWorker(): WorkerLike {
  return new Worker(new URL('./extract.worker.ts', import.meta.url), {
    type: 'module',
    name: 'hindsight-extract',
  });
}

export const isAbort = (cause: unknown): boolean =>
  cause instanceof DOMException && cause.name === 'AbortError';

const NOT_LOADED =
  'the extractor could not be loaded (offline before it was ever used, or the app was updated: reload the page)';

interface RunOptions {
  onProgress: (progress: ExtractionProgress) => void;
  signal: AbortSignal;
}

export class Extractor {
  private worker: WorkerLike | null = null;

  constructor(private readonly start: () => WorkerLike = startExtractWorker) {}

  /** One run at a time: the dialog disables Find forecasts while one is going. */
  run(request: ExtractRequest, { onProgress, signal }: RunOptions): Promise<Proposal[]> {
    return new Promise((resolve, reject) => {
      if (signal.aborted) {
        reject(new DOMException('Cancelled', 'AbortError'));
        return;
      }
      const worker = (this.worker ??= this.start());
      const proposals: Proposal[] = [];
      const settle = (error: Error | null) => {
        signal.removeEventListener('abort', onAbort);
        worker.onmessage = null;
        worker.onerror = null;
        worker.onmessageerror = null;
        // A worker that failed or was stopped mid-text is not reused.
        if (error) this.close();
        if (error) reject(error);
        else resolve(proposals);
      };
      const onAbort = () => settle(new DOMException('Cancelled', 'AbortError'));
      signal.addEventListener('abort', onAbort, { once: true });
      worker.onmessage = ({ data }) => {
        if (data.type === 'progress') onProgress({ done: data.done, sentences: data.sentences });
        else if (data.type === 'proposals') for (const p of data.batch) proposals.push(p);
        else settle(data.type === 'error' ? new Error(data.message) : null);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        // A script that fails to load gives a plain Event, with no message.
        settle(
          new Error(
            typeof event.message === 'string' && event.message ? event.message : NOT_LOADED,
          ),
        );
      };
      worker.onmessageerror = () => settle(new Error('the extractor’s answer could not be read'));
      worker.postMessage(request);
    });
  }

  /** Stops the worker, if one is running. */
  close(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
