// Years: "in 2024", "by 2100", "next year", "the following year", "the end of the year"; and
// quarters named without their year ("in the fourth quarter", "fourth-quarter growth"), read
// in the year the text has just named, else the year of publication.
import { addDays, yearOf, type IsoDate } from '../../dates';
import { addMonthsIso, yearPeriod, type Anchor } from './time-rules';

const YEAR =
  /\b(?:(this|next|last|coming|following|previous)\s+year|year\s+((?:19|20|21)\d\d)|((?:19|20|21)\d\d)|(year))\b/gi;
const YEAR_BEFORE_OK =
  /(?:\b(?:of|since|from|after|to|and|or|the|for|year|through|thru|summer|spring|autumn|fall|winter)\s+|\b(?:19|20)\d\d\s*[-–]\s*)$/i;
const YEAR_AFTER_OK =
  /^(?:\s*(?:[,.;:!?)\]’'"”]|[-–]\s*(?:19|20)\d\d)|\s*$|\s+(?:will|would|is|was|has|had|could|might|saw)\b)/i;
const NOT_A_YEAR_BEFORE = /(?:[\d$£€#/:]|[\d,.][\s]?)$/;
const NOT_A_YEAR_AFTER = /^(?:[\d%]|[.,]\d|\s*(?:%|percent|per\s+cent)\b)/i;
/**
 * A quarter or a half ("the fourth quarter", "Q1", "H2"), with its year when one follows ("in
 * the first quarter next year", "Q1 2020"; "the third quarter of 2019" is time-rules'); "last
 * quarter" is the one just gone, left out.
 */
const QUARTER =
  /\b(?:(first|second|third|fourth|final)[-\s](quarter|half)\b(?!\s+of\b)|(q[1-4]|h[12])\b)(?:\s+(?:(this|next)\s+year|(?:of\s+)?((?:19|20)\d\d))\b)?/gi;
const QUARTER_OF: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4 };
/** Halves as the quarters they span. */
const HALF_OF: Record<string, [number, number]> = { first: [1, 2], second: [3, 4], final: [3, 4] };
/** "The New Year": the next 1 January ("through to the New Year", "in the new year"). */
const NEW_YEAR = /\bthe\s+new\s+year\b(?!['’]s)/gi;
const newYearOf = (publishedOn: IsoDate): number => yearOf(publishedOn) + 1;
/** "This quarter", "the current quarter", "next quarter" ("this quarter and next" is both). */
const THIS_QUARTER = /\b(this|the\s+current|next|the\s+coming)\s+quarter\b(?:\s+and\s+next\b)?/gi;
const CHRISTMAS =
  /\bChristmas(?:\s+Day)?\b(?!\s+(?:shopping|trading|sales|party|parties|tree|card|cards|market|markets)\b)/g;
/** "End the year", "finish the year", "close the year": this year, at its end. */
const END_THE_YEAR = /\b(?:end|ends|ending|finish|finishes|close|closes)\s+the\s+year\b/gi;
/** How far back a year named in the text still dates a quarter or "the following year". */
const NAMED_REACH = 400;

interface Named {
  year: number;
  to: number;
}

export function findYears(text: string, publishedOn: IsoDate): Anchor[] {
  const year = yearOf(publishedOn);
  const anchors: Anchor[] = [];
  // The last year the text named: "in 2019 … the first six months of the year" is 2019's.
  let named: Named | null = null;
  const inSentence = (from: number): number | null =>
    named !== null && !/[.!?]\s/.test(text.slice(named.to, from)) ? named.year : null;
  for (const m of text.matchAll(YEAR)) {
    const from = m.index;
    const to = from + m[0].length;
    if (m[1]) {
      const q = m[1].toLowerCase();
      const recent: number | null =
        named !== null && from - named.to <= NAMED_REACH ? named.year : null;
      const y: number =
        q === 'this'
          ? year
          : q === 'last'
            ? year - 1
            : q === 'following'
              ? (recent ?? year) + 1
              : q === 'previous'
                ? (recent ?? year) - 1
                : year + 1;
      anchors.push({ from, to, period: yearPeriod(y) });
      named = { year: y, to };
    } else if (m[2]) {
      anchors.push({ from, to, period: yearPeriod(Number(m[2])) });
      named = { year: Number(m[2]), to };
    } else if (m[4]) {
      // "the end of the year": a bare "year" only after a position, meaning this year, or the
      // year the same sentence has just named.
      anchors.push({ from, to, period: yearPeriod(inSentence(from) ?? year), needsContext: true });
    } else if (m[3]) {
      const before = text.slice(Math.max(0, from - 40), from);
      const after = text.slice(to, to + 20);
      if (NOT_A_YEAR_BEFORE.test(before) && !/[-–]$/.test(before)) continue;
      if (NOT_A_YEAR_AFTER.test(after)) continue;
      const confident = YEAR_BEFORE_OK.test(before) || YEAR_AFTER_OK.test(after);
      anchors.push({ from, to, period: yearPeriod(Number(m[3])), needsContext: !confident });
      named = { year: Number(m[3]), to };
    }
  }
  for (const m of text.matchAll(NEW_YEAR)) {
    const day = `${newYearOf(publishedOn)}-01-01`;
    // "Early in the New Year": its first two months, not its first day.
    const early = /\bearly\s+in\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index));
    anchors.push({
      from: early ? text.lastIndexOf('early', m.index) : m.index,
      to: m.index + m[0].length,
      period: early
        ? { start: day, end: addDays(`${newYearOf(publishedOn)}-03-01`, -1), grain: 'month' }
        : { start: day, end: day, grain: 'day' },
    });
  }
  // "This quarter", "next quarter": the quarter of publication, or the one after it.
  for (const m of text.matchAll(THIS_QUARTER)) {
    const first =
      Math.ceil(Number(publishedOn.slice(5, 7)) / 3) + (/next|coming/i.test(m[1] ?? '') ? 1 : 0);
    const last = /and\s+next$/i.test(m[0]) ? first + 1 : first;
    anchors.push({ from: m.index, to: m.index + m[0].length, period: quarters(year, first, last) });
  }
  // "By Christmas": the next 25 December.
  for (const m of text.matchAll(CHRISTMAS)) {
    const christmas = `${year}-12-25` >= publishedOn ? `${year}-12-25` : `${year + 1}-12-25`;
    anchors.push({
      from: m.index,
      to: m.index + m[0].length,
      period: { start: christmas, end: christmas, grain: 'day' },
    });
  }
  // "End the year down 11%": the year under way.
  for (const m of text.matchAll(END_THE_YEAR)) {
    const at = m.index + m[0].length - 'the year'.length;
    anchors.push({ from: at, to: at + 'the year'.length, period: yearPeriod(year) });
  }
  // A quarter first: "the first quarter next year" wins over the "next year" inside it.
  return [...findQuarters(text, publishedOn, anchors), ...anchors];
}

/** Quarters `first` to `last` of `year`, 1 to 4 (a fifth is the next year's first). */
function quarters(year: number, first: number, last: number): Anchor['period'] {
  const start = addMonthsIso(`${year}-01-01`, 3 * (first - 1));
  const end = addDays(addMonthsIso(`${year}-01-01`, 3 * last), -1);
  return { start, end, grain: 'month' };
}

/** The quarters a word spans: "fourth" quarter [4, 4], "second" half [3, 4], "q2", "h1". */
function quartersOf(word: string, unit: string | undefined): [number?, number?] {
  if (unit === 'half') return HALF_OF[word] ?? [];
  if (unit === 'quarter') {
    const n = QUARTER_OF[word];
    return [n, n];
  }
  const n = Number(word.slice(1));
  return word.startsWith('h') ? [2 * n - 1, 2 * n] : [n, n];
}

/**
 * Quarters without a year, in the year last named before them (within reach), else this one
 * or, once it is over, the next.
 */
function findQuarters(text: string, publishedOn: IsoDate, years: readonly Anchor[]): Anchor[] {
  const year = yearOf(publishedOn);
  const out: Anchor[] = [];
  let y = 0;
  for (const m of text.matchAll(QUARTER)) {
    while (y < years.length && years[y]!.to <= m.index) y += 1;
    const last = years[y - 1];
    const within = last && !last.needsContext && m.index - last.to <= NAMED_REACH;
    const which = m[4]?.toLowerCase();
    const named = which === 'next' ? year + 1 : which === 'this' ? year : undefined;
    const [first, final] = quartersOf((m[1] ?? m[3] ?? '').toLowerCase(), m[2]?.toLowerCase());
    if (first === undefined || final === undefined) continue;
    // With no year at all, a quarter already over when the text was written is next year's.
    const over = quarters(year, final, final).end < publishedOn;
    const unnamed = within ? yearOf(last.period.start) : over ? year + 1 : year;
    const inYear = m[5] ? Number(m[5]) : (named ?? unnamed);
    out.push({ from: m.index, to: m.index + m[0].length, period: quarters(inYear, first, final) });
  }
  return out;
}
