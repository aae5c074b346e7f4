// The page's side of an import: starts the worker, sends it the file and the document (in
// slices, yielding to the page between them), and passes its progress on. The plan stays in the
// worker until Confirm import asks for it: only its summary crosses for the preview, so nothing
// big is built on the page before then; at Confirm the patch comes over a slice per task.
// Cancel terminates the worker; the document is never touched before Confirm, so nothing needs
// undoing.
import type { AppliedImport } from '../../domain/import-undo';
import type { AppData, LexiconEntry } from '../../domain/model';
import { ArrayAssembler, documentArrays, postInChunks } from '../../formats/chunks';
import type { ImportKind } from '../../formats/import';
import type { FromImportWorker, ImportProgress, ToImportWorker } from './import-messages';
import { applyPatch, CURRENT_EVENTS, patchFromArrays, type DataPatch } from './plan-patch';
import type { PlanSummary } from './plan-summary';

export interface PlannedImport {
  kind: ImportKind;
  warnings: string[];
  summary: PlanSummary;
  /** The document the plan was made against: Confirm applies it only to this one. */
  against: AppData;
}

export type ImportOutcome =
  | { status: 'planned'; planned: PlannedImport }
  | { status: 'refused'; errors: string[] }
  | { status: 'cancelled' };

type Waiting =
  | { for: 'plan'; against: AppData; resolve: (outcome: ImportOutcome) => void }
  | {
      for: 'patch';
      resolve: (patch: DataPatch | null) => void;
      reject: (error: Error) => void;
      slices: ArrayAssembler;
      received: number;
    };

const percent = (done: number, total: number) =>
  total === 0 ? 100 : Math.floor((done / total) * 100);

const createWorker = () =>
  new Worker(new URL('./import.worker.ts', import.meta.url), {
    type: 'module',
    name: 'hindsight-import',
  });

/** A worker started while the file chooser is open, so a chosen file is read at once. */
let spare: Worker | null = null;

/** Starts the next import's worker ahead of need: its script loads while the person chooses. */
export function warmWorker(): void {
  spare ??= createWorker();
}

/** Stops the worker `warmWorker` started, when no file came after all. */
export function coolWorker(): void {
  spare?.terminate();
  spare = null;
}

function takeWorker(): Worker {
  const worker = spare ?? createWorker();
  spare = null;
  return worker;
}

export class ImportJob {
  private readonly worker: Worker;
  private waiting: Waiting | null = null;
  /** The last plan's size and lexicon, which its patch needs. */
  private planned: { items: number; lexicon?: LexiconEntry[] } | null = null;
  private stopped = false;

  constructor(
    file: File,
    now: Date,
    private readonly onProgress: (progress: ImportProgress) => void,
  ) {
    this.worker = takeWorker();
    this.worker.onmessage = (event: MessageEvent<FromImportWorker>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fail([`(root): the import stopped: ${event.message || 'the import worker failed'}`]);
    };
    this.post({ type: 'import', file, now: now.getTime() });
  }

  /** Plans the file against `current` (again, if the document changed since the last plan). */
  plan(current: AppData): Promise<ImportOutcome> {
    if (this.stopped) return Promise.resolve({ status: 'cancelled' });
    const outcome = new Promise<ImportOutcome>((resolve) => {
      this.waiting = { for: 'plan', against: current, resolve };
    });
    void this.send(current);
    return outcome;
  }

  private async send(current: AppData): Promise<void> {
    const { lexicon } = current;
    await postInChunks(
      (chunk) => this.post({ type: 'current', chunk }),
      // The log too: a file's own log is planned against it (src/domain/import-events.ts).
      {
        ...documentArrays(current),
        ...(current.events?.length && { [CURRENT_EVENTS]: current.events }),
      },
      () => this.stopped,
    );
    if (!this.stopped) this.post({ type: 'plan', ...(lexicon !== undefined && { lexicon }) });
  }

  /** The last plan's patch, brought over in slices; null if cancelled meanwhile. */
  patch(): Promise<DataPatch | null> {
    if (this.stopped || this.planned === null) return Promise.resolve(null);
    const patch = new Promise<DataPatch | null>((resolve, reject) => {
      this.waiting = { for: 'patch', resolve, reject, slices: new ArrayAssembler(), received: 0 };
    });
    this.onProgress({ stage: 'receive', done: 0, total: this.planned.items });
    this.post({ type: 'send' });
    return patch;
  }

  /** The document with the patch applied, and what it did; `current` must be `planned.against`. */
  apply(current: AppData, patch: DataPatch): { data: AppData; applied: AppliedImport } {
    return applyPatch(current, patch);
  }

  /** Stops the worker at once, wherever it is; whatever is awaited resolves as cancelled. */
  cancel(): void {
    this.stopped = true;
    this.worker.terminate();
    this.settle();
  }

  private post(message: ToImportWorker): void {
    this.worker.postMessage(message);
  }

  /** Ends the wait: with the outcome or patch given, or as cancelled. */
  private settle(outcome?: ImportOutcome, patch?: DataPatch): void {
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting?.for === 'plan') waiting.resolve(outcome ?? { status: 'cancelled' });
    if (waiting?.for === 'patch') waiting.resolve(patch ?? null);
  }

  /** Ends the wait with a refusal (of the file), or an error (while bringing the patch over). */
  private fail(errors: string[]): void {
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting?.for === 'patch') waiting.reject(new Error(errors.join('; ')));
    else waiting?.resolve({ status: 'refused', errors });
  }

  private receive(message: FromImportWorker): void {
    const waiting = this.waiting;
    if (this.stopped || waiting === null) return;
    switch (message.type) {
      case 'progress':
        this.onProgress(message.progress);
        return;
      case 'refused':
        this.fail(message.errors);
        return;
      case 'planned': {
        if (waiting.for !== 'plan') return;
        const { kind, warnings, summary, items, lexicon } = message;
        this.planned = { items, ...(lexicon !== undefined && { lexicon }) };
        const planned = { kind, warnings, summary, against: waiting.against };
        this.settle({ status: 'planned', planned });
        return;
      }
      case 'patch': {
        if (waiting.for !== 'patch') return;
        waiting.slices.add(message.chunk);
        const total = this.planned?.items ?? 0;
        const before = percent(waiting.received, total);
        waiting.received += message.chunk.items.length;
        // Told per whole percent, not per slice: each update re-renders the progress bar.
        if (percent(waiting.received, total) !== before)
          this.onProgress({ stage: 'receive', done: waiting.received, total });
        return;
      }
      case 'done':
        if (waiting.for !== 'patch') return;
        this.settle(
          undefined,
          patchFromArrays((name) => waiting.slices.take(name), this.planned?.lexicon),
        );
    }
  }
}
