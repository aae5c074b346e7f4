// The notice that a new version is waiting, drawn only when one is (src/app/service-worker.ts).
import type { createRoot } from 'react-dom/client';
import { UpdateNotice } from './UpdateNotice';

/**
 * Shows the update notice in a live region of its own at the foot of the page. The region is
 * in the page before its words are, so screen readers announce them.
 */
export function showUpdateNotice(update: () => Promise<void>, makeRoot: typeof createRoot): void {
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
