import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { forecastViews } from '../../src/domain/catalogue';
import { SEED_DATA } from '../../src/data/seed';
import { Overview } from '../../src/features/story/Overview';

const TODAY = '2026-12-07';
const views = forecastViews(SEED_DATA);
const side = () => screen.getByRole('complementary');

describe('the overview’s account of what waits', () => {
  it('leads to the queues in the app: forecasts due and statements to check, apart', () => {
    render(<Overview sources={SEED_DATA.sources} views={views} today={TODAY} />);
    expect(within(side()).getByRole('heading', { name: 'To judge' })).toBeInTheDocument();
    const due = within(side()).getByRole('link', { name: '3 forecasts due for judgement' });
    expect(due.getAttribute('href')).toMatch(/page=forecasts.*#review$/);
    const statements = within(side()).getByRole('link', {
      name: '5 statements of the present to check',
    });
    expect(statements.getAttribute('href')).toMatch(/#statements$/);
  });

  it('in a shared report, where nothing can be judged, says it in words that lead nowhere', () => {
    render(<Overview sources={SEED_DATA.sources} views={views} today={TODAY} report />);
    expect(within(side()).getByRole('heading', { name: 'Not judged yet' })).toBeInTheDocument();
    expect(within(side()).getByText(/3 forecasts due for judgement/)).toBeInTheDocument();
    expect(within(side()).queryByRole('link', { name: /due for judgement|to check/ })).toBeNull();
    expect(within(side()).getByText(/^Nothing is judged yet\. The forecasts/)).toBeInTheDocument();
  });
});
