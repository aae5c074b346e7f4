// Encodes the document for storage, remembering each shard's encoded form together with the
// very elements (by identity) it was made from. The domain's updates are immutable, so an
// untouched shard holds the same objects as last time and is neither serialised nor compressed
// again: a save at 10,000 forecasts compresses the one shard a judgement touched.
import { startsWithItems } from '../shared/same-items';
import type { AppData } from '../domain/model';
import type { EncodedDocument, ShardEncoder } from './codec-types';
import { compress, contentHash } from './compression';
import type { Envelope } from './envelope';
import { MANIFEST_FORMAT, MANIFEST_VERSION, shardKey, type Manifest } from './manifest';
import {
  chooseShardCount,
  codesToString,
  estimateChars,
  idHash,
  isSharded,
  shardingId,
  SLOT_OFFSET,
  TARGET_SHARD_CHARS,
} from './sharding';

type Parts = Record<string, unknown[]>;
interface Encoded {
  parts: Parts;
  hash: string;
  value: string;
}
interface Layout {
  fields: string[];
  parts: Parts[];
  order: Record<string, string>;
  rest: Record<string, unknown>;
}

function sameParts(a: Parts, b: Parts): boolean {
  // A shard a save did not touch keeps its very parts (see grown()).
  if (a === b) return true;
  const fields = Object.keys(a);
  if (fields.length !== Object.keys(b).length) return false;
  for (const field of fields) {
    const x = a[field]!;
    const y = Object.hasOwn(b, field) ? b[field] : undefined;
    if (!y || x.length !== y.length) return false;
    if (x === y) continue;
    for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return false;
  }
  return true;
}

export class IncrementalEncoder implements ShardEncoder {
  private count = 0;
  private slots = new Map<string, number>();
  /** Per shard: what it was last encoded from, and the result. */
  private cache: (Encoded | null)[] = [];
  /** The last partition, by the document it was made from: the slices and the save share it. */
  private last: { data: AppData; count: number; layout: Layout } | null = null;

  /** `shardChars`: the shard size aimed at (tests make it small, to have many shards). */
  constructor(private readonly shardChars = TARGET_SHARD_CHARS) {}

  reset(): void {
    this.count = 0;
    this.slots.clear();
    this.cache = [];
    this.last = null;
  }

  private useCount(count: number): void {
    if (count === this.count) return;
    this.count = count;
    this.slots.clear();
    this.cache = [];
  }

  private slotOf(item: unknown): number {
    const id = shardingId(item)!;
    let slot = this.slots.get(id);
    if (slot === undefined) {
      slot = idHash(id) & (this.count - 1);
      this.slots.set(id, slot);
    }
    return slot;
  }

  /** Which shard holds each element, per shard the elements it holds, and the small fields. */
  private partition(data: AppData): Layout {
    if (this.last?.data === data && this.last.count === this.count) return this.last.layout;
    const layout = this.layOut(data);
    this.last = { data, count: this.count, layout };
    return layout;
  }

  private layOut(data: AppData): Layout {
    const record = data as unknown as Record<string, unknown>;
    const fields = Object.keys(record).filter((f) => record[f] !== undefined);
    const previous = this.last;
    if (previous?.count === this.count) {
      const layout = this.grown(previous.data, previous.layout, record, fields);
      if (layout) return layout;
    }
    const sharded = fields.filter((f) => isSharded(record[f]));
    this.useCount(chooseShardCount(this.count, estimateChars(record, sharded), this.shardChars));
    // Objects without a prototype: a field may be called anything, `valueOf` included.
    const parts: Parts[] = Array.from({ length: this.count }, () => Object.create(null) as Parts);
    const order = Object.create(null) as Record<string, string>;
    for (const field of sharded) {
      const items = record[field] as unknown[];
      const codes = new Uint16Array(items.length);
      for (let i = 0; i < items.length; i += 1) {
        const slot = this.slotOf(items[i]);
        codes[i] = slot + SLOT_OFFSET;
        (parts[slot]![field] ??= []).push(items[i]);
      }
      order[field] = codesToString(codes);
    }
    const rest = Object.create(null) as Record<string, unknown>;
    for (const field of fields) if (!sharded.includes(field)) rest[field] = record[field];
    return { fields, parts, order, rest };
  }

  /**
   * The layout of a document whose sharded arrays are the last one's, or those with items added
   * at the end (a judgement: the log only grows), made from the last layout: only the shards
   * the new items go to get new parts, and the others keep theirs, so at 10,000 forecasts a save
   * neither re-partitions every item nor compares every shard. Null for any other change, and
   * when the shard count would change; the full layOut then gives exactly the same result.
   */
  private grown(
    previousData: AppData,
    previous: Layout,
    record: Record<string, unknown>,
    fields: string[],
  ): Layout | null {
    const before = previousData as unknown as Record<string, unknown>;
    if (fields.length !== previous.fields.length || fields.some((f, i) => previous.fields[i] !== f))
      return null;
    const sharded = Object.keys(previous.order);
    const rest = Object.create(null) as Record<string, unknown>;
    for (const field of fields) {
      if (field in previous.order) continue;
      // A small field; one that has become shardable takes the full path.
      if (record[field] !== before[field] && isSharded(record[field])) return null;
      rest[field] = record[field];
    }
    const added: [string, unknown[]][] = [];
    for (const field of sharded) {
      const items = record[field];
      const old = before[field] as unknown[];
      if (items === old) continue;
      if (!Array.isArray(items) || !startsWithItems(items, old)) return null;
      const more = items.slice(old.length);
      if (!more.every((item) => shardingId(item) !== null)) return null;
      added.push([field, more]);
    }
    if (
      chooseShardCount(this.count, estimateChars(record, sharded), this.shardChars) !== this.count
    )
      return null;
    const parts = previous.parts.slice();
    const order = Object.assign(Object.create(null) as Record<string, string>, previous.order);
    const touched = new Map<number, Parts>();
    const copied = new Set<string>();
    for (const [field, more] of added) {
      const codes = new Uint16Array(more.length);
      more.forEach((item, i) => {
        const slot = this.slotOf(item);
        codes[i] = slot + SLOT_OFFSET;
        let part = touched.get(slot);
        if (!part)
          touched.set(slot, (part = Object.assign(Object.create(null) as Parts, parts[slot])));
        // Each list a save adds to is copied once: the last layout's stays as it was.
        if (!copied.has(`${slot} ${field}`)) {
          copied.add(`${slot} ${field}`);
          part[field] = part[field]?.slice() ?? [];
        }
        part[field]!.push(item);
      });
      order[field] = previous.order[field]! + codesToString(codes);
    }
    // A touched shard lists its fields in the order the full layout gives them, so that the same
    // document always makes the same shard (its key is its content's hash).
    for (const [slot, part] of touched) {
      const ordered = Object.create(null) as Parts;
      for (const field of sharded) if (part[field]) ordered[field] = part[field];
      parts[slot] = ordered;
    }
    return { fields, parts, order, rest };
  }

  /** The shard's encoded form: remembered if its elements are the same, else made now. */
  private encodeSlot(slot: number, parts: Parts): Encoded | null {
    if (Object.keys(parts).length === 0) return (this.cache[slot] = null);
    const cached = this.cache[slot];
    if (cached && sameParts(parts, cached.parts)) return cached;
    const value = compress(JSON.stringify(parts));
    return (this.cache[slot] = { parts, value, hash: contentHash(value) });
  }

  encodeAhead(data: AppData, shouldYield: () => boolean): boolean {
    const { parts } = this.partition(data);
    for (let slot = 0; slot < parts.length; slot += 1) {
      const cached = this.cache[slot];
      const clean = cached
        ? sameParts(parts[slot]!, cached.parts)
        : Object.keys(parts[slot]!).length === 0;
      if (clean) continue;
      if (shouldYield()) return false;
      this.encodeSlot(slot, parts[slot]!);
    }
    return true;
  }

  encode(header: Omit<Envelope, 'data'>, data: AppData): EncodedDocument {
    const { fields, parts, order, rest } = this.partition(data);
    const shards: EncodedDocument['shards'] = [];
    const hashes = parts.map((p, slot) => {
      const encoded = this.encodeSlot(slot, p);
      if (encoded) shards.push({ key: shardKey(encoded.hash), value: encoded.value });
      return encoded?.hash ?? null;
    });
    // `format` first: the kind of a stored string shows from its first characters.
    const manifest: Manifest = {
      format: MANIFEST_FORMAT,
      version: MANIFEST_VERSION,
      schemaVersion: header.schemaVersion,
      rev: header.rev,
      savedAt: header.savedAt,
      writer: header.writer,
      fields,
      rest,
      order,
      shards: hashes,
    };
    return { manifest, manifestText: JSON.stringify(manifest), shards };
  }

  adopt(manifest: Manifest, data: AppData, values: ReadonlyMap<string, string>): void {
    this.reset();
    const count = manifest.shards.length;
    // Only a layout this encoder would have made can be taken over as it is.
    if (count === 0 || (count & (count - 1)) !== 0) return;
    this.useCount(count);
    const record = data as unknown as Record<string, unknown>;
    const parts: Parts[] = manifest.shards.map(() => Object.create(null) as Parts);
    for (const [field, order] of Object.entries(manifest.order)) {
      const items = record[field];
      if (!Array.isArray(items) || items.length !== order.length) return this.reset();
      for (let i = 0; i < items.length; i += 1)
        (parts[order.charCodeAt(i) - SLOT_OFFSET]![field] ??= []).push(items[i]);
    }
    this.cache = manifest.shards.map((hash, slot) => {
      const value = hash === null ? undefined : values.get(shardKey(hash));
      return hash === null || value === undefined ? null : { parts: parts[slot]!, hash, value };
    });
    // The stored layout is the last layout too, so the first save after a load (a judgement)
    // builds on it, as every later one does, instead of partitioning the whole document.
    const order = Object.assign(Object.create(null) as Record<string, string>, manifest.order);
    const rest = Object.create(null) as Record<string, unknown>;
    for (const field of manifest.fields) if (!(field in order)) rest[field] = record[field];
    this.last = { data, count, layout: { fields: [...manifest.fields], parts, order, rest } };
  }
}
