// Code that would not load: a lazily loaded part whose file is gone (a newer version has been
// deployed, and this tab's files are no longer served or cached) or could not be fetched
// (offline). Every dynamic import of the build goes through Vite's preload helper, which fires
// `vite:preloadError` when it fails; lazy parts report their own too (lazy-part.ts). The first
// failure is remembered, and the shell (src/app) saves the tab's work and offers Reload.

let failure: Error | null = null;
const listeners = new Set<() => void>();

/** Records a failed load (once) and tells whoever listens: the shell saves, then says so. */
export function reportLoadFailure(error: unknown): void {
  if (failure) return;
  failure = error instanceof Error ? error : new Error(String(error));
  for (const listener of [...listeners]) listener();
}

// Listening from the first load on, so that a failure before the page is drawn counts too.
if (typeof window !== 'undefined')
  window.addEventListener('vite:preloadError', (event) =>
    reportLoadFailure((event as Event & { payload?: unknown }).payload),
  );

/** The first load that failed in this page, or null. */
export const loadFailure = (): Error | null => failure;

/** Calls `listener` when a load first fails; returns the unsubscribe (useSyncExternalStore's shape). */
export function onLoadFailure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: forgets the failure, as a new page would. */
export function clearLoadFailure(): void {
  failure = null;
}
