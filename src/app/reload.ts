// Reloading into the newest version Hindsight has: when a new version's service worker is
// waiting, it is asked to take over first (SKIP_WAITING, which the generated worker listens
// for) and the page reloads once it has; otherwise the page simply reloads, and the server or
// the worker in control hands it whatever version is current.

/** How long a waiting worker may take to take over before the page reloads anyway. */
const TAKE_OVER_MS = 10_000;

/** Asks the waiting worker to take over, and reloads the page into the new version. */
export function activate(worker: ServiceWorker): Promise<void> {
  return new Promise(() => {
    // Once only: when the worker takes over just after the time allowed (it waits for the
    // fetches the old one is still answering, parts loading as the reader scrolls), a second
    // reload in the middle of the first cancels it, and Chromium then loads neither.
    let reloading = false;
    const reload = () => {
      if (reloading) return;
      reloading = true;
      window.location.reload();
    };
    navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true });
    worker.postMessage({ type: 'SKIP_WAITING' });
    setTimeout(reload, TAKE_OVER_MS);
  });
}

/** Reloads into the newest version there is: the waiting worker's, if one waits. */
export function reloadIntoNewest(): void {
  const reload = () => window.location.reload();
  const workers = navigator.serviceWorker;
  if (!workers?.controller) return reload();
  workers.getRegistration().then((r) => (r?.waiting ? void activate(r.waiting) : reload()), reload);
}
