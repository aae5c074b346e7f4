// The page's side of an import: starts the worker, sends it the file and the document (in
// slices, yielding to the page between them), passes its progress on, and collects the plan's
// patch as it arrives, a slice per task, so no step on the page takes long. Cancel terminates
// the worker; the document is never touched before Confirm import, so nothing needs undoing.
import type { AppData, LexiconEntry } from '../../domain/model';
import { ArrayAssembler, documentArrays, postInChunks } from '../../formats/chunks';
import type { ImportKind } from '../../formats/import';
import type { FromImportWorker, ImportProgress, ToImportWorker } from './import-messages';
import type { AppliedImport } from '../../domain/import-undo';
import { applyPatch, patchFromArrays, type DataPatch } from './plan-patch';
import type { PlanSummary } from './plan-summary';

export interface PlannedImport {
  kind: ImportKind;
  warnings: string[];
  summary: PlanSummary;
  patch: DataPatch;
  /** The document the plan was made against: Confirm applies it only to this one. */
  against: AppData;
}

export type ImportOutcome =
  | { status: 'planned'; planned: PlannedImport }
  | { status: 'refused'; errors: string[] }
  | { status: 'cancelled' };

interface Round {
  resolve: (outcome: ImportOutcome) => void;
  against: AppData;
  header?: Extract<FromImportWorker, { type: 'planned' }>;
  patch: ArrayAssembler;
  received: number;
}

const percent = (done: number, total: number) =>
  total === 0 ? 100 : Math.floor((done / total) * 100);

const createWorker = () =>
  new Worker(new URL('./import.worker.ts', import.meta.url), {
    type: 'module',
    name: 'hindsight-import',
  });

export class ImportJob {
  private readonly worker: Worker;
  private round: Round | null = null;
  private stopped = false;

  constructor(
    file: File,
    now: Date,
    private readonly onProgress: (progress: ImportProgress) => void,
  ) {
    this.worker = createWorker();
    this.worker.onmessage = (event: MessageEvent<FromImportWorker>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.finish({
        status: 'refused',
        errors: [`(root): the import stopped: ${event.message || 'the import worker failed'}`],
      });
    };
    this.post({ type: 'import', file, now: now.getTime() });
  }

  /** Plans the file against `current` (again, if the document changed since the last plan). */
  plan(current: AppData): Promise<ImportOutcome> {
    if (this.stopped) return Promise.resolve({ status: 'cancelled' });
    this.round?.resolve({ status: 'cancelled' });
    const outcome = new Promise<ImportOutcome>((resolve) => {
      this.round = { resolve, against: current, patch: new ArrayAssembler(), received: 0 };
    });
    void this.send(current);
    return outcome;
  }

  private async send(current: AppData): Promise<void> {
    const { lexicon } = current;
    await postInChunks(
      (chunk) => this.post({ type: 'current', chunk }),
      documentArrays(current),
      () => this.stopped,
    );
    if (!this.stopped) this.post({ type: 'plan', ...(lexicon !== undefined && { lexicon }) });
  }

  /** The document with the plan applied, and what it did; `current` must be `planned.against`. */
  apply(current: AppData, planned: PlannedImport): { data: AppData; applied: AppliedImport } {
    return applyPatch(current, planned.patch);
  }

  /** Stops the worker at once, wherever it is; a pending plan resolves as cancelled. */
  cancel(): void {
    this.finish({ status: 'cancelled' });
    this.stopped = true;
    this.worker.terminate();
  }

  private post(message: ToImportWorker): void {
    this.worker.postMessage(message);
  }

  private finish(outcome: ImportOutcome): void {
    const round = this.round;
    this.round = null;
    round?.resolve(outcome);
  }

  private receive(message: FromImportWorker): void {
    const round = this.round;
    if (this.stopped || round === null) return;
    switch (message.type) {
      case 'progress':
        this.onProgress(message.progress);
        return;
      case 'refused':
        this.finish({ status: 'refused', errors: message.errors });
        return;
      case 'planned':
        round.header = message;
        this.onProgress({ stage: 'receive', done: 0, total: message.items });
        return;
      case 'patch': {
        round.patch.add(message.chunk);
        const total = round.header?.items ?? 0;
        const before = percent(round.received, total);
        round.received += message.chunk.items.length;
        // Told per whole percent, not per slice: each update re-renders the progress bar.
        if (percent(round.received, total) !== before)
          this.onProgress({ stage: 'receive', done: round.received, total });
        return;
      }
      case 'done':
        this.done(round);
    }
  }

  private done(round: Round): void {
    const header = round.header;
    if (header === undefined) return;
    const lexicon: LexiconEntry[] | undefined = header.lexicon;
    this.finish({
      status: 'planned',
      planned: {
        kind: header.kind,
        warnings: header.warnings,
        summary: header.summary,
        patch: patchFromArrays((name) => round.patch.take(name), lexicon),
        against: round.against,
      },
    });
  }
}
