// What the page and the import worker say to each other. The page sends the file, then the
// document to plan against (in slices) and `plan`; it may send the document and `plan` again
// when the document changed before Confirm. The worker answers with progress, then either a
// refusal or the plan's summary. At Confirm the page sends `send`, and the worker answers with
// the plan's patch in slices, then `done`.
import type { LexiconEntry } from '../../domain/model';
import type { ArrayChunk } from '../../formats/chunks';
import type { ImportKind } from '../../formats/import';
import type { PlanSummary } from './plan-summary';

export type ImportStage = 'read' | 'parse' | 'validate' | 'check' | 'plan' | 'receive';

export interface ImportProgress {
  stage: ImportStage;
  /** How far through the stage (bytes read, forecasts validated, items received), if known. */
  done?: number;
  total?: number;
}

export type ToImportWorker =
  | { type: 'import'; file: File; now: number }
  | { type: 'current'; chunk: ArrayChunk }
  /** The document sent in `current` slices is complete: plan the import against it. */
  | { type: 'plan'; lexicon?: LexiconEntry[] }
  /** Send the last plan's patch. */
  | { type: 'send' };

export type FromImportWorker =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'refused'; errors: string[] }
  | {
      type: 'planned';
      kind: ImportKind;
      warnings: string[];
      summary: PlanSummary;
      /** The file's lexicon when it replaces the reader's. */
      lexicon?: LexiconEntry[];
      /** How many items the patch's slices will carry, for the progress bar. */
      items: number;
    }
  | { type: 'patch'; chunk: ArrayChunk }
  | { type: 'done' };
