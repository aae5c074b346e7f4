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
