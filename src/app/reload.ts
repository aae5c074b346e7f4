// Reloading into the newest version Hindsight has: when a new version's service worker is
// waiting, it is asked to take over first (SKIP_WAITING, which the generated worker listens
// for) and the page reloads once it has; otherwise the page simply reloads, and the server or
// the worker in control hands it whatever version is current.

/** How long a waiting worker may take to take over before the page reloads anyway. */
const TAKE_OVER_MS = 10_000;

/** Asks the waiting worker to take over, and reloads the page into the new version. */
export function activate(worker: ServiceWorker): Promise<void> {
  return new Promise(() => {
    const reload = () => window.location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true });
    worker.postMessage({ type: 'SKIP_WAITING' });
    setTimeout(reload, TAKE_OVER_MS);
  });
}

/** Reloads into the newest version there is: the waiting worker's, if one waits. */
export async function reloadIntoNewest(): Promise<void> {
  let waiting: ServiceWorker | null = null;
  try {
    const registration = await navigator.serviceWorker?.getRegistration();
    if (navigator.serviceWorker.controller) waiting = registration?.waiting ?? null;
  } catch {
    // No service worker to ask: a plain reload.
  }
  if (waiting) return activate(waiting);
  window.location.reload();
}
