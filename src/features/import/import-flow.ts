// One chosen file's way through an import, loaded with the import code once a file is chosen
// (the Import button in the first load only holds the state it shows): plan it in the worker,
// show the preview, and at Confirm bring the patch over and apply it, planning again if the
// document changed meanwhile. Once cancelled, a flow says nothing more.
import type { AppliedImport } from '../../domain/import-undo';
import type { AppData } from '../../domain/model';
import { ImportJob, type ImportOutcome, type PlannedImport } from './import-job';

export { coolWorker, warmWorker } from './import-job';
import type { ImportProgress } from './import-messages';

/** What the Import button shows; each call replaces what the last one showed. */
export interface ImportView {
  working(working: { fileName: string; progress: ImportProgress } | null): void;
  pending(pending: { fileName: string; planned: PlannedImport } | null): void;
  refused(errors: string[]): void;
  applied(applied: { fileName: string; plan: AppliedImport }): void;
}

export interface DocumentAccess {
  /** The document as it is now, not as at the last render. */
  current(): AppData;
  update(change: (data: AppData) => AppData): boolean;
  /** The clock, which the import stamps its events with. */
  now(): Date;
}

/** Confirm plans again when the document changed since the preview; this many times at most. */
const PLANS_AT_CONFIRM = 3;
/** How long Confirm waits before it shows the progress of bringing the import over. */
const QUIET_MS = 150;

export class ImportFlow {
  private readonly job: ImportJob;
  private readonly fileName: string;
  private stopped = false;
  private quietUntil = 0;

  constructor(
    private readonly file: File,
    private readonly view: ImportView,
    private readonly document: DocumentAccess,
  ) {
    this.fileName = file.name;
    this.job = new ImportJob(file, document.now(), (progress) => {
      if (!this.stopped && performance.now() >= this.quietUntil)
        view.working({ fileName: this.fileName, progress });
    });
  }

  /** Reads, checks and plans the file against `current`, the document shown when it was chosen. */
  async start(current: AppData): Promise<void> {
    const progress: ImportProgress = { stage: 'read', done: 0, total: this.file.size };
    this.view.working({ fileName: this.fileName, progress });
    this.settle(await this.job.plan(current));
  }

  /** Stops the worker; nothing this flow started shows anything from now on. */
  cancel(): void {
    this.stopped = true;
    this.job.cancel();
  }

  /** Shows what a plan came to; true when it is a plan to preview. */
  private settle(outcome: ImportOutcome): boolean {
    if (this.stopped) return false;
    this.view.working(null);
    if (outcome.status === 'planned') {
      this.view.pending({ fileName: this.fileName, planned: outcome.planned });
      return true;
    }
    this.cancel();
    if (outcome.status === 'refused') this.view.refused(outcome.errors);
    return false;
  }

  /** Brings the plan's patch over and applies it, planning again if the document changed. */
  async confirm(first: PlannedImport): Promise<void> {
    this.view.pending(null);
    // A small import applies at once: its progress would only flash.
    this.quietUntil = performance.now() + QUIET_MS;
    let planned = first;
    for (let attempt = 1; ; attempt += 1) {
      const done: { applied?: AppliedImport } = {};
      let allowed = true;
      if (this.document.current() === planned.against) {
        const patch = await this.job.patch().catch((error: unknown) => error as Error);
        if (this.stopped || patch === null) return;
        if (patch instanceof Error) return this.finish(undefined, patch.message);
        allowed = this.document.update((current) => {
          if (current !== planned.against) return current;
          const result = this.job.apply(current, patch);
          done.applied = result.applied;
          return result.data;
        });
      }
      if (done.applied !== undefined || !allowed || attempt === PLANS_AT_CONFIRM) {
        const why = allowed ? 'your data kept changing' : 'your data cannot be changed just now';
        return this.finish(done.applied, `(root): not imported: ${why}; try again`);
      }
      // The document changed since the preview (another tab saved, say): plan against it now.
      this.view.working({ fileName: this.fileName, progress: { stage: 'plan' } });
      const outcome = await this.job.plan(this.document.current());
      if (this.stopped) return;
      if (outcome.status !== 'planned') return void this.settle(outcome);
      planned = outcome.planned;
    }
  }

  private finish(applied: AppliedImport | undefined, error: string): void {
    this.cancel();
    this.view.working(null);
    if (applied !== undefined) this.view.applied({ fileName: this.fileName, plan: applied });
    else this.view.refused([error]);
  }
}
