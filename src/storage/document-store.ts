// The only code that touches localStorage. Every call is wrapped: a browser may refuse storage
// (SecurityError), run out of it (QuotaExceededError) or hand back a string some other version
// or a corruption wrote. Whatever happens, the user's stored data is never overwritten by a
// version of the app that could not read it.
//
// The stored form is a small manifest under the main key and compressed shards under content-
// addressed keys (manifest.ts, codec.ts). A save writes the shards the manifest will need that
// are not stored yet, then the manifest in one setItem (the commit point), then removes the
// shards nothing refers to any more. A failed write removes what it wrote and leaves the previous
// manifest and its shards as they were. The codec is loaded only when there is data to read or
// write, so this module stays small enough for the first load. Reading is DocumentReader's
// (document-reader.ts).
import { describeError } from '../shared/errors';
import type { AppData } from '../domain/model';
import type { EncodedDocument } from './codec-types';
import { DocumentReader } from './document-reader';
import type { Head } from './document-types';
import { SCHEMA_VERSION, type Envelope } from './envelope';
import { writeProblem, type StorageProblem, type UnwrittenChanges } from './storage-problems';

export { READ_BACKOFF_MS } from './document-reader';
export type { DocumentStoreOptions, Head, LoadResult } from './document-types';

export type SaveResult = { ok: true; rev: number } | { ok: false; problem: StorageProblem };

export class DocumentStore extends DocumentReader {
  /**
   * Puts what `ours` changed since `base` in this tab's outbox, for a tab that must not write
   * the document (outbox.ts). Null when nothing changed.
   */
  keepUnwritten(base: AppData, ours: AppData): UnwrittenChanges | null {
    return this.outboxes?.write(base, ours, this.now().toISOString()) ?? 'in memory';
  }
  /** The three-way merge of a save that found another tab's; only once the codec is here. */
  merge(base: AppData, ours: AppData, theirs: AppData): AppData {
    if (!this.codec) throw new Error('Merging needs the storage codec, which is not loaded');
    return this.codec.mergeDocuments(base, ours, theirs);
  }
  /** See ShardEncoder.encodeAhead; true when there is nothing (left) to encode ahead. */
  encodeAhead(data: AppData, shouldYield: () => boolean): boolean {
    return this.locked !== null || !this.encoder || this.encoder.encodeAhead(data, shouldYield);
  }

  /**
   * Writes `data` over what `head` says is stored (read by the caller, once per save). Shards
   * first, the manifest last; on failure, whatever this save wrote is removed again.
   */
  save(data: AppData, head: Head = this.readHead()): SaveResult {
    if (this.locked) return { ok: false, problem: this.locked };
    if (!this.storage) {
      return {
        ok: false,
        problem: {
          kind: 'unavailable',
          message: 'Storage is unavailable; changes are kept only until you close this page.',
        },
      };
    }
    const header = {
      schemaVersion: SCHEMA_VERSION,
      rev: Math.max(this.rev, head.rev ?? 0) + 1,
      savedAt: this.now().toISOString(),
      writer: this.writer,
    };
    if (!this.encoder) return this.savePlain({ ...header, data }, head);
    let encoded: EncodedDocument;
    try {
      encoded = this.encoder.encode(header, data);
    } catch (error) {
      return {
        ok: false,
        problem: { kind: 'failed', message: `Saving failed: ${describeError(error)}` },
      };
    }
    const existing = this.space.keys();
    const stored = new Set(existing);
    const written: string[] = [];
    try {
      for (const { key, value } of encoded.shards) {
        if (stored.has(key)) continue;
        this.storage.setItem(key, value);
        stored.add(key);
        written.push(key);
        this.space.noteSize(key, value.length);
      }
      this.storage.setItem(this.key, encoded.manifestText);
    } catch (error) {
      for (const key of written) this.space.remove(key);
      return { ok: false, problem: writeProblem(error) };
    }
    this.rev = header.rev;
    this.mainChars = encoded.manifestText.length;
    this.space.collect(encoded.manifest, head.manifest, existing);
    this.outboxes?.clearTaken();
    return { ok: true, rev: header.rev };
  }

  /**
   * Before the codec has arrived (the first seconds of a first visit) a save that cannot wait,
   * on leaving the page, writes the plain JSON envelope: the form every version reads. Only
   * over nothing, since merging with another tab's save needs the codec.
   */
  private savePlain(envelope: Envelope, head: Head): SaveResult {
    if (head.raw !== null)
      return { ok: false, problem: { kind: 'failed', message: 'Saving is still starting up.' } };
    const text = JSON.stringify(envelope);
    try {
      this.storage!.setItem(this.key, text);
    } catch (error) {
      return { ok: false, problem: writeProblem(error) };
    }
    this.rev = envelope.rev;
    this.mainChars = text.length;
    return { ok: true, rev: envelope.rev };
  }

  /**
   * Characters Hindsight's keys and values take in storage (browsers' quotas count UTF-16 code
   * units), the main key as last read or written.
   */
  usedChars(): number {
    return this.space.usedChars(this.key, this.mainChars);
  }

  /**
   * Leaves recovery mode by starting again from `data`. Allowed only once the unreadable data is
   * safe under a backup key, so starting fresh can never destroy the only copy.
   */
  startFresh(data: AppData): SaveResult {
    const problem = this.locked;
    if (problem?.kind !== 'unreadable' || problem.backupKey === null) {
      return {
        ok: false,
        problem: problem ?? { kind: 'failed', message: 'There is nothing to recover from.' },
      };
    }
    this.locked = null;
    this.rev = 0;
    this.encoder?.reset();
    const result = this.save(data);
    if (!result.ok) this.locked = problem;
    return result;
  }
}
