// The pieces of the app the shared view is built from, handed over by main.tsx rather than
// imported here. Imported, they would be shared between the first-load entry and this lazily
// loaded view, and the bundler would move them into a chunk of their own, with the glue that
// costs every first load (about 1.2 kB gzipped, measured); handed over, they stay where they are.
import type { AppData } from '../../domain/model';
import type { StoreContextValue } from '../../state/store-context';
import type { ErrorBoundary } from '../ErrorBoundary';
import type { OwnApp } from '../OwnApp';
import type { AppProviders } from '../providers';

export interface AppShell {
  OwnApp: typeof OwnApp;
  AppProviders: typeof AppProviders;
  ErrorBoundary: typeof ErrorBoundary;
  /** The shipped catalogue, which a compact link is rebuilt over (src/app/boot.ts). */
  loadCatalogue: () => Promise<AppData>;
  /** Opens the user's own stored data (src/app/boot.ts). */
  bootStore: () => Promise<StoreContextValue>;
  /** main.tsx's watch for a shared link pasted into the address bar (share-navigation.ts). */
  reloadOnShareLink: (current?: string) => () => void;
}
