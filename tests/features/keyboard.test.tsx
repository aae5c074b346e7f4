import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { byDeadline } from '../../src/features/forecasts/list/ForecastList';
import { forecastViews } from '../../src/domain/catalogue';
import { todayIso } from '../../src/domain/dates';
import { reviewQueue } from '../../src/domain/review';
import { SEED_DATA } from '../../src/data/seed';
import { renderWithProviders } from '../support/render';

/** The seed's claims in the list's order (deadline order), as j walks them. */
const listOrder = () => [...forecastViews(SEED_DATA)].sort(byDeadline).map((v) => v.forecast.claim);
const card = (claim: string) => screen.getByRole('article', { name: claim });
const outcomeOf = (claim: string) =>
  within(card(claim))
    .getAllByRole('radio')
    .find((r) => (r as HTMLInputElement).checked)
    ?.closest('label')?.textContent;
const announced = () =>
  screen
    .getAllByRole('status')
    .map((s) => s.textContent)
    .join(' ');
const queue = () => screen.getByRole('region', { name: 'Due for judgement' });

// Each test renders the whole app, which takes seconds in jsdom on a busy machine.
describe('keyboard shortcuts', () => {
  it('j and k move the focus between cards in the list’s order', async () => {
    const { user } = renderWithProviders();
    const [first, second] = listOrder();
    await user.keyboard('j');
    await waitFor(() => expect(card(first!)).toHaveFocus());
    await user.keyboard('j');
    await waitFor(() => expect(card(second!)).toHaveFocus());
    await user.keyboard('k');
    await waitFor(() => expect(card(first!)).toHaveFocus());
  });

  it('c, i, p, u and a judge the focused card; z takes its latest change back', async () => {
    const { user } = renderWithProviders();
    const [first] = listOrder();
    await user.keyboard('j');
    await waitFor(() => expect(card(first!)).toHaveFocus());
    for (const [key, label] of [
      ['c', 'Correct'],
      ['i', 'Incorrect'],
      ['p', 'Partly correct'],
      ['u', 'Unresolvable'],
      ['a', 'Annulled'],
    ] as const) {
      await user.keyboard(key);
      expect(outcomeOf(first!)).toContain(label);
      expect(announced()).toContain(`${label}: “${first}”`);
    }
    await user.keyboard('z');
    expect(outcomeOf(first!)).toContain('Unresolvable');
    expect(announced()).toContain(`Took back the latest change to “${first}”`);
    // The same key twice appends nothing: one z goes back one real change.
    await user.keyboard('uz');
    expect(outcomeOf(first!)).toContain('Partly correct');
  });

  it('act on the forecast last chosen when no card has the focus', async () => {
    const { user } = renderWithProviders();
    const [first] = listOrder();
    await user.keyboard('j');
    await waitFor(() => expect(card(first!)).toHaveFocus());
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('i');
    expect(outcomeOf(first!)).toContain('Incorrect');
  });

  it('say so, and change nothing, when no forecast is chosen', async () => {
    const { user } = renderWithProviders();
    await user.keyboard('c');
    expect(announced()).toContain('No forecast is chosen');
    for (const claim of listOrder()) expect(outcomeOf(claim)).toContain('Pending');
  });

  it('never fire while typing in a field, or with Ctrl, Alt or Meta held', async () => {
    const { user } = renderWithProviders();
    const [first] = listOrder();
    await user.keyboard('j');
    await waitFor(() => expect(card(first!)).toHaveFocus());
    const note = within(card(first!)).getByRole('textbox', { name: 'Note' });
    await user.click(note);
    await user.keyboard('cijz');
    expect(note).toHaveValue('cijz');
    expect(note).toHaveFocus();
    expect(outcomeOf(first!)).toContain('Pending');
    card(first!).focus();
    await user.keyboard('{Control>}c{/Control}{Alt>}i{/Alt}{Meta>}p{/Meta}');
    expect(outcomeOf(first!)).toContain('Pending');
  });

  it('/ focuses the Search forecasts box, where typing is typing', async () => {
    const { user } = renderWithProviders();
    const [first] = listOrder();
    await user.keyboard('j');
    await waitFor(() => expect(card(first!)).toHaveFocus());
    await user.keyboard('/');
    const search = screen.getByRole('searchbox', { name: 'Search forecasts' });
    expect(search).toHaveFocus();
    // "/" and letters now go into the box rather than acting as shortcuts.
    await user.keyboard('/c');
    expect(search).toHaveValue('/c');
    expect(card(first!)).not.toHaveFocus();
  });

  it('? opens the Keyboard shortcuts dialog, which lists every key; Close gives the focus back', async () => {
    const { user } = renderWithProviders();
    const [first] = listOrder();
    await user.keyboard('j');
    await waitFor(() => expect(card(first!)).toHaveFocus());
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const keys = within(dialog)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[0]!.textContent);
    expect(keys).toEqual(['j', 'k', 'c', 'i', 'p', 'u', 'a', 'z', '/', '?']);
    // Inside the dialog the shortcuts rest.
    await user.keyboard('c');
    expect(outcomeOf(first!)).toContain('Pending');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
    expect(card(first!)).toHaveFocus();
  });

  it('in the review queue, j and k move between its items and c judges the focused one', async () => {
    const { user } = renderWithProviders();
    const due = reviewQueue(forecastViews(SEED_DATA), todayIso(new Date())).due;
    const item = (claim: string) => within(queue()).getByRole('listitem', { name: claim });
    await waitFor(() => item(due[0]!.forecast.claim));
    await user.click(screen.getByRole('button', { name: /^Due for judgement/ }));
    expect(item(due[0]!.forecast.claim)).toHaveFocus();
    await user.keyboard('j');
    expect(item(due[1]!.forecast.claim)).toHaveFocus();
    await user.keyboard('k');
    expect(item(due[0]!.forecast.claim)).toHaveFocus();
    await user.keyboard('c');
    await waitFor(() => expect(item(due[1]!.forecast.claim)).toHaveFocus());
    expect(within(queue()).queryByRole('listitem', { name: due[0]!.forecast.claim })).toBeNull();
    expect(outcomeOf(due[0]!.forecast.claim)).toContain('Correct');
    // z in the queue takes back the judgement made there: the item comes back, focused.
    await user.keyboard('z');
    await waitFor(() => expect(item(due[0]!.forecast.claim)).toHaveFocus());
    expect(outcomeOf(due[0]!.forecast.claim)).toContain('Pending');
  });
});
