// What the page and the export worker say to each other: the page sends the document in slices,
// then `export`; the worker says when it starts writing and answers with the file as a Blob,
// which crosses to the page without its text being copied.
import type { LexiconEntry } from '../../domain/model';
import type { PartlyCredit } from '../../domain/scoring';
import type { ArrayChunk } from '../../formats/chunks';
import type { ExportKind } from '../../formats/file-names';

/** The names the record's log is sent under, beside the document's arrays. */
export const LOG_EVENTS = 'log.events';
export const LOG_EDITED = 'log.editedAfterJudgement';

export type ExportStage = 'send' | 'write';

export interface ExportProgress {
  stage: ExportStage;
  /** Items sent so far, while sending. */
  done?: number;
  total?: number;
}

export type ToExportWorker =
  | { type: 'data'; chunk: ArrayChunk }
  | {
      type: 'export';
      kind: ExportKind;
      now: number;
      credit: PartlyCredit;
      mimeType: string;
      lexicon?: LexiconEntry[];
    };

export type FromExportWorker =
  { type: 'writing' } | { type: 'done'; file: Blob } | { type: 'failed'; message: string };
