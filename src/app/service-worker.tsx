// The service worker that keeps Hindsight working offline (configured in vite.config.ts). This
// module is loaded only in production builds, after the page has loaded and the browser is idle
// (main.tsx), so neither it nor the worker's precaching delays the first view.
import type { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { UpdateNotice } from './UpdateNotice';

/**
 * Shows the update notice in a live region of its own at the foot of the page. The region is
 * in the page before its words are, so screen readers announce them.
 */
function showUpdateNotice(update: () => Promise<void>, makeRoot: typeof createRoot): void {
  if (document.querySelector('.update-notice')) return;
  const region = document.createElement('div');
  region.className = 'update-notice';
  region.setAttribute('role', 'status');
  document.body.append(region);
  const root = makeRoot(region);
  const dismiss = () => {
    root.unmount();
    region.remove();
  };
  requestAnimationFrame(() => root.render(<UpdateNotice onReload={update} onLater={dismiss} />));
}

/**
 * Registers the worker. `makeRoot` is main.tsx's own `createRoot`: importing it here would make
 * the bundler split React DOM's client out of the first load's main chunk, which costs bytes.
 */
export function startServiceWorker(makeRoot: typeof createRoot): void {
  const update = registerSW({
    // main.tsx has already waited for the page to load.
    immediate: true,
    onNeedRefresh: () => showUpdateNotice(() => update(true), makeRoot),
    onRegisterError: (error: unknown) => {
      // Offline use is lost, nothing else: the page works as before.
      console.warn('Hindsight could not install its service worker:', error);
    },
  });
}
