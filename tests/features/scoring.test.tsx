import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEED_FORECASTS } from '../../src/data/seed-forecasts';
import { renderWithProviders } from '../support/render';

const claimOf = (id: string) => SEED_FORECASTS.find((f) => f.id === id)!.claim;
const summaryRow = (name: RegExp) =>
  within(screen.getByRole('table', { name: 'Forecasts and scores per speaker' })).getByRole('row', {
    name,
  });

/** The Scorecard is loaded as it comes near the viewport (at once here, with no observer). */
const scorecardLoaded = () =>
  screen.findByRole('table', { name: 'Forecasts and scores per speaker' });

describe('scorecard figures', () => {
  it('switches the credit a partly correct forecast earns in accuracy, leaving Brier alone', async () => {
    const { user } = renderWithProviders();
    await scorecardLoaded();
    const card = screen.getByRole('article', { name: claimOf('fc-solovey-establishment-nervous') });
    await user.click(within(card).getByRole('radio', { name: 'Partly correct' }));
    const cells = () => within(summaryRow(/Valery Solovey/)).getAllByRole('cell');
    // One partly at p = 0.85: Brier (0.85 − 0.5)² = 0.1225 whatever the credit.
    expect(cells()[8]).toHaveTextContent('50.0%');
    expect(cells()[9]).toHaveTextContent('0.122');
    const credit = screen.getByRole('group', { name: 'Credit for “Partly correct” in accuracy' });
    await user.click(within(credit).getByRole('radio', { name: 'Full' }));
    expect(cells()[8]).toHaveTextContent('100.0%');
    await user.click(within(credit).getByRole('radio', { name: 'None' }));
    expect(cells()[8]).toHaveTextContent('0.0%');
    expect(cells()[9]).toHaveTextContent('0.122');
  });

  it('annuls a conditional whose premise did not happen, and leaves it out of the scores', async () => {
    const { user } = renderWithProviders();
    const card = screen.getByRole('article', { name: claimOf('fc-solovey-no-exile') });
    expect(
      within(card).getByText(/Putin or the core of his team try to flee Russia/),
    ).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Premise did not happen' }));
    expect(within(card).getByRole('radio', { name: 'Annulled' })).toBeChecked();
    expect(
      within(card).getByText(/the premise did not happen, so this forecast is not scored/),
    ).toBeInTheDocument();
    const cells = within(summaryRow(/Valery Solovey/)).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent('1'); // judged
    expect(cells[6]).toHaveTextContent('1'); // annulled
    expect(cells[8]).toHaveTextContent('—'); // nothing scored
  });

  it('compares chosen speakers side by side and flags records too small to judge', async () => {
    const { user } = renderWithProviders();
    await scorecardLoaded();
    const records = screen.getByRole('region', { name: 'Track records' });
    expect(await within(records).findAllByText('too few to judge')).toHaveLength(3);
    await user.click(within(records).getByRole('checkbox', { name: 'Compare Abbas Gallyamov' }));
    expect(within(records).queryByRole('table', { name: 'Side by side' })).toBeNull();
    await user.click(within(records).getByRole('checkbox', { name: 'Compare Valery Solovey' }));
    const compare = within(records).getByRole('table', { name: 'Side by side' });
    expect(
      within(compare)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Measure', 'Abbas Gallyamov', 'Valery Solovey']);
  });

  it('lists a speaker’s forecasts with their outcomes once opened, following judgements', async () => {
    const { user } = renderWithProviders();
    const records = screen.getByRole('region', { name: 'Track records' });
    const claim = claimOf('fc-inozemtsev-war-until-summer-2023');
    expect(within(records).queryByText(claim)).toBeNull();
    await user.click(within(records).getByText(/^Vladislav Inozemtsev’s forecasts \(\d+\)$/));
    const item = () => within(records).getByText(claim).closest('li')!;
    expect(item()).toHaveTextContent('(Pending)');
    await user.click(
      within(screen.getByRole('article', { name: claim })).getByRole('radio', {
        name: 'Incorrect',
      }),
    );
    // The track records follow in the next, deferred render.
    await waitFor(() => expect(item()).toHaveTextContent('(Incorrect)'));
  });

  it('shows the calibration numbers in a table', async () => {
    const { user } = renderWithProviders();
    await user.click(
      within(
        screen.getByRole('article', { name: claimOf('fc-inozemtsev-war-until-summer-2023') }),
      ).getByRole('radio', {
        name: 'Correct',
      }),
    );
    // The calibration follows the judgement in the next render (it is deferred), once loaded.
    const table = await screen.findByRole('table', { name: /Calibration/ });
    // Wilson at 90% for 1 of 1 (z = 1.645): centre (1 + z²/2) / (1 + z²) = 0.635, half-width
    // z·√(z²/4) / (1 + z²) = 0.365, so 27%–100%.
    await waitFor(() =>
      expect(
        within(within(table).getByRole('row', { name: /^90–100%/ }))
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ).toEqual(['1', '95.0%', '100.0%', '27%–100%']),
    );
  });
});
