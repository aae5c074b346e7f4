// Big arrays sent to or from a worker a slice at a time. A message is copied (structured clone)
// in one go on each side: 85,000 forecasts in one message hold the page for about a third of a
// second while it is read. In slices of CHUNK_ITEMS, each message takes a millisecond or two
// (ten or twenty on a busy machine), and the sender can let the page breathe between them.
import type { AppData, Forecast, Judgement, Source } from '../domain/model';

/** Items per message: a millisecond or two of copying at the sizes a forecast or source has. */
export const CHUNK_ITEMS = 500;

/** How long a sender on the page posts slices before it lets the page handle other events. */
const SLICE_MS = 25;

export interface ArrayChunk {
  /** Which array the items belong to. */
  name: string;
  items: unknown[];
}

/** Every named array in slices, in order; an empty array still sends one (empty) slice. */
export function* arrayChunks(
  arrays: Readonly<Record<string, readonly unknown[]>>,
  size = CHUNK_ITEMS,
): Generator<ArrayChunk> {
  for (const [name, items] of Object.entries(arrays)) {
    if (items.length === 0) yield { name, items: [] };
    for (let start = 0; start < items.length; start += size) {
      yield { name, items: items.slice(start, start + size) };
    }
  }
}

/** The receiving end: slices added as they arrive, each array taken whole at the end. */
export class ArrayAssembler {
  private readonly arrays = new Map<string, unknown[]>();

  add(chunk: ArrayChunk): void {
    const items = this.arrays.get(chunk.name);
    if (items === undefined) this.arrays.set(chunk.name, chunk.items);
    else for (const item of chunk.items) items.push(item);
  }

  /** The items sent under `name` (none if nothing was), as the type the sender had. */
  take<T>(name: string): T[] {
    const items = this.arrays.get(name) ?? [];
    this.arrays.delete(name);
    return items as T[];
  }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Posts the arrays slice by slice from the page, yielding to it every SLICE_MS so that sending
 * 85,000 forecasts never holds it for long. Stops early when `stopped()` turns true.
 */
export async function postInChunks(
  post: (chunk: ArrayChunk) => void,
  arrays: Readonly<Record<string, readonly unknown[]>>,
  stopped: () => boolean = () => false,
): Promise<void> {
  let sliceStart = performance.now();
  for (const chunk of arrayChunks(arrays)) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
    if (stopped()) return;
    post(chunk);
  }
}

/** A document's arrays, to send with `postInChunks` (its lexicon, small, goes in one message). */
export function documentArrays(data: AppData): Record<string, readonly unknown[]> {
  return { sources: data.sources, forecasts: data.forecasts, judgements: data.judgements };
}

/** The document `documentArrays` sent, once every slice has arrived, with its lexicon. */
export function assembleDocument(received: ArrayAssembler, lexicon: AppData['lexicon']): AppData {
  return {
    sources: received.take<Source>('sources'),
    forecasts: received.take<Forecast>('forecasts'),
    judgements: received.take<Judgement>('judgements'),
    ...(lexicon !== undefined && { lexicon }),
  };
}
