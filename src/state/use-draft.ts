import { useCallback, useState } from 'react';
import { clearDraft, readDraft, writeDraft } from '../storage/drafts';

/**
 * A field's text while the reader types it, kept as a draft that survives a reload
 * (src/storage/drafts.ts) until `commit`ted or dropped. Starts from the draft kept under `key`,
 * if there is one, else from `initial`.
 */
export function useDraft(key: string, initial: string) {
  const [text, setText] = useState(() => readDraft(key) ?? initial);
  const change = useCallback(
    (next: string) => {
      setText(next);
      if (next === initial) clearDraft(key);
      else writeDraft(key, next);
    },
    [key, initial],
  );
  /** The draft is in the record now (or was dropped): forget it. */
  const settle = useCallback(() => clearDraft(key), [key]);
  return [text, change, settle] as const;
}
