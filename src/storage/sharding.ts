// Which shard holds what. An array of the data is sharded when every element is an object with
// an id: a judgement goes by its forecastId, so it lives beside its forecast and one change to a
// forecast's history dirties one shard; anything else by its id. Other fields stay whole in the
// manifest. A stable hash of the id picks the shard, out of a power of two.

export const SLOT_OFFSET = 0x20;

type Item = Record<string, unknown>;

export function shardingId(item: unknown): string | null {
  if (typeof item !== 'object' || item === null) return null;
  const { forecastId, id } = item as Item;
  if (typeof forecastId === 'string') return forecastId;
  return typeof id === 'string' ? id : null;
}

export function isSharded(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.length > 0 && value.every((v) => shardingId(v) !== null);
}

/** FNV-1a, 32 bits. */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Aim for shards of about this many characters of JSON: one deflates in about 2.5 ms. */
export const TARGET_SHARD_CHARS = 96 * 1024;
export const MAX_SHARDS = 1024;
const SAMPLES = 8;

/** The JSON size of the sharded arrays, from a few evenly spaced elements of each. */
export function estimateChars(data: Item, fields: readonly string[]): number {
  let total = 0;
  for (const field of fields) {
    const items = data[field] as unknown[];
    const step = Math.max(1, Math.floor(items.length / SAMPLES));
    let chars = 0;
    let seen = 0;
    for (let i = 0; i < items.length && seen < SAMPLES; i += step, seen += 1)
      chars += JSON.stringify(items[i]).length + 1;
    total += (chars / seen) * items.length;
  }
  return total;
}

/**
 * How many shards: a power of two near size ÷ target. A store keeps its count until shards grow
 * a quarter past the target or shrink to an eighth of it, since a new count rewrites every shard.
 */
export function chooseShardCount(
  current: number,
  estimatedChars: number,
  targetChars = TARGET_SHARD_CHARS,
): number {
  const ratio = estimatedChars / targetChars;
  const ideal = Math.min(MAX_SHARDS, 2 ** Math.ceil(Math.log2(Math.max(1, ratio))));
  if (current === 0) return ideal;
  return ratio > current * 1.25 || ratio * 8 < current ? ideal : current;
}

export function codesToString(codes: Uint16Array): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 0x2000)
    out += String.fromCharCode.apply(null, codes.subarray(i, i + 0x2000) as never);
  return out;
}
