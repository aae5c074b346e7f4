import { describe, expect, it } from 'vitest';
import { matchRanges } from '../../../src/features/find/highlight';
import { queryTerms } from '../../../src/features/find/search-text';

function card(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = `<article class="forecast-card">${html}</article>`;
  return root;
}

describe('marking what the search matched', () => {
  it.each([
    ['coup', ['coup', 'Coup']],
    ['senor', ['Señor']],
    ['"palace coup"', ['palace coup']],
    ["putin's", ['Putin’s']],
    ['zebra', []],
  ])('marks %j in the claim, speaker, quote and caveats as shown', (query, marked) => {
    const root = card(
      '<h3>A palace coup by Señor Putin’s aides</h3><p class="speaker"><strong>Coup Expert</strong></p>' +
        '<p class="criteria">coup in the criteria is not searched</p>',
    );
    const ranges = matchRanges(root, queryTerms(query));
    expect(ranges.map((r) => r.toString()).sort()).toEqual([...marked].sort());
  });

  it('marks a term found inside a longer word, and text split over elements', () => {
    const root = card('<blockquote class="quote"><p>The <em>Ukrainian</em> war</p></blockquote>');
    expect(matchRanges(root, ['ukrain', 'war']).map((r) => r.toString())).toEqual([
      'Ukrain',
      'war',
    ]);
  });
});
