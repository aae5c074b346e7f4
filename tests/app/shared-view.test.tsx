import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { OwnApp } from '../../src/app/OwnApp';
import { AppProviders, createStoreContext } from '../../src/app/providers';
import type { AppShell } from '../../src/app/shared-view/app-shell';
import { readOnlyDocument } from '../../src/app/shared-view/read-only-document';
import { SharedViewRoot } from '../../src/app/shared-view/SharedViewRoot';
import { SEED_DATA } from '../../src/data/seed';
import { decodeShareFragment, encodeShareFragment } from '../../src/formats/share-link';
import { STORAGE_CODEC } from '../../src/storage/codec';
import { makeData, makeForecast, makeJudgement } from '../support/factories';
import { FORECASTS_PAGE, TEST_NOW } from '../support/render';
import { flushPendingSaves, readStoredData, storageEntries } from '../support/stored';

const SHARED_FORECAST = makeForecast({ id: 'shared-1', claim: 'Shared: the ceasefire holds.' });
const SHARED = makeData({
  forecasts: [SHARED_FORECAST],
  judgements: [makeJudgement({ forecastId: 'shared-1', outcome: 'correct' })],
});

const contexts: { dispose: () => void }[] = [];
afterEach(() => {
  for (const c of contexts.splice(0)) c.dispose();
  window.history.replaceState(null, '', '/');
});

function shell(): AppShell {
  return {
    OwnApp,
    loadCatalogue: async () => SEED_DATA,
    AppProviders,
    ErrorBoundary,
    bootStore: vi.fn(async () => {
      const context = createStoreContext({
        storage: localStorage,
        initialData: SEED_DATA,
        codec: STORAGE_CODEC,
        now: () => TEST_NOW,
      });
      contexts.push(context.sync);
      return context;
    }),
    reloadOnShareLink: () => () => {},
  };
}

function openLink(hash: string, appShell = shell()) {
  window.history.replaceState(null, '', `${FORECASTS_PAGE}${hash}`);
  const user = userEvent.setup();
  render(
    <SharedViewRoot shell={appShell} hash={hash} result={decodeShareFragment(hash, TEST_NOW)} />,
  );
  return { user, appShell };
}

describe('the read-only document', () => {
  it('refuses every change and never reports one', () => {
    const engine = readOnlyDocument(SHARED);
    const listener = vi.fn();
    engine.subscribe(listener);
    expect(engine.update(() => makeData())).toBe(false);
    expect(engine.getSnapshot()).toMatchObject({ data: SHARED, readOnly: true, problem: null });
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('a shared link', () => {
  it('shows the scorecard as a read-only report and leaves storage alone', async () => {
    localStorage.setItem('unrelated', 'kept');
    const before = storageEntries();
    const { appShell } = openLink(encodeShareFragment(SHARED, TEST_NOW));
    const banner = screen.getByRole('region', { name: 'Shared scorecard' });
    expect(banner).toHaveTextContent(/read-only/);
    expect(banner).toHaveTextContent(/someone’s shared copy/);
    const card = await screen.findByRole('article', { name: SHARED_FORECAST.claim });
    // Reading matter: the outcome in words, and no control to change it, greyed out or not.
    const judgement = within(card).getByRole('group', { name: 'Judgement' });
    expect(within(judgement).getByText('Correct')).toBeInTheDocument();
    expect(within(card).queryAllByRole('radio')).toEqual([]);
    expect(within(card).queryAllByRole('textbox')).toEqual([]);
    for (const name of ['Add article', 'Import', 'Edit forecast', 'Delete forecast'])
      expect(screen.queryByRole('button', { name })).toBeNull();
    expect(document.querySelectorAll(':disabled')).toHaveLength(0);
    expect(screen.getAllByRole('article')).toHaveLength(1);
    flushPendingSaves();
    expect(storageEntries()).toEqual(before);
    expect(appShell.bootStore).not.toHaveBeenCalled();
    expect(document.title).toBe('Shared scorecard – Hindsight');
  });

  it('imports into the user’s own data through the Import preview, then shows it editable', async () => {
    const { user } = openLink(encodeShareFragment(SHARED, TEST_NOW));
    await user.click(screen.getByRole('button', { name: 'Import into my Hindsight' }));
    const preview = await screen.findByRole('dialog', { name: 'Import preview' });
    expect(preview).toHaveTextContent('Adds 1 article and 1 forecast');
    expect(readStoredData()).toBeNull();
    await user.click(within(preview).getByRole('button', { name: 'Confirm import' }));

    expect(screen.queryByRole('region', { name: 'Shared scorecard' })).toBeNull();
    expect(window.location.hash).toBe('');
    // Other live regions (the review queue's, the shortcuts') are statuses too: this is the one
    // that reports the import.
    const done = screen
      .getAllByRole('status')
      .find((el) => el.textContent?.includes('Imported the shared scorecard'));
    expect(done).toHaveTextContent(
      'Imported the shared scorecard: 1 new forecast, 0 changed, 1 new judgement.',
    );
    await waitFor(() => expect(done).toHaveFocus());
    const card = screen.getByRole('article', { name: SHARED_FORECAST.claim });
    expect(within(card).getByRole('radio', { name: 'Incorrect' })).toBeEnabled();
    expect(screen.getAllByRole('article')).toHaveLength(SEED_DATA.forecasts.length + 1);
    await waitFor(() =>
      expect(readStoredData()?.forecasts.map((f) => f.id)).toContain(SHARED_FORECAST.id),
    );
    expect(document.title).toBe('Hindsight');
  });

  it('changes nothing when the import is cancelled', async () => {
    const { user } = openLink(encodeShareFragment(SHARED, TEST_NOW));
    await user.click(screen.getByRole('button', { name: 'Import into my Hindsight' }));
    const preview = await screen.findByRole('dialog', { name: 'Import preview' });
    await user.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog', { name: 'Import preview' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Shared scorecard' })).toBeInTheDocument();
    flushPendingSaves();
    expect(readStoredData()).toBeNull();
  });

  it('that is broken shows an alert and the way to the user’s own Hindsight', () => {
    localStorage.setItem('hindsight', 'whatever was there');
    const before = storageEntries();
    openLink('#share=%%%not-base64');
    expect(screen.getByRole('alert')).toHaveTextContent('This shared link could not be opened.');
    expect(screen.getByRole('link', { name: 'Open my Hindsight' })).toHaveAttribute(
      'href',
      FORECASTS_PAGE,
    );
    expect(screen.queryByRole('region', { name: 'Shared scorecard' })).toBeNull();
    expect(storageEntries()).toEqual(before);
  });
});
