// The desk's screens over a desk handle whose status the test sets, as the link would (the link
// itself is held to a real server by tests/e2e/desk.e2e.ts): the desk bar, leaving with changes
// waiting, the live line, the disputed forecast on its card and in Disagreements, and the
// scorecard for one judge.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { SEED_DATA } from '../../src/data/seed';
import type { DeskHandle } from '../../src/state/store-context';
import type { DeskStatus } from '../../src/state/use-desk';
import { AppProviders, createStoreContext } from '../../src/app/providers';
import { STORAGE_CODEC } from '../../src/storage/codec';
import type { DocumentSync } from '../../src/storage/sync/document-sync';
import { makeJudgement } from '../support/factories';
import { FORECASTS_PAGE, TEST_NOW } from '../support/render';

const ana = { id: 'm-ana', name: 'Ana' };
const ben = { id: 'm-ben', name: 'Ben' };

function deskHandle(initial: Partial<DeskStatus>) {
  let status: DeskStatus = {
    desk: 'newsroom',
    server: 'http://127.0.0.1:8787',
    me: ana,
    connection: 'online',
    reason: null,
    synced: true,
    role: 'member',
    online: [ana, ben],
    waiting: 0,
    unreadable: 0,
    arrived: null,
    ...initial,
  };
  const listeners = new Set<() => void>();
  const handle: DeskHandle = {
    getStatus: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    retry: vi.fn(),
    leave: vi.fn(),
  };
  const set = (next: Partial<DeskStatus>) =>
    act(() => {
      status = { ...status, ...next };
      for (const listener of listeners) listener();
    });
  return { handle, set };
}

const engines: DocumentSync[] = [];
afterEach(() => {
  for (const engine of engines.splice(0)) engine.dispose();
});

function renderDesk(initial: Partial<DeskStatus>, data = SEED_DATA) {
  const desk = deskHandle(initial);
  const context = createStoreContext({
    storage: localStorage,
    now: () => TEST_NOW,
    initialData: data,
    codec: STORAGE_CODEC,
  });
  engines.push(context.sync);
  window.history.replaceState(null, '', FORECASTS_PAGE);
  render(
    <AppProviders context={{ ...context, desk: desk.handle }}>
      <App />
    </AppProviders>,
  );
  return { ...desk, user: userEvent.setup(), sync: context.sync };
}

const bar = () => screen.getByRole('group', { name: 'Desk' });

describe('the desk bar', () => {
  it('names the desk and who is online, and what waits while offline', async () => {
    const { set } = renderDesk({});
    await waitFor(() => expect(bar()).toHaveTextContent('Online: Ana (you), Ben'));
    expect(bar()).toHaveTextContent('Desk newsroom: online, up to date');
    expect(screen.getByText(/Kept with desk newsroom/)).toBeInTheDocument();
    set({ connection: 'offline', synced: false, waiting: 2 });
    expect(bar()).toHaveTextContent('offline, 2 changes waiting');
    expect(bar()).not.toHaveTextContent('Online:');
    set({ connection: 'refused', reason: 'This token does not open the desk “newsroom”.' });
    expect(within(bar()).getByRole('alert')).toHaveTextContent(/does not open the desk/);
  });

  it('leaves at once with nothing waiting, and asks first when changes would be lost', async () => {
    const { handle, set, user } = renderDesk({ waiting: 1, connection: 'offline', synced: false });
    await user.click(await within(await waitFor(bar)).findByRole('button', { name: 'Leave desk' }));
    const dialog = screen.getByRole('dialog', { name: 'Leave the desk?' });
    expect(dialog).toHaveTextContent('1 change made here has not reached the desk yet');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(handle.leave).not.toHaveBeenCalled();
    set({ waiting: 0 });
    await user.click(within(bar()).getByRole('button', { name: 'Leave desk' }));
    expect(handle.leave).toHaveBeenCalledOnce();
  });

  it('says who changed what as it arrives', async () => {
    const { set } = renderDesk({});
    const forecast = SEED_DATA.forecasts[0]!;
    await waitFor(bar);
    set({
      arrived: {
        seq: 1,
        events: [
          {
            ...makeJudgement({ forecastId: forecast.id, outcome: 'correct' }),
            type: 'judged',
            by: ben,
          },
        ],
      },
    });
    await waitFor(() =>
      expect(bar()).toHaveTextContent(`Ben judged “${forecast.claim.slice(0, 79)}`),
    );
  });
});

describe('a disagreement on a desk', () => {
  const [first] = SEED_DATA.forecasts;
  const data = {
    ...SEED_DATA,
    judgements: [
      makeJudgement({
        id: 'a',
        forecastId: first!.id,
        outcome: 'correct',
        at: '2026-11-20T10:00:00.000Z',
        by: ana,
        note: 'as reported',
      }),
      makeJudgement({
        id: 'b',
        forecastId: first!.id,
        outcome: 'incorrect',
        at: '2026-11-21T10:00:00.000Z',
        by: ben,
      }),
    ],
  };

  it('shows both positions on the card and in Disagreements, and one judge’s scorecard', async () => {
    const { user } = renderDesk({}, data);
    const card = await screen.findByRole('article', { name: first!.claim });
    const group = await within(card).findByRole('group', { name: 'Judges disagree' });
    expect(group).toHaveTextContent('Ben: Incorrect');
    expect(group).toHaveTextContent('Ana: Correct, “as reported”');
    const list = await screen.findByRole('region', { name: 'Disagreements' });
    expect(list).toHaveTextContent('Ben says Incorrect; Ana says Correct');
    const scorecard = await screen.findByRole('region', { name: 'Scorecard' });
    await waitFor(() => expect(scorecard).toHaveTextContent('1 scored forecast is disputed'));
    const overall = () => scorecard.querySelector('tfoot tr')!.textContent;
    const all = overall();
    await user.selectOptions(within(scorecard).getByRole('combobox', { name: 'Judge' }), 'Ana');
    await waitFor(() => expect(overall()).not.toBe(all));
    expect(scorecard).toHaveTextContent('Each forecast as Ana judged it');
  });
});
