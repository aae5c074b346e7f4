import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEED_FORECASTS } from '../../src/data/seed-forecasts';
import type { ForecastView } from '../../src/domain/catalogue';
import { DEFAULT_LEXICON } from '../../src/domain/lexicon';
import {
  BrierParts,
  CoinTossVerdict,
  KentSensitivityLine,
  SpeakerStanding,
  VaguenessAndBoldness,
} from '../../src/features/scorecard/context/SpeakerFigures';
import { SpeakerInContext } from '../../src/features/scorecard/context/SpeakerInContext';
import { makeView } from '../support/factories';
import { renderWithProviders } from '../support/render';

const claimOf = (id: string) => SEED_FORECASTS.find((f) => f.id === id)!.claim;
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('Scores in context, in the scorecard', () => {
  const contextRow = async (name: RegExp) => {
    const table = await screen.findByRole('table', { name: 'Scores in context per speaker' });
    return within(table).getByRole('row', { name });
  };

  it('gives each speaker a verdict against a coin toss that follows their judgements', async () => {
    const { user } = renderWithProviders();
    const row = () => contextRow(/^Valery Solovey/);
    expect(squash((await row()).textContent)).toContain('No verdict yet');
    // 85% that his establishment is nervous, and it was not: (0.85)² = 0.7225 against ¼.
    const card = screen.getByRole('article', { name: claimOf('fc-solovey-establishment-nervous') });
    await user.click(within(card).getByRole('radio', { name: 'Incorrect' }));
    await waitFor(async () =>
      expect(squash((await row()).textContent)).toContain(
        'Worse than a coin toss (Brier skill −1.890 against always saying 50%, over 1 forecast, too few to judge)',
      ),
    );
    const cells = within(await row()).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent('too few (1 of the 10 needed)');
    // No hedge words: the lexicon's 85%, Kent's "probable", 75%: (0.75)² = 0.5625 (and
    // 0.85² = 0.7225 is 0.72249… in floating point).
    expect(cells[2]).toHaveTextContent('0.722 → 0.563');
    expect(cells[5]).toHaveTextContent('Too few to judge');
  });

  it('shows how many forecasts accuracy is over in the table of scores', async () => {
    const { user } = renderWithProviders();
    const table = await screen.findByRole('table', { name: 'Forecasts and scores per speaker' });
    const card = screen.getByRole('article', { name: claimOf('fc-gallyamov-power-vacuum') });
    await user.click(within(card).getByRole('radio', { name: 'Incorrect' }));
    const row = within(table).getByRole('row', { name: /^Abbas Gallyamov/ });
    expect(within(row).getAllByRole('cell')[8]).toHaveTextContent(/^0\.0% \(n=1\)$/);
  });

  it('draws the calibration of one speaker when chosen', async () => {
    const { user } = renderWithProviders();
    for (const id of ['fc-inozemtsev-war-until-summer-2023', 'fc-gallyamov-power-vacuum']) {
      const card = screen.getByRole('article', { name: claimOf(id) });
      await user.click(within(card).getByRole('radio', { name: 'Correct' }));
    }
    const chooser = await screen.findByRole('combobox', { name: 'Calibration for' });
    const table = () => screen.getByRole('table', { name: /^Calibration: / });
    const counted = () =>
      within(table())
        .getAllByRole('row')
        .slice(1)
        .reduce((sum, r) => sum + Number(within(r).getAllByRole('cell')[0]!.textContent), 0);
    await waitFor(() => expect(counted()).toBe(2));
    await user.selectOptions(chooser, 'Abbas Gallyamov');
    await waitFor(() => expect(counted()).toBe(1));
  });
});

// 35% and it did not happen; 90% and it did; 80% set by hand, it did not.
const judged = (speaker = 'Ada'): ForecastView[] => [
  makeView('incorrect', { speaker, hedge: 'probably not', probability: 0.265 }),
  makeView('correct', { speaker, hedge: 'certainly', probability: 0.95 }),
  makeView('incorrect', { speaker, probability: 0.8, probabilitySource: 'manual' }),
];

describe('the pieces a speaker page shows', () => {
  it('says, plainly, whether a speaker beat a coin toss, and on how many forecasts', () => {
    render(<CoinTossVerdict views={[makeView('incorrect', { probability: 0.35 })]} />);
    expect(squash(screen.getByText(/coin toss/).closest('p')?.textContent)).toBe(
      'Better than a coin toss (Brier skill +0.510 against always saying 50%, over 1 forecast, too few to judge).',
    );
  });

  it('takes the Brier score apart only from ten forecasts', () => {
    const { unmount } = render(<BrierParts views={judged()} />);
    expect(screen.getByText(/Brier taken apart/)).toHaveTextContent('too few (3 of the 10 needed)');
    unmount();
    const ten = Array.from({ length: 10 }, (_, i) =>
      makeView(i < 5 ? 'correct' : 'incorrect', { probability: 0.5 }),
    );
    render(<BrierParts views={ten} />);
    // Always 50%, half came true: no reliability error, no resolution, uncertainty ¼.
    expect(screen.getByText('Reliability').nextSibling).toHaveTextContent('0.000');
    expect(screen.getByText('Uncertainty').nextSibling).toHaveTextContent('0.250');
    expect(screen.getByText(/^0\.000 − 0\.000 \+ 0\.250 = 0\.250/)).toBeInTheDocument();
  });

  it('says how the Brier score moves under Kent’s table, and which forecasts moved', () => {
    render(<KentSensitivityLine views={judged()} lexicon={DEFAULT_LEXICON} />);
    // Lexicon: (0.265)² + (0.05)² + (0.8)² = 0.712725 / 3; Kent: (0.3)² + (0.07)² + (0.8)².
    expect(squash(screen.getByText(/Kent’s words/).textContent)).toBe(
      'Brier with Kent’s words: 0.238 → 0.245 (2 of 3 forecasts moved, those whose probability came from the lexicon; 0.227–0.272 anywhere within Kent’s ranges).',
    );
  });

  it('gives vagueness with what made it, and boldness', () => {
    render(
      <VaguenessAndBoldness
        views={[...judged(), makeView('pending', { probability: null, deadline: null })]}
      />,
    );
    expect(screen.getByText('Vagueness').nextSibling).toHaveTextContent(
      '25% (1 of 4): 1 no deadline, 1 no probability',
    );
    // 2·(0.235 + 0.45 + 0.3) / 3 = 0.657.
    expect(screen.getByText('Boldness').nextSibling).toHaveTextContent('66%');
  });

  it('ranks a speaker among the others, or says they are too few to judge', () => {
    const many = (speaker: string, p: number) =>
      Array.from({ length: 10 }, () => makeView('correct', { speaker, probability: p }));
    const views = [...many('Ada', 0.9), ...many('Bo', 0.7), ...judged('Cy')];
    const { rerender } = render(<SpeakerStanding speaker="Bo" views={views} />);
    expect(squash(screen.getByText(/Standing among speakers/).textContent)).toMatch(
      /^Standing among speakers: 2nd of 2 \(adjusted skill \+0\.\d{3} over 10 forecasts\)\.$/,
    );
    rerender(<SpeakerStanding speaker="Cy" views={views} />);
    expect(squash(screen.getByText(/Standing among speakers/).textContent)).toBe(
      'Standing among speakers: Too few to judge (3 of the 10 scored forecasts with a probability needed to be ranked).',
    );
  });

  it('puts them together with the speaker’s own calibration, of due forecasts only', () => {
    const views = [
      ...judged('Ada'),
      makeView('correct', { speaker: 'Ada', probability: 0.7, deadline: { latest: '2099-01-01' } }),
      makeView('correct', { speaker: 'Bo', probability: 0.7 }),
    ];
    render(
      <SpeakerInContext speaker="Ada" views={views} lexicon={DEFAULT_LEXICON} today="2024-01-01" />,
    );
    const section = screen.getByRole('region', { name: 'Scores in context: Ada' });
    expect(
      within(section).getByText(/Better than a coin toss|Worse than a coin toss/),
    ).toBeVisible();
    const calibration = within(section).getByRole('region', { name: 'Calibration of Ada' });
    expect(within(calibration).getByText(/3 forecasts counted/)).toBeInTheDocument();
    expect(within(calibration).getByText(/Left out: 1 judged before its deadline/)).toBeVisible();
    expect(
      within(calibration).getByRole('table', { name: /^Calibration of Ada: stated probability/ }),
    ).toBeInTheDocument();
  });
});
