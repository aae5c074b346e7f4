import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEED_FORECASTS } from '../../src/data/seed-forecasts';
import { STORAGE_KEY } from '../../src/storage/envelope';
import { renderWithProviders } from '../support/render';
import { readStoredData } from '../support/stored';

const SUMMER = SEED_FORECASTS.find((f) => f.id === 'fc-inozemtsev-war-until-summer-2023')!;

describe('editing forecasts and articles', () => {
  it('edits a forecast’s claim, deadline, probability and caveats', async () => {
    const { user } = renderWithProviders();
    const card = screen.getByRole('article', { name: SUMMER.claim });
    await user.click(within(card).getByRole('button', { name: 'Edit forecast' }));
    const form = await within(card).findByRole('form', { name: 'Edit forecast' });
    const claim = within(form).getByRole('textbox', { name: 'Claim' });
    await user.clear(claim);
    await user.type(claim, 'The war is still on when summer 2023 ends.');
    await user.clear(within(form).getByLabelText('Window starts (optional)'));
    await user.type(within(form).getByLabelText('Window starts (optional)'), '2023-06-21');
    await user.clear(within(form).getByLabelText('Deadline'));
    await user.type(within(form).getByLabelText('Deadline'), '2023-09-22');
    await user.clear(within(form).getByLabelText('Probability (%)'));
    await user.type(within(form).getByLabelText('Probability (%)'), '90');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    const edited = screen.getByRole('article', {
      name: 'The war is still on when summer 2023 ends.',
    });
    expect(within(edited).getByText('between 21 Jun 2023 and 22 Sep 2023')).toBeInTheDocument();
    expect(within(edited).getByText('90%')).toBeInTheDocument();
    await waitFor(() => {
      const saved = readStoredData()!.forecasts.find((f) => f.id === SUMMER.id);
      expect(saved).toMatchObject({
        probability: 0.9,
        deadline: { earliest: '2023-06-21', latest: '2023-09-22' },
      });
    });
  });

  it('refuses a window that ends before it starts', async () => {
    const { user } = renderWithProviders();
    const card = screen.getByRole('article', { name: SUMMER.claim });
    await user.click(within(card).getByRole('button', { name: 'Edit forecast' }));
    const form = await within(card).findByRole('form', { name: 'Edit forecast' });
    await user.clear(within(form).getByLabelText('Deadline'));
    await user.type(within(form).getByLabelText('Deadline'), '2023-05-01');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('The window starts after it ends.');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  // Re-renders every card as the date is typed, which is slow in jsdom on a small machine.
  it('moving the publication date moves every forecast’s made-on date', async () => {
    const { user } = renderWithProviders();
    // The articles panel loads lazily: wait for it. The date's form opens on demand, focused.
    await user.click(await screen.findByRole('button', { name: 'Change date' }));
    const date = screen.getByLabelText('Published on');
    expect(date).toHaveFocus();
    await user.clear(date);
    await user.type(date, '2022-12-20');
    await user.click(screen.getByRole('button', { name: 'Save date' }));
    // The form closes and focus goes back to the button that opened it.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Change date' })).toHaveFocus());
    expect(screen.queryByLabelText('Published on')).toBeNull();
    for (const article of screen.getAllByRole('article')) {
      expect(within(article).getByText('20 Dec 2022')).toBeInTheDocument();
    }
    await waitFor(() => {
      const data = readStoredData()!;
      expect(data.sources[0]!.publishedOn).toBe('2022-12-20');
      expect(new Set(data.forecasts.map((f) => f.madeOn))).toEqual(new Set(['2022-12-20']));
    });
  });
});

describe('timeline', () => {
  it('has one named, focusable mark per forecast, and a mark brings its card into focus', async () => {
    const { user } = renderWithProviders();
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    const controls = within(timeline).getByRole('group', { name: 'Zoom and pan' });
    const marks = within(timeline)
      .getAllByRole('button')
      .filter((button) => !controls.contains(button));
    expect(marks).toHaveLength(SEED_FORECASTS.length);
    for (const forecast of SEED_FORECASTS) {
      expect(
        within(timeline).getByRole('button', { name: new RegExp(escape(forecast.claim)) }),
      ).toBeInTheDocument();
    }
    const mark = within(timeline).getByRole('button', { name: new RegExp(escape(SUMMER.claim)) });
    expect(mark).toHaveAccessibleName(expect.stringContaining('overdue'));
    await user.click(mark);
    expect(screen.getByRole('article', { name: SUMMER.claim })).toHaveFocus();
    expect(mark).toHaveAttribute('aria-current', 'true');
  });

  it('stops flagging a forecast as overdue once it is judged', async () => {
    const { user } = renderWithProviders();
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    const before = within(timeline).getByText(/overdue and still pending/).textContent!;
    const card = screen.getByRole('article', { name: SUMMER.claim });
    await user.click(within(card).getByRole('radio', { name: 'Correct' }));
    // The timeline follows the judgement in the next render (it is deferred).
    const mark = within(timeline).getByRole('button', { name: new RegExp(escape(SUMMER.claim)) });
    await waitFor(() => expect(mark).toHaveAccessibleName(expect.stringContaining('Correct')));
    expect(mark).not.toHaveAccessibleName(expect.stringContaining('overdue'));
    const after = within(timeline).getByText(/overdue and still pending/).textContent!;
    expect(parseInt(after.replace(/\D+/, ''), 10)).toBe(
      parseInt(before.replace(/\D+/, ''), 10) - 1,
    );
  });
});

describe('scorecard', () => {
  it('shows a dash, not 0, for figures with nothing to score, and explains each figure', () => {
    renderWithProviders();
    const scorecard = screen.getByRole('region', { name: 'Scorecard' });
    const table = within(scorecard).getByRole('table', {
      name: 'Forecasts and scores per speaker',
    });
    const overall = within(table).getByRole('row', { name: /All speakers/ });
    const cells = within(overall).getAllByRole('cell');
    // Accuracy, Brier, skill and log score, before the count edited after judgement (0).
    for (const figure of cells.slice(-5, -1)) expect(figure).toHaveTextContent(/^—$/);
    expect(cells.at(-1)).toHaveTextContent('0');
    expect(within(scorecard).getByText(/0–1 scale/)).toBeInTheDocument();
    expect(
      within(scorecard).getByText(/pointed the way things went.*earns ½ whichever way it leaned/),
    ).toBeInTheDocument();
  });
});

describe('storage problems', () => {
  it('works in memory with a lasting alert when storage is unavailable', async () => {
    const { user } = renderWithProviders(undefined, { storage: null });
    expect(await screen.findByRole('alert')).toHaveTextContent(/storage/i);
    const card = screen.getByRole('article', { name: SUMMER.claim });
    await user.click(within(card).getByRole('radio', { name: 'Correct' }));
    expect(within(card).getByRole('radio', { name: 'Correct' })).toBeChecked();
    // After the (debounced) save is refused, the alert is still there and says why.
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(/only until you close this page/),
    );
  });

  it('opens read-only over unreadable data and never writes it', async () => {
    localStorage.setItem(STORAGE_KEY, '{"schemaVersion":1,"rev":1,"data":');
    const { user } = renderWithProviders();
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be read/);
    expect(screen.getByRole('button', { name: 'Download raw data' })).toBeInTheDocument();
    const card = screen.getByRole('article', { name: SUMMER.claim });
    expect(within(card).getByRole('radio', { name: 'Correct' })).toBeDisabled();
    expect(within(card).getByRole('button', { name: 'Edit forecast' })).toBeDisabled();
    // In the articles panel, which loads lazily.
    expect(await screen.findByRole('button', { name: 'Change date' })).toBeDisabled();
    await user.click(within(card).getByRole('radio', { name: 'Correct' }));
    expect(within(card).getByRole('radio', { name: 'Correct' })).not.toBeChecked();
    expect(localStorage.getItem(STORAGE_KEY)).toBe('{"schemaVersion":1,"rev":1,"data":');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
