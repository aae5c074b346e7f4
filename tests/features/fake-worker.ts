// jsdom has no Web Workers: this stands in for one, running the worker's own code (its core,
// e.g. importWorker) in this thread, a message per task, as a real worker's messages arrive.
// Plain answers are structured-cloned, as a real worker's are, so the page never shares an
// object with it (a Blob, which jsdom cannot clone, passes as it is). `hold()` makes workers
// made from then on wait before they handle anything, so a test can act while one is busy.
import { vi } from 'vitest';

type Core<In, Out> = (post: (message: Out) => void) => (message: In) => void;

const task = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const copy = <T>(message: T): T =>
  Object.values(message as object).some((value) => value instanceof Blob)
    ? message
    : structuredClone(message);

let gate: Promise<void> = Promise.resolve();
let open: () => void = () => {};

export interface FakeWorker<In> {
  terminated: boolean;
  /** The type of every message the page sent, in order. */
  readonly received: string[];
  /** Resolves once every message the page sent has been handled (or dropped, if terminated). */
  idle(): Promise<void>;
  postMessage(message: In): void;
}

/** Until `releaseWorkers()`, workers made from now on take no message. */
export function holdWorkers(): void {
  gate = new Promise((resolve) => {
    open = resolve;
  });
}

export function releaseWorkers(): void {
  open();
}

/**
 * Installs a fake `Worker` running `core` for one test (undone by vi.unstubAllGlobals), and
 * returns the list of the workers made.
 */
export function useFakeWorker<In extends { type: string }, Out>(core: Core<In, Out>) {
  releaseWorkers();
  const made: FakeWorker<In>[] = [];
  class Fake implements FakeWorker<In> {
    onmessage: ((event: { data: Out }) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    terminated = false;
    readonly received: string[] = [];
    private readonly gate = gate;
    private queue = Promise.resolve();
    private readonly handle = core((message) => {
      const data = copy(message);
      void task().then(() => {
        if (!this.terminated) this.onmessage?.({ data });
      });
    });

    constructor() {
      made.push(this);
    }

    postMessage(message: In): void {
      this.received.push(message.type);
      this.queue = this.queue
        .then(() => this.gate)
        .then(task)
        .then(() => {
          if (!this.terminated) this.handle(message);
        });
    }

    idle(): Promise<void> {
      return this.queue;
    }

    terminate(): void {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', Fake);
  return made;
}
