// Nothing a reader typed is lost by not leaving the field: a judgement's note and an evidence
// address being typed are kept as drafts through a reload, and committed as before.
import { cleanup, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEED_FORECASTS } from '../../src/data/seed-forecasts';
import { currentStates } from '../../src/domain/judgements';
import { renderWithProviders } from '../support/render';
import { flushPendingSaves, readStoredData } from '../support/stored';

const FORECAST = SEED_FORECASTS[0]!;
const card = () => screen.getByRole('article', { name: FORECAST.claim });

describe('drafts', () => {
  it('keeps a note typed and not left through a reload, then commits it on leaving the field', async () => {
    const first = renderWithProviders();
    await first.user.type(
      within(card()).getByRole('textbox', { name: 'Note' }),
      'Seen in the budget',
    );
    first.unmount(); // a reload, before the field lost the focus
    cleanup();

    const { user } = renderWithProviders();
    const note = within(card()).getByRole('textbox', { name: 'Note' });
    expect(note).toHaveValue('Seen in the budget');
    expect(note).toHaveAccessibleDescription(/kept as a draft, even through a reload/);
    expect(readStoredData()).toBeNull(); // a draft is not in the record

    await user.click(note);
    await user.tab();
    flushPendingSaves();
    const stored = currentStates(readStoredData()!.judgements).get(FORECAST.id);
    expect(stored?.note).toBe('Seen in the budget');
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps an evidence address being typed through a reload, and forgets it once added', async () => {
    const first = renderWithProviders();
    const url = within(card()).getByRole('textbox', { name: 'Evidence URL' });
    await first.user.type(url, 'https://example.org/report');
    first.unmount();
    cleanup();

    const { user } = renderWithProviders();
    expect(within(card()).getByRole('textbox', { name: 'Evidence URL' })).toHaveValue(
      'https://example.org/report',
    );
    await user.click(within(card()).getByRole('button', { name: 'Add evidence' }));
    expect(within(card()).getByRole('link', { name: /example\.org\/report/ })).toBeInTheDocument();
    expect(sessionStorage.length).toBe(0);
  });
});
