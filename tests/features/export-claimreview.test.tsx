import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Outcome } from '../../src/domain/model';
import { ExportMenu } from '../../src/features/export/ExportMenu';
import { claimReviewHint } from '../../src/features/export/export-claimreview';
import { catchDownloads } from './catch-downloads';
import { makeData, makeForecast, makeJudgement } from '../support/factories';

function record(outcomes: Outcome[]) {
  const forecasts = outcomes.map((_, i) => makeForecast({ id: `f${i}`, claim: `Claim ${i}` }));
  const judgements = outcomes.flatMap((outcome, i) =>
    outcome === 'pending' ? [] : [makeJudgement({ forecastId: `f${i}`, outcome })],
  );
  return makeData({ forecasts, judgements });
}

describe('claimReviewHint', () => {
  it.each([
    [{ reviews: 3, pending: 0, annulled: 0 }, '(3)'],
    [{ reviews: 2, pending: 4, annulled: 0 }, '(2); 4 pending left out'],
    [{ reviews: 1, pending: 1, annulled: 2 }, '(1); 1 pending and 2 annulled left out'],
  ])('describes %o', (counts, end) => {
    const hint = claimReviewHint(counts);
    expect(hint.startsWith('schema.org fact-check markup (JSON-LD), one review per verdict ')).toBe(
      true,
    );
    expect(hint.endsWith(end)).toBe(true);
  });

  it('says when there is nothing to publish', () => {
    expect(claimReviewHint({ reviews: 0, pending: 2, annulled: 1 })).toBe(
      'no forecast has a verdict yet, so there is nothing to publish',
    );
  });
});

describe('Export → ClaimReview', () => {
  it('says what it leaves out, and downloads the verdicts signed by the reviewer named', async () => {
    const downloads = catchDownloads();
    const user = userEvent.setup();
    const data = record(['correct', 'pending', 'annulled', 'unresolvable']);
    const log = { events: [], editedAfterJudgement: new Map([['f0', '2024-02-03']]) };
    render(<ExportMenu data={data} partlyCredit={0.5} log={log} />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const choice = await screen.findByRole('button', { name: 'ClaimReview' });
    expect(choice).toHaveAccessibleDescription(
      'schema.org fact-check markup (JSON-LD), one review per verdict (2); 1 pending and 1 annulled left out',
    );
    const reviewer = screen.getByRole('textbox', { name: 'Reviewer' });
    expect(reviewer).toHaveAccessibleDescription(/no desk member’s name/);
    await user.type(reviewer, 'Dee Reader');

    await user.click(choice);
    await vi.waitFor(() => expect(downloads.names).toHaveLength(1));
    expect(downloads.names[0]).toMatch(/^hindsight-claimreview-\d{4}-\d{2}-\d{2}\.jsonld$/);
    const [blob] = downloads.blobs;
    expect(blob?.type).toBe('application/ld+json');
    const reviews = JSON.parse((await blob?.text()) ?? '') as {
      claimReviewed: string;
      author: unknown;
      reviewRating: { ratingExplanation: string };
    }[];
    expect(reviews.map((r) => [r.claimReviewed, r.author])).toEqual([
      ['Claim 0', { '@type': 'Person', name: 'Dee Reader' }],
      ['Claim 3', { '@type': 'Person', name: 'Dee Reader' }],
    ]);
    // The record's log goes with it: the first was edited after it was judged.
    expect(reviews.map((r) => r.reviewRating.ratingExplanation.includes('on 2024-02-03'))).toEqual([
      true,
      false,
    ]);
    // The menu closes and hands the focus back to Export; the name is there next time.
    expect(screen.queryByRole('button', { name: 'ClaimReview' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Export' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByRole('textbox', { name: 'Reviewer' })).toHaveValue('Dee Reader');
  });

  it('cannot be chosen when no forecast has a verdict', async () => {
    const user = userEvent.setup();
    render(<ExportMenu data={record(['pending', 'annulled'])} partlyCredit={0.5} />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const choice = await screen.findByRole('button', { name: 'ClaimReview' });
    expect(choice).toBeDisabled();
    expect(choice).toHaveAccessibleDescription(
      'no forecast has a verdict yet, so there is nothing to publish',
    );
  });
});
