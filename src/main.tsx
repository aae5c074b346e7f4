import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootStore } from './app/boot';
import { ErrorBoundary } from './app/ErrorBoundary';
import { AppProviders } from './app/providers';
import { browserStorage } from './storage/document-store';
import { readRawStorage } from './storage/raw';
import './app/styles.css';
import './app/print.css';

function Failed({ error }: { error: Error }): never {
  throw error;
}

const readRaw = () => readRawStorage(browserStorage());
const root = createRoot(document.getElementById('root')!);
try {
  const context = await bootStore();
  root.render(
    <StrictMode>
      <ErrorBoundary readRaw={readRaw}>
        <AppProviders context={context}>
          <App />
        </AppProviders>
      </ErrorBoundary>
    </StrictMode>,
  );
} catch (error) {
  // The boot itself failed (the catalogue could not be fetched, say): the crash screen still
  // offers the stored data.
  const failure = error instanceof Error ? error : new Error(String(error));
  root.render(
    <ErrorBoundary readRaw={readRaw}>
      <Failed error={failure} />
    </ErrorBoundary>,
  );
}

// Offline use: the service worker registers once the page has loaded and the browser is idle,
// in production builds only (the dev server's modules are not precacheable).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const start = () =>
    void import('./app/service-worker').then((m) => m.startServiceWorker(createRoot));
  const whenIdle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 5000 }) : start();
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
