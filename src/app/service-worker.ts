// The service worker that keeps Hindsight working offline (configured in vite.config.ts: Workbox
// precaches the whole build). This module is loaded only in production builds, after the page
// has loaded and the browser is idle (main.tsx), so neither it nor the worker's precaching delays
// the first view. It is the standard registration by hand (a few lines where workbox-window was
// 2 kB gzipped on every first visit): register; when a new version has installed while an older
// one controls the page, offer Reload; Reload tells the waiting worker to take over
// (SKIP_WAITING, which the generated worker listens for) and reloads once it has.
import type { createRoot } from 'react-dom/client';
import { activate } from './reload';

const SCRIPT = `${import.meta.env.BASE_URL}sw.js`;

/**
 * Registers the worker. `makeRoot` is main.tsx's own `createRoot`: importing it here would make
 * the bundler split React DOM's client out of the first load's main chunk, which costs bytes.
 */
export async function startServiceWorker(makeRoot: typeof createRoot): Promise<void> {
  // A first install has no controller yet: nothing is waiting for the reader then.
  const offer = (worker: ServiceWorker) => {
    if (!navigator.serviceWorker.controller) return;
    void import('./show-update-notice').then((m) =>
      m.showUpdateNotice(() => activate(worker), makeRoot),
    );
  };
  let registration: ServiceWorkerRegistration;
  try {
    registration = await navigator.serviceWorker.register(SCRIPT, {
      scope: import.meta.env.BASE_URL,
    });
  } catch (error) {
    // Offline use is lost, nothing else: the page works as before.
    console.warn('Hindsight could not install its service worker:', error);
    return;
  }
  // A browser that blocks service workers may resolve with nothing.
  if (!registration) return;
  // The worker keeps an older version's files while a page of it may still ask for them
  // (public/sw-keep-previous.js); a page that opens lets it drop those no open page needs.
  navigator.serviceWorker.controller?.postMessage({ type: 'HINDSIGHT_PRUNE' });
  if (registration.waiting) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  });
}
