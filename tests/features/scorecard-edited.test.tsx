// The Scorecard's "Edited after judgement" column: per speaker, how many of their scored
// forecasts had a judged field (claim, deadline, probability, criteria, quote) edited after a
// non-pending judgement, counted as the exports count them.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEED_FORECASTS } from '../../src/data/seed-forecasts';
import { renderWithProviders } from '../support/render';

type User = ReturnType<typeof renderWithProviders>['user'];

const SUMMER = SEED_FORECASTS.find((f) => f.id === 'fc-inozemtsev-war-until-summer-2023')!;
const SPEAKERS = [...new Set(SEED_FORECASTS.map((f) => f.speaker))];
const OTHERS = SPEAKERS.filter((s) => s !== SUMMER.speaker);
const COLUMN = 'Edited after judgement';

const table = () => screen.findByRole('table', { name: 'Forecasts and scores per speaker' });

/** The "Edited after judgement" figure of the row whose header is `name`, found by its column. */
async function editedCount(name: string): Promise<string | null> {
  const summary = await table();
  const headers = within(summary)
    .getAllByRole('columnheader')
    .map((h) => h.textContent);
  const column = headers.indexOf(COLUMN);
  expect(column).toBeGreaterThan(0);
  const row = within(summary)
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('rowheader')?.textContent === name);
  expect(row, name).toBeDefined();
  // The row header is the first of the row's cells, as the column header is the first header.
  return within(row!).getAllByRole('cell')[column - 1]!.textContent;
}

async function edit(user: User, claim: string, field: string, text: string, clear: boolean) {
  const card = screen.getByRole('article', { name: claim });
  await user.click(within(card).getByRole('button', { name: 'Edit forecast' }));
  const form = await within(card).findByRole('form', { name: 'Edit forecast' });
  const box = within(form).getByRole('textbox', { name: field });
  if (clear) await user.clear(box);
  await user.type(box, text);
  await user.click(within(form).getByRole('button', { name: 'Save' }));
}

describe('the Scorecard’s “Edited after judgement” column', () => {
  it('counts a judged forecast whose claim was then edited, for its speaker only', async () => {
    const { user } = renderWithProviders();
    expect(await editedCount(SUMMER.speaker)).toBe('0');
    await user.click(
      within(screen.getByRole('article', { name: SUMMER.claim })).getByRole('radio', {
        name: 'Correct',
      }),
    );
    expect(await editedCount(SUMMER.speaker)).toBe('0');

    const claim = 'The war goes on past the summer of 2023.';
    await edit(user, SUMMER.claim, 'Claim', claim, true);
    expect(screen.getByRole('article', { name: claim })).toHaveTextContent(
      /edited after it was judged/,
    );
    expect(await editedCount(SUMMER.speaker)).toBe('1');
    for (const speaker of OTHERS) expect(await editedCount(speaker)).toBe('0');
    expect(await editedCount('All speakers')).toBe('1');
    // The table says what the column means.
    const explanation = screen
      .getAllByRole('term')
      .find((t) => t.textContent === COLUMN)?.nextElementSibling;
    expect(explanation).toHaveTextContent(/scored forecasts whose claim, deadline, probability/);

    // Only scored forecasts count: judged Unresolvable, the edited forecast leaves the figure,
    // though its card keeps the flag.
    await user.click(
      within(screen.getByRole('article', { name: claim })).getByRole('radio', {
        name: 'Unresolvable',
      }),
    );
    expect(screen.getByRole('article', { name: claim })).toHaveTextContent(
      /edited after it was judged/,
    );
    expect(await editedCount(SUMMER.speaker)).toBe('0');
    expect(await editedCount('All speakers')).toBe('0');
  });

  it('does not count an edit of the role after judgement', async () => {
    const { user } = renderWithProviders();
    await user.click(
      within(screen.getByRole('article', { name: SUMMER.claim })).getByRole('radio', {
        name: 'Incorrect',
      }),
    );
    await edit(user, SUMMER.claim, 'Role', ' (retired)', false);
    expect(screen.getByRole('article', { name: SUMMER.claim })).toHaveTextContent(/\(retired\)/);
    for (const speaker of SPEAKERS) expect(await editedCount(speaker)).toBe('0');
  });
});
