// docs/claimreview.md's example is what the export writes for the data it describes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_DATA } from '../../src/data/seed';
import { buildClaimReviews } from '../../src/formats/claimreview';

const DOC = readFileSync(resolve(__dirname, '../../docs/claimreview.md'), 'utf8');

describe('docs/claimreview.md', () => {
  it('shows the export of a shipped forecast judged Correct on a desk, as written', () => {
    const example = /## Example[\s\S]*?```json\n([\s\S]*?)\n```/.exec(DOC)?.[1];
    expect(example).toBeDefined();
    const forecast = SEED_DATA.forecasts.find(
      (f) => f.id === 'fc-inozemtsev-war-until-summer-2023',
    );
    const data = {
      ...SEED_DATA,
      forecasts: [forecast!],
      judgements: [
        {
          id: 'j1',
          forecastId: forecast!.id,
          outcome: 'correct' as const,
          judgedOn: '2023-07-03',
          evidence: [
            {
              url: 'https://example.com/war-report-june-2023',
              note: 'Front-line report, 30 June 2023',
            },
          ],
          note: 'Full-scale fighting went on through June 2023.',
          at: '2023-07-03T09:00:00.000Z',
          by: { id: 'm1', name: 'Ed Itor' },
        },
      ],
    };
    expect(JSON.parse(example!)).toEqual(buildClaimReviews(data));
  });
});
