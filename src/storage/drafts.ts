// What a reader is typing and has not committed yet (a judgement's note, an evidence address),
// kept in this tab's sessionStorage so that a reload does not lose it. It is not part of the
// record: it never leaves the tab, and it is gone once committed or the tab is closed. Every call
// is wrapped, since a browser may refuse storage; a draft that cannot be kept is only in memory.
const PREFIX = 'hindsight:draft:';

function session(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

export function readDraft(key: string): string | null {
  try {
    return session()?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

/** Keeps `text` as the draft under `key`; an empty draft is no draft. */
export function writeDraft(key: string, text: string): void {
  try {
    if (text === '') session()?.removeItem(PREFIX + key);
    else session()?.setItem(PREFIX + key, text);
  } catch {
    // Full or refused: the draft stays in the field, as it always did.
  }
}

export function clearDraft(key: string): void {
  try {
    session()?.removeItem(PREFIX + key);
  } catch {
    // Nothing kept, nothing to clear.
  }
}
