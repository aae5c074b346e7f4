// An old tab, when a newer version of Hindsight runs: data it cannot write, or code it cannot
// load, never crashes it or loses what it holds; it saves, says so, and offers Reload.
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppAlerts } from '../../src/app/AppAlerts';
import { appendJudgement } from '../../src/domain/commands';
import { OUTBOX_KEY_PREFIX, STORAGE_KEY } from '../../src/storage/envelope';
import { lazyPart } from '../../src/ui/lazy-part';
import { clearLoadFailure, loadFailure } from '../../src/ui/load-failure';
import { makeJudgement } from '../support/factories';
import { renderWithProviders } from '../support/render';
import { readStoredData, saveAsNewerVersion } from '../support/stored';

const MISSING = 'Failed to fetch dynamically imported module: http://x/assets/AddArticle-old.js';
const failToLoad = () =>
  act(() => {
    const event = Object.assign(new Event('vite:preloadError'), { payload: new Error(MISSING) });
    window.dispatchEvent(event);
  });

afterEach(() => {
  clearLoadFailure();
  vi.restoreAllMocks();
});

describe('a part whose code will not load', () => {
  it('renders nothing instead of throwing, and reports the failure', async () => {
    const Part = lazyPart<() => null>(() => Promise.reject(new Error(MISSING)));
    render(
      <Suspense fallback="loading">
        <p>Still here</p>
        <Part />
      </Suspense>,
    );
    await vi.waitFor(() => expect(loadFailure()?.message).toBe(MISSING));
    expect(await screen.findByText('Still here')).toBeInTheDocument();
  });

  it('makes the tab save what it holds at once, then say a newer version is running', async () => {
    const { sync } = renderWithProviders(<AppAlerts />);
    const [forecast] = sync.getSnapshot().data.forecasts;
    sync.update((d) =>
      appendJudgement(d, makeJudgement({ id: 'j-new', forecastId: forecast!.id })),
    );
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull(); // a debounced save, not yet written

    failToLoad();
    // Saved in the same task as the failure, before anything is drawn.
    expect(readStoredData()?.judgements.map((j) => j.id)).toEqual(['j-new']);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('A newer version of Hindsight is running. Your work is saved.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('says it could not load, not that a version is newer, when the browser is offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderWithProviders(<AppAlerts />);
    failToLoad();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Part of Hindsight could not be loaded: you seem to be offline.',
    );
  });
});

describe('data saved by a newer version', () => {
  it('turns the tab read-only, keeps its last judgement in its outbox, and says so', async () => {
    const { sync } = renderWithProviders(<AppAlerts />);
    const [forecast] = sync.getSnapshot().data.forecasts;
    sync.update((d) => appendJudgement(d, makeJudgement({ id: 'j-1', forecastId: forecast!.id })));
    sync.saveNow();
    saveAsNewerVersion();
    sync.update((d) => appendJudgement(d, makeJudgement({ id: 'j-2', forecastId: forecast!.id })));
    act(() => sync.saveNow());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('A newer version of Hindsight is running.');
    expect(alert).toHaveTextContent(
      'Your latest changes here are kept in this browser, and added when you reload.',
    );
    const outboxes = Object.keys(localStorage).filter((k) => k.startsWith(OUTBOX_KEY_PREFIX));
    expect(outboxes.map((k) => localStorage.getItem(k))).toEqual([expect.stringContaining('j-2')]);
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});

describe('the notice', () => {
  it('claims no save that did not happen', async () => {
    const { sync } = renderWithProviders(<AppAlerts />, { storage: null });
    const [forecast] = sync.getSnapshot().data.forecasts;
    sync.update((d) => appendJudgement(d, makeJudgement({ forecastId: forecast!.id })));
    failToLoad();
    expect(sync.getSnapshot().unsaved).toBe(true); // no storage: the save could not happen
    const notice = (await screen.findAllByRole('alert')).find((a) =>
      a.textContent?.includes('A newer version'),
    );
    expect(notice).toHaveTextContent(
      'A newer version of Hindsight is running. Reload to carry on.',
    );
  });
});
