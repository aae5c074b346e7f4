import { screen, waitFor, within } from '@testing-library/react';
import { useMemo } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_FORECASTS } from '../../src/data/seed-forecasts';
import { forecastViews } from '../../src/domain/catalogue';
import { ForecastList } from '../../src/features/forecasts/list/ForecastList';
import { LexiconPanel } from '../../src/features/lexicon/LexiconPanel';
import { useDocument } from '../../src/state/use-document';
import { STORAGE_KEY } from '../../src/storage/envelope';
import { renderWithProviders } from '../support/render';
import { readStoredData } from '../support/stored';

const SUMMER = SEED_FORECASTS.find((f) => f.id === 'fc-inozemtsev-war-until-summer-2023')!;
const UNHEDGED = SEED_FORECASTS.filter((f) => f.hedge === '');

/** The panel is not mounted in the app yet: show it beside the forecasts, as the app will. */
function LexiconAndForecasts() {
  const { data, readOnly } = useDocument();
  const views = useMemo(() => forecastViews(data), [data]);
  return (
    <>
      <LexiconPanel custom={data.lexicon} forecasts={data.forecasts} readOnly={readOnly} />
      <ForecastList
        views={views}
        today="2026-11-24"
        selectedId={null}
        onSelect={() => {}}
        readOnly={readOnly}
      />
    </>
  );
}

// Each test's sync engine is stopped after it: otherwise its debounced save would land in the
// next test's (freshly cleared) localStorage, and be merged into that test's saves.
let dispose: (() => void) | null = null;
afterEach(() => {
  dispose?.();
  dispose = null;
});

function setup() {
  const rendered = renderWithProviders(<LexiconAndForecasts />);
  dispose = () => rendered.sync.dispose();
  return rendered;
}

const panel = () => screen.getByRole('region', { name: 'Hedge lexicon' });
const card = (claim = SUMMER.claim) => screen.getByRole('article', { name: claim });
const figureFor = (phrase: string) =>
  within(panel()).getByRole('spinbutton', { name: `Probability for ${phrase}` });

const stored = () => readStoredData();

async function setFigure(user: ReturnType<typeof setup>['user'], phrase: string, text: string) {
  const input = figureFor(phrase);
  await user.clear(input);
  await user.type(input, `${text}{Enter}`);
}

describe('the hedge lexicon', () => {
  it('lists each phrase with its figure, its source and how many forecasts use it', () => {
    setup();
    expect(figureFor('certainly')).toHaveValue(95);
    expect(figureFor('impossible to predict')).toHaveValue(null);
    const row = within(panel()).getByRole('row', { name: /^\(unhedged statement\)/ });
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent(String(UNHEDGED.length));
    expect(within(card()).getByText(/from “certainly” \(lexicon\)/)).toBeInTheDocument();
  });

  it('re-derives the forecasts worded with a phrase when its figure changes', async () => {
    const { user } = setup();
    expect(within(card()).getByText('95%')).toBeInTheDocument();
    await setFigure(user, 'certainly', '60');
    expect(within(card()).getByText('60%')).toBeInTheDocument();
    expect(figureFor('certainly')).toHaveValue(60);
    await waitFor(() => {
      const data = stored()!;
      expect(data.forecasts.find((f) => f.id === SUMMER.id)!.probability).toBe(0.6);
      expect(data.lexicon!.find((e) => e.phrase === 'certainly')).toMatchObject({
        probability: 0.6,
        source: 'Set by you',
      });
    });
  });

  it('leaves a probability set by hand alone, until the reader hands it back', async () => {
    const { user } = setup();
    await user.click(within(card()).getByRole('button', { name: 'Edit forecast' }));
    const form = await within(card()).findByRole('form', { name: 'Edit forecast' });
    expect(within(form).getByText(/comes from the wording “certainly”/)).toBeInTheDocument();
    await user.clear(within(form).getByLabelText('Probability (%)'));
    await user.type(within(form).getByLabelText('Probability (%)'), '80');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(card()).getByText('80%')).toBeInTheDocument();
    expect(within(card()).getByText(/set by you/)).toBeInTheDocument();

    await setFigure(user, 'certainly', '60');
    expect(within(card()).getByText('80%')).toBeInTheDocument();

    await user.click(within(card()).getByRole('button', { name: "Use the lexicon's figure" }));
    expect(within(card()).getByText('60%')).toBeInTheDocument();
    expect(within(card()).getByText(/from “certainly” \(lexicon\)/)).toBeInTheDocument();
    expect(
      within(card()).queryByRole('button', { name: "Use the lexicon's figure" }),
    ).not.toBeInTheDocument();
  });

  it('restores the defaults', async () => {
    const { user } = setup();
    await setFigure(user, 'certainly', '60');
    expect(within(card()).getByText('60%')).toBeInTheDocument();
    await user.click(within(panel()).getByRole('button', { name: 'Restore defaults' }));
    expect(within(card()).getByText('95%')).toBeInTheDocument();
    expect(figureFor('certainly')).toHaveValue(95);
    await waitFor(() => expect(stored()).not.toHaveProperty('lexicon'));
  });

  it('refuses a figure out of range, saying why, and saves nothing', async () => {
    const { user, sync } = setup();
    const input = figureFor('certainly');
    await user.clear(input);
    await user.type(input, '150');
    await user.tab();
    expect(within(panel()).getByRole('alert')).toHaveTextContent(/from 0 to 100/);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(within(card()).getByText('95%')).toBeInTheDocument();
    // Nothing changed in memory, so nothing is waiting to be saved either.
    expect(sync.getSnapshot().unsaved).toBe(false);
    expect(sync.getSnapshot().data.lexicon).toBeUndefined();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('adds a phrase, refuses one it has already, and removes one', async () => {
    const { user } = setup();
    const form = within(panel()).getByRole('form', { name: 'Add a phrase' });
    await user.type(within(form).getByLabelText('Phrase'), 'Certainly');
    await user.click(within(form).getByRole('button', { name: 'Add phrase' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(/already in the lexicon/);

    await user.clear(within(form).getByLabelText('Phrase'));
    await user.type(within(form).getByLabelText('Phrase'), 'mark my words');
    await user.type(within(form).getByLabelText('Probability (%)'), '99');
    await user.click(within(form).getByRole('button', { name: 'Add phrase' }));
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    expect(figureFor('mark my words')).toHaveValue(99);

    await user.click(within(panel()).getByRole('button', { name: 'Remove mark my words' }));
    expect(
      within(panel()).queryByRole('spinbutton', { name: 'Probability for mark my words' }),
    ).not.toBeInTheDocument();
  });
});
