import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { App } from '../../src/app/App';
import { AppProviders } from '../../src/app/providers';
import { SEED_DATA } from '../../src/data/seed';
import type { AppData } from '../../src/domain/model';
import { DocumentStore } from '../../src/storage/document-store';

export const TEST_NOW = new Date('2026-11-24T12:00:00.000Z');

/**
 * Renders `ui` (the whole app by default) with a fresh QueryClient and a store over the test's
 * localStorage, starting from `initialData` when storage is empty.
 */
export function renderWithProviders(
  ui: ReactNode = <App />,
  {
    initialData = SEED_DATA,
    storage = localStorage as Storage | null,
  }: { initialData?: AppData; storage?: Storage | null } = {},
) {
  const store = new DocumentStore({ storage, writer: 'test', now: () => TEST_NOW });
  const user = userEvent.setup();
  const result = render(<AppProviders context={{ store, initialData }}>{ui}</AppProviders>);
  return { ...result, user, store };
}
