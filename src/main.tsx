import { createRoot } from 'react-dom/client';
import { bootStore, loadInitialData } from './app/boot';
import { ErrorBoundary } from './app/ErrorBoundary';
import { OwnApp, readOwnRaw } from './app/OwnApp';
import { AppProviders } from './app/providers';
import { preloadPage } from './app/pages/lazy-pages';
import { readRoute } from './ui/routing/route';
import { reloadOnShareLink } from './app/share-navigation';
import { isShareFragment } from './formats/share-fragment';
import { whenIdle } from './shared/idle';
import { startPageTheme } from './app/page-theme';
import { hasDeskSession } from './storage/desk/has-desk';
import './app/styles.css';
import './app/print.css';

// Before anything renders, so the first paint is in the reader's theme (the CSP forbids the
// usual inline script in index.html).
startPageTheme();

function Failed({ error }: { error: Error }): never {
  throw error;
}

const root = createRoot(document.getElementById('root')!);
const shared = isShareFragment(window.location.hash);
try {
  if (shared) {
    // A shared link: a read-only view of the scorecard it carries, which never reads or writes
    // the user's own data. Its code is fetched only for such a link.
    const { bootSharedView } = await import('./app/shared-view/boot-shared-view');
    const shell = {
      ...{ OwnApp, AppProviders, ErrorBoundary },
      ...{ bootStore, reloadOnShareLink, loadCatalogue: loadInitialData },
    };
    await bootSharedView(root, window.location.hash, shell);
  } else {
    reloadOnShareLink();
    // A bookmarked page's code is fetched while storage is read, not after.
    preloadPage(readRoute(window.location.search));
    // A desk joined: its code, and its copy instead of the reader's own record.
    const desk = hasDeskSession()
      ? await import('./app/desk/boot-desk').then((m) => m.bootDesk(window.localStorage))
      : null;
    root.render(<OwnApp context={desk ?? (await bootStore())} />);
  }
} catch (error) {
  // The boot itself failed (the catalogue could not be fetched, say): the crash screen still
  // offers the stored data (but a shared link's view leaves it alone).
  const failure = error instanceof Error ? error : new Error(String(error));
  root.render(
    <ErrorBoundary readRaw={shared ? () => null : readOwnRaw}>
      <Failed error={failure} />
    </ErrorBoundary>,
  );
}

// Offline use: the service worker registers once the page has loaded and the browser is idle,
// in production builds only (the dev server's modules are not precacheable).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const start = () =>
    void import('./app/service-worker').then((m) => m.startServiceWorker(createRoot));
  const startWhenIdle = () => whenIdle(start, 5000);
  if (document.readyState === 'complete') startWhenIdle();
  else window.addEventListener('load', startWhenIdle, { once: true });
}
