import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Forecast } from '../../src/domain/model';
import { ExportMenu } from '../../src/features/export/ExportMenu';
import { calendarCounts, calendarHint } from '../../src/features/export/export-calendar';
import { catchDownloads } from './catch-downloads';
import { makeData, makeForecast } from '../support/factories';
import { parseCalendar } from '../support/ical';

const dated = (claim: string) => makeForecast({ claim, deadline: { latest: '2023-06-30' } });
const undated = (claim: string) => makeForecast({ claim, deadline: null });

describe('calendarHint', () => {
  it.each([
    [{ dated: 3, undated: 0 }, 'one all-day reminder per deadline (3), for your calendar'],
    [
      { dated: 3, undated: 1 },
      'one all-day reminder per deadline (3), for your calendar; 1 forecast without a deadline left out',
    ],
    [
      { dated: 1, undated: 4 },
      'one all-day reminder per deadline (1), for your calendar; 4 forecasts without a deadline left out',
    ],
    [
      { dated: 0, undated: 2 },
      'no forecast has a deadline yet, so there is nothing to remind you of',
    ],
    [
      { dated: 2, reviews: 1, undated: 3 },
      'one all-day reminder per deadline (2) and per review date (1), for your calendar; 3 forecasts without a deadline or review date left out',
    ],
  ])('describes %o as %j', (counts, hint) => {
    expect(calendarHint(counts)).toBe(hint);
  });

  it('counts the forecasts with a deadline, with a review date instead, and with neither', () => {
    const reviewed = makeForecast({
      claim: 'd',
      kind: 'open-ended',
      deadline: null,
      reviewBy: '2025-01-31',
    });
    const forecasts: Forecast[] = [dated('a'), undated('b'), dated('c'), reviewed];
    expect(calendarCounts(forecasts)).toEqual({ dated: 2, reviews: 1, undated: 1 });
  });
});

describe('Export → Calendar (.ics)', () => {
  it('says how many forecasts it leaves out, and downloads one event per deadline', async () => {
    const downloads = catchDownloads();
    const user = userEvent.setup();
    const data = makeData({ forecasts: [dated('First'), undated('Second'), dated('Third')] });
    render(<ExportMenu data={data} partlyCredit={0.5} />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const choice = await screen.findByRole('button', { name: 'Calendar (.ics)' });
    expect(choice).toHaveAccessibleDescription(
      'one all-day reminder per deadline (2), for your calendar; 1 forecast without a deadline left out',
    );

    await user.click(choice);
    await vi.waitFor(() => expect(downloads.names).toHaveLength(1));
    expect(downloads.names[0]).toMatch(/^hindsight-deadlines-\d{4}-\d{2}-\d{2}\.ics$/);
    const [blob] = downloads.blobs;
    expect(blob?.type).toBe('text/calendar;charset=utf-8');
    const summaries = parseCalendar((await blob?.text()) ?? '').events.map((e) => e.summary);
    expect(summaries).toEqual(['Judge: First', 'Judge: Third']);
    // The menu closes and hands the focus back to Export.
    expect(screen.queryByRole('button', { name: 'Calendar (.ics)' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Export' })).toHaveFocus();
  });

  it('cannot be chosen when no forecast has a deadline', async () => {
    const user = userEvent.setup();
    render(<ExportMenu data={makeData({ forecasts: [undated('Only')] })} partlyCredit={0.5} />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByRole('button', { name: 'Calendar (.ics)' })).toBeDisabled();
  });
});
