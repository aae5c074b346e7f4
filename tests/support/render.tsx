import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { App } from '../../src/app/App';
import { AppProviders, createStoreContext, type StoreOptions } from '../../src/app/providers';
import { ArticlePage, ForecastsPage, SpeakerPage } from '../../src/app/pages/lazy-pages';
import { SEED_DATA } from '../../src/data/seed';
import { STORAGE_CODEC } from '../../src/storage/codec';
import type { DocumentSync } from '../../src/storage/sync/document-sync';

export const TEST_NOW = new Date('2026-11-24T12:00:00.000Z');

/**
 * Renders `ui` (the whole app by default) with a fresh sync engine over
 * the test's localStorage (or the `storage` given), starting from the shipped catalogue.
 */
const engines = new Set<DocumentSync>();

/** Stops every engine a test rendered, so no debounced save lands in the next test's storage. */
export function disposeRenderedEngines(): void {
  for (const engine of engines) engine.dispose();
  engines.clear();
}

// The pages are fetched when first opened; here they are fetched once, before any test renders,
// so a test sees a page in the same render as in a browser that has it already.
await Promise.all([ForecastsPage.preload(), ArticlePage.preload(), SpeakerPage.preload()]);

/** The page the app is rendered on unless a test says otherwise: every forecast. */
export const FORECASTS_PAGE = '/?page=forecasts';

export function renderWithProviders(
  ui: ReactNode = <App />,
  options: Partial<StoreOptions> = {},
  { at = FORECASTS_PAGE }: { at?: string } = {},
) {
  window.history.replaceState(null, '', at);
  const context = createStoreContext({
    storage: localStorage,
    now: () => TEST_NOW,
    initialData: SEED_DATA,
    codec: STORAGE_CODEC,
    ...options,
  });
  engines.add(context.sync);
  const user = userEvent.setup();
  const result = render(<AppProviders context={context}>{ui}</AppProviders>);
  return { ...result, user, sync: context.sync };
}
