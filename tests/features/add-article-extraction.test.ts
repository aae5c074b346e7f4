// The Add article dialog's extraction worker and its client, without a browser: the client
// against a fake worker (progress, batches, Cancel, failures), and the worker's own message
// handler run in this thread.
import { describe, expect, it, vi } from 'vitest';
import type { Proposal } from '../../src/domain/extract/extract';
import { DEFAULT_LEXICON } from '../../src/domain/lexicon';
import type { ExtractReply, ExtractRequest } from '../../src/features/add-article/extract-messages';
import { PROPOSAL_BATCH } from '../../src/features/add-article/extract-messages';
import { Extractor, isAbort, type WorkerLike } from '../../src/features/add-article/extraction';
import { longInput } from '../domain/extract/long-inputs';

const REQUEST: ExtractRequest = { text: 'x', publishedOn: '2022-12-22', lexicon: [] };
const proposal = (id: string) => ({ id }) as Proposal;

class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  onmessageerror: WorkerLike['onmessageerror'] = null;
  requests: unknown[] = [];
  terminated = false;
  postMessage(message: unknown) {
    this.requests.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: ExtractReply) {
    this.onmessage?.({ data } as MessageEvent<ExtractReply>);
  }
}

function fakes() {
  const made: FakeWorker[] = [];
  const extractor = new Extractor(() => {
    const worker = new FakeWorker();
    made.push(worker);
    return worker;
  });
  return { made, extractor };
}

describe('Extractor', () => {
  it('reports progress, gathers the batches in order, and keeps the worker for the next run', async () => {
    const { made, extractor } = fakes();
    const progress = vi.fn();
    const run = extractor.run(REQUEST, {
      onProgress: progress,
      signal: new AbortController().signal,
    });
    const worker = made[0]!;
    expect(worker.requests).toEqual([REQUEST]);
    worker.reply({ type: 'progress', done: 0.5, sentences: 12 });
    worker.reply({ type: 'proposals', batch: [proposal('a'), proposal('b')] });
    worker.reply({ type: 'proposals', batch: [proposal('c')] });
    worker.reply({ type: 'done' });
    expect((await run).map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(progress).toHaveBeenCalledWith({ done: 0.5, sentences: 12 });
    expect(worker.terminated).toBe(false);

    const again = extractor.run(REQUEST, {
      onProgress: progress,
      signal: new AbortController().signal,
    });
    worker.reply({ type: 'done' });
    expect(await again).toEqual([]);
    expect(made).toHaveLength(1);
  });

  it('Cancel terminates the worker at once, and the next run starts a new one', async () => {
    const { made, extractor } = fakes();
    const controller = new AbortController();
    const run = extractor.run(REQUEST, { onProgress: () => {}, signal: controller.signal });
    made[0]!.reply({ type: 'progress', done: 0.1, sentences: 3 });
    controller.abort();
    await expect(run).rejects.toSatisfy(isAbort);
    expect(made[0]!.terminated).toBe(true);
    // A late message from the stopped worker changes nothing.
    made[0]!.reply({ type: 'done' });
    const next = extractor.run(REQUEST, {
      onProgress: () => {},
      signal: new AbortController().signal,
    });
    expect(made).toHaveLength(2);
    made[1]!.reply({ type: 'done' });
    expect(await next).toEqual([]);
  });

  it('passes on the worker’s error, and says so when the worker cannot load', async () => {
    const { made, extractor } = fakes();
    const signal = new AbortController().signal;
    const failed = extractor.run(REQUEST, { onProgress: () => {}, signal });
    made[0]!.reply({ type: 'error', message: 'publishedOn is not a date' });
    await expect(failed).rejects.toThrow('publishedOn is not a date');
    expect(made[0]!.terminated).toBe(true);

    const unloaded = extractor.run(REQUEST, { onProgress: () => {}, signal });
    made[1]!.onerror?.(new Event('error') as ErrorEvent);
    await expect(unloaded).rejects.toThrow(/could not be loaded .*reload the page/);
  });

  it('never starts a worker for a search already cancelled', async () => {
    const { made, extractor } = fakes();
    const controller = new AbortController();
    controller.abort();
    await expect(
      extractor.run(REQUEST, { onProgress: () => {}, signal: controller.signal }),
    ).rejects.toSatisfy(isAbort);
    expect(made).toHaveLength(0);
  });
});

describe('extract.worker', () => {
  it('posts progress up to the end, then the proposals in batches, then done', async () => {
    const replies: ExtractReply[] = [];
    vi.spyOn(window, 'postMessage').mockImplementation((reply: unknown) => {
      replies.push(reply as ExtractReply);
    });
    await import('../../src/features/add-article/extract.worker');
    // About 750 proposals: more than one batch.
    const text = longInput('capitalised', 150_000);
    const request: ExtractRequest = { text, publishedOn: '2022-12-22', lexicon: DEFAULT_LEXICON };
    window.onmessage?.({ data: request } as MessageEvent);
    const progress = replies.filter((r) => r.type === 'progress');
    const batches = replies.filter((r) => r.type === 'proposals');
    expect(progress.at(-1)).toMatchObject({ done: 1 });
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.map((b) => b.batch.length).slice(0, -1)).toEqual(
      batches.slice(1).map(() => PROPOSAL_BATCH),
    );
    expect(replies.at(-1)).toEqual({ type: 'done' });
    expect(replies.findIndex((r) => r.type === 'proposals')).toBeGreaterThan(
      replies.findLastIndex((r) => r.type === 'progress'),
    );
  });
});
