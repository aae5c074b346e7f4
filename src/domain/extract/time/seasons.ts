// Seasons: Northern-hemisphere meteorological seasons, three whole months each ("next
// summer", "winter 2023", "this spring"), resolved against the publication date.
import { yearOf, type IsoDate } from '../../dates';
import { addMonthsIso, monthEnd, type Anchor, type Period } from './time-rules';

const SEASON_START_MONTH: Record<string, number> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  fall: 9,
  winter: 12,
};

/** The season that starts in `year` (winter 2023 is Dec 2023 – Feb 2024). */
function seasonOf(name: string, year: number): Period {
  const month = SEASON_START_MONTH[name] ?? 6;
  const start = `${year}-${String(month).padStart(2, '0')}-01`;
  return { start, end: monthEnd(addMonthsIso(start, 2)), grain: 'season' };
}

/**
 * "next summer": the first summer that starts after publication. "last summer": the latest that
 * ended before it. "this summer" and a bare "summer": the one under way, or else the next.
 */
function resolveSeason(name: string, qualifier: string, publishedOn: IsoDate): Period {
  // A text of many seasons asks the same few questions again and again: remember the answers.
  const key = `${name} ${qualifier} ${publishedOn}`;
  let period = SEASONS_RESOLVED.get(key);
  if (!period) {
    if (SEASONS_RESOLVED.size > 1000) SEASONS_RESOLVED.clear();
    period = seasonFrom(name, qualifier, publishedOn);
    SEASONS_RESOLVED.set(key, period);
  }
  return period;
}

const SEASONS_RESOLVED = new Map<string, Period>();

function seasonFrom(name: string, qualifier: string, publishedOn: IsoDate): Period {
  const year = yearOf(publishedOn);
  const seasons = [year - 2, year - 1, year, year + 1].map((y) => seasonOf(name, y));
  if (qualifier === 'next' || qualifier === 'coming') {
    return seasons.find((s) => s.start > publishedOn) ?? seasonOf(name, year + 1);
  }
  if (qualifier === 'last') {
    return [...seasons].reverse().find((s) => s.end < publishedOn) ?? seasonOf(name, year - 1);
  }
  return seasons.find((s) => s.end >= publishedOn) ?? seasonOf(name, year + 1);
}

const SEASON =
  /\b(?:(this|next|last|coming)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?((?:19|20)\d\d))?\b/gi;

export function findSeasons(text: string, publishedOn: IsoDate): Anchor[] {
  return [...text.matchAll(SEASON)].map((m) => {
    const qualifier = (m[1] ?? '').toLowerCase();
    const name = (m[2] ?? '').toLowerCase();
    const period = m[3]
      ? seasonOf(name, Number(m[3]))
      : resolveSeason(name, qualifier, publishedOn);
    // "fall" is mostly a verb; take it only when something marks it as the season.
    const needsContext = name === 'fall' && !qualifier && !m[3];
    return { from: m.index, to: m.index + m[0].length, period, needsContext };
  });
}
