// What the screens see of the document (DocumentSync's snapshot), and how a load turns into one.
import type { AppData } from '../../domain/model';
import type { LoadResult } from '../document-types';
import type { StorageProblem } from '../storage-problems';

export interface DocumentSnapshot {
  data: AppData;
  /** True when saving would overwrite data this version cannot read. */
  readOnly: boolean;
  problem: StorageProblem | null;
  /** Changes made in memory that are not in storage yet. */
  unsaved: boolean;
  /** Characters the document takes in storage. */
  usedChars: number;
}

/**
 * The snapshot a load gives, and the base of the next three-way merge: the document as stored.
 * Outboxes merged in at the load are unsaved changes over it; with nothing it can show, the
 * page shows `initialData` (the shipped catalogue).
 */
export function snapshotOf(
  result: LoadResult,
  initialData: AppData,
  usedChars: number,
): { snapshot: DocumentSnapshot; base: AppData } {
  const of = (data: AppData, problem: StorageProblem | null, unsaved = false) => ({
    // Storage that is merely unavailable still lets the user work, in memory.
    snapshot: {
      data,
      readOnly: !!problem && problem.kind !== 'unavailable',
      problem,
      unsaved,
      usedChars,
    },
    base: data,
  });
  switch (result.status) {
    case 'ok':
      if (!result.stored) return of(result.data, null);
      return { ...of(result.data, null, true), base: result.stored };
    case 'empty':
      return of(initialData, null);
    case 'blocked':
      return of(initialData, result.problem);
  }
}
