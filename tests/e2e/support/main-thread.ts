// The tasks a page ran on its main thread, from Chromium's trace: each task's wall time and the
// processor time the thread itself spent in it. On a machine busy with other work the operating
// system pauses the thread inside a task, so the wall time grows with the load while the thread
// time stays what the page's own code costs; a budget on the page's work is checked against the
// latter, and the wall time is reported beside it.
import type { Page } from 'playwright-core';

export interface MainThreadTask {
  /** Milliseconds from the task's start to its end. */
  wall: number;
  /** Milliseconds the main thread ran during the task. */
  cpu: number;
}

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Runs `during` while tracing the page; resolves to its main-thread tasks, longest (cpu) first. */
export async function mainThreadTasks<T>(
  page: Page,
  during: () => Promise<T>,
): Promise<{ result: T; tasks: MainThreadTask[] }> {
  const browser = page.context().browser();
  if (!browser) throw new Error('the page has no browser to trace');
  await browser.startTracing(page, { categories: ['toplevel'] });
  let result!: T;
  let trace: Buffer = Buffer.alloc(0);
  try {
    result = await during();
  } finally {
    trace = await browser.stopTracing();
  }
  const { traceEvents } = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] };
  const mainThreads = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = traceEvents
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.name === 'ThreadControllerImpl::RunTask' &&
        mainThreads.has(`${e.pid}:${e.tid}`),
    )
    .map((e) => ({ wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? 0) / 1000 }))
    .sort((a, b) => b.cpu - a.cpu);
  return { result, tasks };
}

/** "longest 84 ms of the thread's time (97 ms wall)" for a log line. */
export const describeLongest = (tasks: readonly MainThreadTask[]): string => {
  const top = tasks[0] ?? { cpu: 0, wall: 0 };
  const wall = Math.max(0, ...tasks.map((t) => t.wall));
  return `longest task ${Math.round(top.cpu)} ms of the thread's time (${Math.round(top.wall)} ms wall; longest wall ${Math.round(wall)} ms), ${tasks.length} tasks`;
};
