import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEED_DATA } from '../../src/data/seed';
import { SEED_FORECASTS } from '../../src/data/seed-forecasts';
import { makeJudgement } from '../support/factories';
import { renderWithProviders } from '../support/render';
import { readStoredData } from '../support/stored';

const BUDGET = SEED_FORECASTS.find((f) => f.id === 'fc-inozemtsev-budget-2024')!;

function card(claim = BUDGET.claim) {
  return screen.getByRole('article', { name: claim });
}

const stored = () => readStoredData();

function outcomeOf(claim = BUDGET.claim) {
  const group = within(card(claim)).getByRole('group', { name: 'Outcome' });
  return within(group)
    .getAllByRole('radio')
    .find((r) => (r as HTMLInputElement).checked)
    ?.closest('label')?.textContent;
}

/** The speaker's row, once the Scorecard (loaded as it comes near the viewport) is drawn. */
async function scorecardRow(speaker: string) {
  const summary = await screen.findByRole('table', { name: 'Forecasts and scores per speaker' });
  return within(summary).getByRole('row', { name: new RegExp(speaker) });
}

describe('judging a forecast', () => {
  it('shows every catalogued forecast with its Outcome control', () => {
    renderWithProviders();
    expect(screen.getByRole('heading', { level: 1, name: 'Hindsight' })).toBeInTheDocument();
    const articles = screen.getAllByRole('article');
    expect(articles).toHaveLength(SEED_FORECASTS.length);
    for (const forecast of SEED_FORECASTS) {
      const article = card(forecast.claim);
      expect(within(article).getByText(forecast.quote)).toBeInTheDocument();
      expect(within(article).getByRole('group', { name: 'Outcome' })).toBeInTheDocument();
      expect(within(article).getByRole('textbox', { name: 'Note' })).toBeInTheDocument();
    }
  });

  it('records the outcome and today as the judged-on date, keeps it in storage and updates the scorecard', async () => {
    const { user } = renderWithProviders();
    expect(stored()).toBeNull();
    await user.click(within(card()).getByRole('radio', { name: 'Correct' }));

    expect(within(card()).getByRole('radio', { name: 'Correct' })).toBeChecked();
    expect(within(card()).getByLabelText('Judged on')).toHaveValue(
      new Date().toLocaleDateString('sv-SE'),
    );
    await waitFor(() => expect(stored()?.judgements).toHaveLength(1));
    expect(stored()!.judgements[0]).toMatchObject({ forecastId: BUDGET.id, outcome: 'correct' });

    const cells = within(await scorecardRow('Vladislav Inozemtsev')).getAllByRole('cell');
    // Forecasts, Judged, Correct, …
    expect(cells[1]).toHaveTextContent('1');
    expect(cells[2]).toHaveTextContent('1');
  });

  it('keeps the note when the field loses focus', async () => {
    const { user } = renderWithProviders();
    const note = within(card()).getByRole('textbox', { name: 'Note' });
    await user.type(note, 'Budget law for 2024 raised defence spending.');
    await user.tab();
    await waitFor(() =>
      expect(stored()?.judgements.at(-1)?.note).toBe(
        'Budget law for 2024 raised defence spending.',
      ),
    );
    expect(within(card()).getByRole('textbox', { name: 'Note' })).toHaveValue(
      'Budget law for 2024 raised defence spending.',
    );
  });

  it('adds evidence as a safe link and refuses a javascript: URL', async () => {
    const { user } = renderWithProviders();
    const url = within(card()).getByRole('textbox', { name: 'Evidence URL' });
    await user.type(url, 'javascript:alert(1)');
    await user.click(within(card()).getByRole('button', { name: 'Add evidence' }));
    expect(within(card()).getByRole('alert')).toHaveTextContent(/http/);
    expect(stored()).toBeNull();

    await user.clear(url);
    await user.type(url, 'https://example.org/budget-2024');
    await user.type(
      within(card()).getByRole('textbox', { name: 'What it shows' }),
      'Duma budget vote',
    );
    await user.click(within(card()).getByRole('button', { name: 'Add evidence' }));

    const link = within(card()).getByRole('link', { name: 'https://example.org/budget-2024' });
    expect(link).toHaveAttribute('href', 'https://example.org/budget-2024');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(card()).getByText(/Duma budget vote/)).toBeInTheDocument();
    expect(within(card()).queryByRole('alert')).toBeNull();
    await waitFor(() =>
      expect(stored()?.judgements.at(-1)?.evidence).toEqual([
        { url: 'https://example.org/budget-2024', note: 'Duma budget vote' },
      ]),
    );
  });

  it('refuses evidence whose address hides its host behind a user name', async () => {
    const { user } = renderWithProviders();
    const url = within(card()).getByRole('textbox', { name: 'Evidence URL' });
    await user.type(url, 'https://trusted.example@evil.example/report');
    await user.click(within(card()).getByRole('button', { name: 'Add evidence' }));
    expect(within(card()).getByRole('alert')).toHaveTextContent(
      'This address has a user name (“trusted.example@”) before its real host, evil.example, which makes it look like another site. Leave out everything before the @.',
    );
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(within(card()).queryByRole('link', { name: /evil\.example/ })).toBeNull();
    expect(stored()).toBeNull();
  });

  it('shows stored evidence with a user name by its real host, not as a link', () => {
    const evidence = [{ url: 'https://trusted.example@evil.example/report', note: 'Budget' }];
    const judgement = makeJudgement({ forecastId: BUDGET.id, evidence });
    renderWithProviders(undefined, {
      initialData: { ...SEED_DATA, judgements: [...SEED_DATA.judgements, judgement] },
    });
    expect(
      within(card()).getByText(
        'https://evil.example/report (not a link: it hid this host behind “trusted.example@”)',
      ),
    ).toBeInTheDocument();
    expect(
      within(card()).queryByRole('link', { name: /evil\.example|trusted\.example/ }),
    ).toBeNull();
  });

  it('undoes judgements one at a time back to Pending, keeping them all in the history', async () => {
    const { user } = renderWithProviders();
    const undo = within(card()).getByRole('button', { name: 'Undo' });
    expect(undo).toBeDisabled();

    await user.click(within(card()).getByRole('radio', { name: 'Correct' }));
    await user.click(within(card()).getByRole('radio', { name: 'Incorrect' }));
    expect(outcomeOf()).toMatch(/Incorrect/);

    await user.click(undo);
    expect(outcomeOf()).toMatch(/^✓?\s*Correct$/);
    await user.click(undo);
    expect(outcomeOf()).toMatch(/Pending/);
    expect(undo).toBeDisabled();
    await waitFor(() => expect(stored()?.judgements).toHaveLength(4));
    expect(within(card()).getByText('History (4)')).toBeInTheDocument();
  });
});
