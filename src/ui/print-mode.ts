// Printing shows the whole page: sections that are normally drawn only when scrolled near
// (WhenNearViewport, the windowed forecast list) are drawn while the page prints. The browser
// lays out the printout as soon as `beforeprint` has run, with no time for lazily loaded code to
// arrive, so Ctrl+P / ⌘P is taken over: everything is drawn and loaded first, then the browser's
// own print dialog opens. A print started from the browser's menu draws what it can at once.
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/** Set on a stand-in that waits for its code: printing waits until none is left. */
export const PRINT_PENDING = 'data-print-pending';

/** How long Ctrl+P waits for lazily loaded sections before printing what there is. */
const PREPARE_TIMEOUT_MS = 5000;
/** A moment for charts that measure their box after mounting. */
const SETTLE_MS = 150;

const listeners = new Set<() => void>();
let printing = false;
let requested = false;
let installed = false;

const printNow = () => requested || (printMedia()?.matches ?? false);

function update() {
  const next = printNow();
  if (next === printing) return;
  printing = next;
  for (const listener of listeners) listener();
}

const printMedia = () =>
  typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;

/** Draws everything synchronously: the printout is laid out right after this returns. */
function drawNow(value: boolean) {
  requested = value;
  flushSync(update);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once no stand-in is waiting for its code, or after about `timeoutMs`. */
export async function whenFullyDrawn(timeoutMs = PREPARE_TIMEOUT_MS): Promise<void> {
  const waiting = () => document.querySelector(`[${PRINT_PENDING}], [aria-busy="true"]`);
  const step = 50;
  let waited = 0;
  do {
    await pause(step);
    waited += step;
  } while (waiting() && waited < timeoutMs);
  await pause(SETTLE_MS);
}

/** Draws the whole page, waits for its lazily loaded parts, then opens the print dialog. */
export async function printWholePage(): Promise<void> {
  drawNow(true);
  await whenFullyDrawn();
  window.print();
}

function onKeyDown(event: KeyboardEvent) {
  const isPrintShortcut =
    (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'p';
  if (!isPrintShortcut || event.defaultPrevented) return;
  event.preventDefault();
  void printWholePage();
}

function install() {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  window.addEventListener('beforeprint', () => drawNow(true));
  window.addEventListener('afterprint', () => drawNow(false));
  printMedia()?.addEventListener('change', () => flushSync(update));
  window.addEventListener('keydown', onKeyDown);
  // No one to tell yet: useSyncExternalStore reads the snapshot again after subscribing.
  printing = printNow();
}

function subscribe(listener: () => void) {
  install();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True while the page prints (or is about to, or print media is emulated). */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
}
