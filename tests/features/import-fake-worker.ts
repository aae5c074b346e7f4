// jsdom has no Web Workers: this stands in for the import worker, running the worker's own code
// (importWorker) in this thread, a message per task, as a real worker's messages arrive. The
// worker's answers are structured-cloned, as a real worker's are, so the page never shares an
// object with it. `hold()` makes the worker wait before it handles anything, so a test can act
// while an import is under way.
import { vi } from 'vitest';
import type { FromImportWorker, ToImportWorker } from '../../src/features/import/import-messages';
import { importWorker } from '../../src/features/import/import-worker-core';

const task = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class FakeImportWorker {
  static made: FakeImportWorker[] = [];
  private static gate: Promise<void> = Promise.resolve();
  private static open: () => void = () => {};

  /** Until `release()`, workers made from now on take no message. */
  static hold(): void {
    FakeImportWorker.gate = new Promise((resolve) => {
      FakeImportWorker.open = resolve;
    });
  }

  static release(): void {
    FakeImportWorker.open();
  }

  onmessage: ((event: { data: FromImportWorker }) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly received: ToImportWorker['type'][] = [];
  private readonly gate = FakeImportWorker.gate;
  private queue = Promise.resolve();
  private readonly handle = importWorker((message) => {
    const data = structuredClone(message);
    void task().then(() => {
      if (!this.terminated) this.onmessage?.({ data });
    });
  });

  constructor() {
    FakeImportWorker.made.push(this);
  }

  postMessage(message: ToImportWorker): void {
    this.received.push(message.type);
    this.queue = this.queue
      .then(() => this.gate)
      .then(task)
      .then(() => {
        if (!this.terminated) this.handle(message);
      });
  }

  /** Resolves once every message the page sent has been handled (or dropped, if terminated). */
  idle(): Promise<void> {
    return this.queue;
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** Installs the fake as `Worker` for one test (undone by vi.unstubAllGlobals). */
export function useFakeImportWorker(): void {
  FakeImportWorker.made = [];
  FakeImportWorker.release();
  vi.stubGlobal('Worker', FakeImportWorker);
}
