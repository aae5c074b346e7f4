// The filter bar in the whole app (jsdom): what a reader types and chooses narrows the list,
// the count and the address say so, and a forecast the timeline asks for is never left hidden.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_FORECASTS } from '../../../src/data/seed-forecasts';
import { renderWithProviders } from '../../support/render';
import { readStoredData } from '../../support/stored';

const TOTAL = SEED_FORECASTS.length;
const GALLYAMOV = SEED_FORECASTS.filter((f) => f.speaker === 'Abbas Gallyamov');
const COUP = SEED_FORECASTS.filter((f) => /coup/i.test(`${f.claim} ${f.quote}`));
// The bar's code loads lazily, which jsdom on a busy machine can take a few seconds to do.
const LOADED = { timeout: 30_000 };
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const bar = () => screen.getByRole('form', { name: 'Find forecasts' });
const status = () => within(bar()).findByRole('status', {}, LOADED);
const heading = () => screen.getByRole('heading', { level: 2, name: /^Forecasts \(/ });
const cards = () => screen.getAllByRole('article');

/** The forecasts page, with `search`'s list parameters after its own. */
function openAt(search: string) {
  return renderWithProviders(
    undefined,
    {},
    { at: `/?page=forecasts${search.replace(/^\?/, '&')}` },
  );
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('the filter bar', () => {
  it('narrows the list as the reader types, says how many are shown, and clears', async () => {
    const { user } = openAt('');
    expect(await status()).toHaveTextContent(`Showing ${TOTAL} of ${TOTAL} forecasts.`);
    expect(heading()).toHaveTextContent(`Forecasts (${TOTAL})`);

    const search = screen.getByRole('searchbox', { name: 'Search forecasts' });
    expect(search).toHaveAttribute('id', 'forecast-search');
    await user.type(search, 'COUP');
    await waitFor(() => expect(cards()).toHaveLength(COUP.length), LOADED);
    expect(heading()).toHaveTextContent(`Forecasts (${COUP.length} of ${TOTAL})`);
    expect(await status()).toHaveTextContent(`Showing ${COUP.length} of ${TOTAL} forecasts.`);
    await waitFor(() => expect(window.location.search).toBe('?page=forecasts&q=COUP'));

    await user.click(within(bar()).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(cards()).toHaveLength(TOTAL), LOADED);
    expect(heading()).toHaveTextContent(`Forecasts (${TOTAL})`);
    expect(search).toHaveValue('');
    expect(search).toHaveFocus();
    expect(window.location.search).toBe('?page=forecasts');
  });

  it('restores a search from the address, and says what in it was left out', async () => {
    const { user } = openAt(
      '?speaker=Abbas+Gallyamov&outcome=pending&outcome=bogus&from=2023-02-31&view=other',
    );
    await waitFor(() => expect(cards()).toHaveLength(GALLYAMOV.length), LOADED);
    const alert = within(bar()).getByRole('alert');
    expect(alert).toHaveTextContent('outcome=bogus, from=2023-02-31');
    const inUse = within(within(bar()).getByRole('list', { name: 'Filters in use' }));
    expect(inUse.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Remove filter Speaker: Abbas Gallyamov',
      'Remove filter Outcome: Pending',
    ]);

    await user.click(
      within(bar()).getByRole('button', { name: 'Remove filter Speaker: Abbas Gallyamov' }),
    );
    await waitFor(() => expect(cards()).toHaveLength(TOTAL), LOADED);
    // Choices are history entries; what the bar does not own stays in the address.
    expect(window.location.search).toBe('?page=forecasts&view=other&outcome=pending');
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(within(bar()).queryByRole('alert')).toBeNull();
  });

  it('combines a speaker and an outcome chosen from the menus', async () => {
    const { user } = openAt('');
    const judgedClaim = GALLYAMOV[0]!.claim;
    await user.click(
      within(screen.getByRole('article', { name: judgedClaim })).getByRole('radio', {
        name: 'Correct',
      }),
    );
    // The menus come with the search box's first use (jsdom cannot tell the list is near).
    await user.click(screen.getByRole('searchbox', { name: 'Search forecasts' }));
    await user.click(await within(bar()).findByRole('button', { name: 'Speaker' }, LOADED));
    await user.click(within(bar()).getByRole('checkbox', { name: 'Abbas Gallyamov' }));
    await user.keyboard('{Escape}');
    expect(within(bar()).getByRole('button', { name: 'Speaker' })).toHaveFocus();
    expect(within(bar()).queryByRole('group', { name: 'Speaker' })).toBeNull();
    await user.click(within(bar()).getByRole('button', { name: 'Outcome' }));
    await user.click(within(bar()).getByRole('checkbox', { name: 'Correct' }));
    await waitFor(() => expect(cards()).toHaveLength(1), LOADED);
    const card = screen.getByRole('article', { name: judgedClaim });
    expect(window.location.search).toBe('?page=forecasts&speaker=Abbas+Gallyamov&outcome=correct');

    // Judged again, it no longer matches, but stays put under the reader's hand until asked.
    await user.click(within(card).getByRole('radio', { name: 'Incorrect' }));
    expect(within(card).getByRole('radio', { name: 'Incorrect' })).toBeChecked();
    expect(cards()).toHaveLength(1);
    expect(await status()).toHaveTextContent('1 of them no longer matches since you changed it.');
    await user.click(within(bar()).getByRole('button', { name: 'Update list' }));
    await waitFor(() => expect(screen.queryAllByRole('article')).toHaveLength(0), LOADED);
    expect(
      screen.getByText('No forecast matches this search and these filters.'),
    ).toBeInTheDocument();
  });

  it('lets through a forecast the timeline asks for, and says which filter it cleared', async () => {
    const { user } = openAt('?speaker=Valery+Solovey&sort=speaker');
    await waitFor(() => expect(cards()).toHaveLength(2), LOADED);
    const hidden = GALLYAMOV[0]!;
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    await user.click(
      within(timeline).getByRole('button', { name: new RegExp(escape(hidden.claim)) }),
    );
    await waitFor(() => expect(screen.getByRole('article', { name: hidden.claim })).toHaveFocus());
    expect(await status()).toHaveTextContent(
      `Cleared the Speaker filter to show “${hidden.claim}”.`,
    );
    expect(window.location.search).toBe('?page=forecasts&sort=speaker');
  });
});

describe('tags on a card', () => {
  it('adds and removes tags, refuses a duplicate, and saves them', async () => {
    const { user } = openAt('');
    const forecast = SEED_FORECASTS[0]!;
    const card = screen.getByRole('article', { name: forecast.claim });
    await user.click(within(card).getByRole('button', { name: 'Edit tags' }));
    const field = await within(card).findByRole('textbox', { name: 'Add tag' }, LOADED);
    expect(field).toHaveFocus();
    await user.type(field, '  Palace   Coup , Kremlin{Enter}');
    const expected = [...forecast.tags, 'Palace Coup', 'Kremlin'];
    await waitFor(() => expect(readStoredData()?.forecasts[0]?.tags).toEqual(expected));

    await user.type(field, 'kremlin{Enter}');
    expect(within(card).getByRole('alert')).toHaveTextContent(
      'This forecast already has the tag “Kremlin”.',
    );
    expect(field).toHaveValue('kremlin');
    await user.clear(field);

    await user.click(within(card).getByRole('button', { name: 'Remove tag Palace Coup' }));
    expect(field).toHaveFocus();
    await user.click(within(card).getByRole('button', { name: 'Done' }));
    expect(within(card).getByRole('button', { name: 'Edit tags' })).toBeInTheDocument();
    expect(within(card).getByRole('list', { name: 'Tags' })).toHaveTextContent(
      [...forecast.tags, 'Kremlin'].join(''),
    );
    await waitFor(() =>
      expect(readStoredData()?.forecasts[0]?.tags).toEqual([...forecast.tags, 'Kremlin']),
    );
  });
});
