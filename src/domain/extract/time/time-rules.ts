// Bare years ("in 2024", "next year") and the words in front of any anchor ("by", "at least
// until", "the end of", "early", "the third quarter of"), resolved against the publication
// date, never the clock. Seasons are in seasons.ts, quantified spans in durations.ts.
import { addMonths, addYears, lastDayOfMonth } from 'date-fns';
import { addDays, toDate, toIsoDate, yearEnd, yearStart, type IsoDate } from '../../dates';

export type Grain = 'day' | 'week' | 'month' | 'season' | 'year' | 'decade';

/** A stretch of calendar days, both ends included. */
export interface Period {
  start: IsoDate;
  end: IsoDate;
  grain: Grain;
}

/** Words in the text that name a period; [from, to) are UTF-16 offsets. */
export interface Anchor {
  from: number;
  to: number;
  period: Period;
  /** Accepted only with a lead or position in front ("in fall", not "prices fall"). */
  needsContext?: boolean;
}

export type Sense = 'point' | 'window' | 'lower-bound' | 'duration';

export interface Reading {
  from: number;
  to: number;
  deadline: { earliest?: IsoDate; latest: IsoDate };
  sense: Sense;
}

export function addMonthsIso(iso: IsoDate, months: number): IsoDate {
  return toIsoDate(addMonths(toDate(iso), months));
}

export function addYearsIso(iso: IsoDate, years: number): IsoDate {
  return toIsoDate(addYears(toDate(iso), years));
}

export function monthEnd(iso: IsoDate): IsoDate {
  return toIsoDate(lastDayOfMonth(toDate(iso)));
}

function minIso(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

export function yearPeriod(year: number): Period {
  return { start: yearStart(year), end: yearEnd(year), grain: 'year' };
}

/** Seasons and years; months, days and weekdays come from chrono-node. */

// --- Leads and positions: "by the end of", "at least until", "in early" ----------------------

const LEAD = String.raw`(at\s+(?:the\s+)?(?:very\s+)?least\s+(?:until|till)|(?:until|till)\s+["“‘']?at\s+least|no\s+later\s+than|not\s+later\s+than|between\s+now\s+and|through\s+to|by|until|till|before|in|for|during|throughout|through|thru|on)`;
const ORDINAL = String.raw`(?:first|second|third|fourth|final|last)`;
const POSITION = String.raw`(?:the\s+)?(?:very\s+)?(end|start|beginning|middle|first\s+half|second\s+half|(?:first|last)\s+(?:three|six|nine)\s+months|${ORDINAL}(?:\s+(?:or|and|to)\s+${ORDINAL})?\s+quarter)\s+of|(?:the\s+)?(early|late|mid)|(end|start)(?=-)`;
const PREFIX = new RegExp(
  String.raw`(?:\b${LEAD}\s+)?(?:\b(?:${POSITION})(?:\s+|-))?(?:\bthe\s+)?$`,
  'i',
);

type Part =
  | 'end'
  | 'start'
  | 'early'
  | 'mid'
  | 'late'
  | 'first-half'
  | 'second-half'
  | { quarters: [number, number] };

const QUARTER_NUMBER: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  final: 4,
  last: 4,
};

function toPart(word: string): Part {
  const w = word.toLowerCase().replace(/\s+/g, '-');
  if (w.endsWith('-quarter')) {
    // "the third quarter", "the second or third quarter": a window of whole quarters.
    const numbers = w
      .split('-')
      .map((x) => QUARTER_NUMBER[x])
      .filter((n) => n !== undefined);
    return { quarters: [numbers[0] ?? 1, numbers[numbers.length - 1] ?? 1] };
  }
  const months = /^(first|last)-(three|six|nine)-months$/.exec(w);
  if (months) {
    // "the first six months of 2019" is its first half; "the last three months", its fourth quarter.
    const n = { three: 1, six: 2, nine: 3 }[months[2] as 'three' | 'six' | 'nine'];
    return { quarters: months[1] === 'first' ? [1, n] : [5 - n, 4] };
  }
  if (w === 'beginning') return 'start';
  if (w === 'middle') return 'mid';
  return w as Part;
}

/**
 * Thirds and halves: of a year or season by whole months, of a month by days; quarters of a
 * year.
 */
function partOf(p: Period, part: Part): Period {
  if (typeof part === 'object') {
    if (p.grain !== 'year') return p;
    const [from, to] = part.quarters;
    const start = addMonthsIso(p.start, 3 * (from - 1));
    return { start, end: addDays(addMonthsIso(p.start, 3 * to), -1), grain: 'month' };
  }
  if (part === 'end') return { start: p.end, end: p.end, grain: 'day' };
  if (part === 'start') return { start: p.start, end: p.start, grain: 'day' };
  const slices = part === 'first-half' || part === 'second-half' ? 2 : 3;
  const index = { early: 0, mid: 1, late: 2, 'first-half': 0, 'second-half': 1 }[part];
  if (p.grain === 'year' || p.grain === 'season' || p.grain === 'decade') {
    const months = { year: 12, season: 3, decade: 120 }[p.grain];
    const size = months / slices;
    const start = addMonthsIso(p.start, size * index);
    return { start, end: addDays(addMonthsIso(start, size), -1), grain: 'month' };
  }
  if (p.grain === 'month') {
    const size = slices === 2 ? 15 : 10;
    const start = addDays(p.start, size * index);
    const end = index === slices - 1 ? p.end : addDays(start, size - 1);
    return { start, end, grain: 'day' };
  }
  return p;
}

/** Leads that say the claim holds over the period: "in 2024", "through 2018". */
const WINDOW_LEADS = new Set(['in', 'for', 'during', 'throughout', 'through', 'thru', 'on']);
/** A negation shortly before "until": "will not be raised until", "won't act until". */
const NEGATED = /\b(?:not|never|n['’]t)\b(?:\s+[\w'’-]+){0,3}\s*$/i;

/** Days a lower bound stays checkable: "at least until summer" is checked 1–21 June. */
const LOWER_BOUND_GRACE_DAYS = 20;

/**
 * Reads an anchor with the words in front of it. Returns null when the anchor needs context
 * ("fall", a bare "year") and has none.
 */
export function readAnchor(text: string, anchor: Anchor): Reading | null {
  const windowStart = Math.max(0, anchor.from - 60);
  const m = PREFIX.exec(text.slice(windowStart, anchor.from));
  const lead = (m?.[1] ?? '').toLowerCase().replace(/[\s"“‘']+/g, ' ');
  // "end-2020", "start-2021": business shorthand for the end or start of the year.
  const part = m?.[2] ?? m?.[3] ?? m?.[4];
  if (anchor.needsContext && !lead && !part) return null;
  // A lone "the" stays out of the phrase: "the 2024 election" is about 2024.
  const from = m && (lead || part) ? windowStart + m.index : anchor.from;
  const p = part ? partOf(anchor.period, toPart(part)) : anchor.period;
  const base = { from, to: anchor.to };
  const negated =
    (lead === 'until' || lead === 'till') && NEGATED.test(text.slice(Math.max(0, from - 40), from));
  if (lead.includes('least') || negated) {
    // "at least until X", and "not until X" ("rates will not be raised until 2019"): nothing
    // happens before X starts, checked when it does.
    const latest = minIso(p.end, addDays(p.start, LOWER_BOUND_GRACE_DAYS));
    return { ...base, sense: 'lower-bound', deadline: { earliest: p.start, latest } };
  }
  if (lead === 'before')
    return { ...base, sense: 'point', deadline: { latest: addDays(p.start, -1) } };
  if (lead && !WINDOW_LEADS.has(lead)) {
    // "by summer": by the time it starts; "by early 2024": by the end of that part; "by 2030",
    // "between now and 2027", "by the end of the decade": by the end of that year or decade,
    // as a year is read when it is the whole deadline (issue 17).
    const whole = p.grain === 'year' || p.grain === 'decade';
    const latest =
      part || ((lead === 'by' || lead.startsWith('between')) && whole) ? p.end : p.start;
    return { ...base, sense: 'point', deadline: { latest } };
  }
  return { ...base, sense: 'window', deadline: { earliest: p.start, latest: p.end } };
}
