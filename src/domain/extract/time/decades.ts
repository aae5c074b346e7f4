// Decades: "the 2020s", "the late 1990s", "this decade", "by the end of the decade", "the next
// decade". A decade named by its digits runs from its year ending in 0 to the one ending in 9;
// "the decade" said of the one under way is read as journalists and energy outlooks use it,
// to the next year ending in 0: "by the end of the decade" written in 2025 is by 31 Dec 2030
// ("by 2030"), not 2029.
import { yearEnd, yearOf, yearStart, type IsoDate } from '../../dates';
import type { Anchor } from './time-rules';

const DECADE = /\b(?:(?:19|20)(\d)0['’]?s|(this|the|next|coming)\s+decade)\b/gi;

export function findDecades(text: string, publishedOn: IsoDate): Anchor[] {
  const year = yearOf(publishedOn);
  const anchors: Anchor[] = [];
  for (const m of text.matchAll(DECADE)) {
    const from = m.index;
    const to = from + m[0].length;
    if (m[1] !== undefined) {
      const first = Number(m[0].slice(0, 4));
      anchors.push({ from, to, period: decade(first, first + 9) });
      continue;
    }
    const which = (m[2] ?? '').toLowerCase();
    // "the decade" only with a lead or a position: "by the end of the decade", not "a decade".
    const ends = Math.ceil((year + 1) / 10) * 10;
    const last = which === 'next' || which === 'coming' ? ends + 10 : ends;
    anchors.push({
      from: which === 'the' ? from + m[0].length - 'decade'.length : from,
      to,
      period: decade(last - 9, last),
      needsContext: which === 'the',
    });
  }
  return anchors;
}

function decade(first: number, last: number): Anchor['period'] {
  return { start: yearStart(first), end: yearEnd(last), grain: 'decade' };
}
