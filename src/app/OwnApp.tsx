import { StrictMode, type ReactNode } from 'react';
import type { StoreContextValue } from '../state/store-context';
import { browserStorage } from '../storage/storage-problems';
import { readRawStorage } from '../storage/raw';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { AppProviders } from './providers';

export const readOwnRaw = () => readRawStorage(browserStorage());

/** The app over the user's own stored data; `children` render first, inside its providers. */
export function OwnApp({
  context,
  children,
}: {
  context: StoreContextValue;
  children?: ReactNode;
}) {
  return (
    <StrictMode>
      <ErrorBoundary readRaw={readOwnRaw} onCrash={() => context.sync.saveNow()}>
        <AppProviders context={context}>
          {children}
          <App />
        </AppProviders>
      </ErrorBoundary>
    </StrictMode>
  );
}
