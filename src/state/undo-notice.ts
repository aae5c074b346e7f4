// The notice after a change that takes things out of view (a forecast or an article deleted):
// it says what went and offers Undo, in one place at the foot of the page, because what was
// deleted, and the control that deleted it, are gone from the page.
import { useSyncExternalStore } from 'react';

export interface UndoNotice {
  /** What happened, in a sentence ("Deleted the forecast “…”."). */
  message: string;
  /** The event Undo takes back. */
  eventId: string;
}

let current: UndoNotice | null = null;
const listeners = new Set<() => void>();

function set(notice: UndoNotice | null): void {
  current = notice;
  for (const listener of listeners) listener();
}

export const showUndo = (notice: UndoNotice): void => set(notice);
export const dismissUndo = (): void => set(null);

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUndoNotice(): UndoNotice | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}
