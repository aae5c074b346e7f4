// A card's secondary parts, folded behind a named disclosure on a phone so a card fits about one
// screen, and shown as they are on a wider screen (and in print, where nothing may stay closed).
import { useSyncExternalStore, type ReactNode } from 'react';
import { usePrinting } from './print-mode';

const NARROW = '(max-width: 40rem)';

const narrowQuery = () =>
  typeof window.matchMedia === 'function' ? window.matchMedia(NARROW) : null;

function subscribe(onChange: () => void): () => void {
  const query = narrowQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/** True on a phone-sized screen. */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => narrowQuery()?.matches ?? false,
    () => false,
  );
}

export function Fold({ summary, children }: { summary: string; children: ReactNode }) {
  const narrow = useNarrow();
  const printing = usePrinting();
  if (!narrow || printing) return children;
  return (
    <details className="fold">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
