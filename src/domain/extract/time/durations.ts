// Quantified durations counted from publication: "for at least another two years", "within a
// year", "over the next 18 months".
import { addDays, yearEnd, yearOf, type IsoDate } from '../../dates';
import { addMonthsIso, type Reading, type Sense } from './time-rules';

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  eighteen: 18,
  twenty: 20,
  thirty: 30,
  'a couple of': 2,
  'couple of': 2,
  'half a': 0.5,
};
const NUMBER = String.raw`\d{1,4}(?:\.\d+)?|a\s+couple\s+of|couple\s+of|half\s+a|${Object.keys(
  NUMBER_WORDS,
)
  .filter((w) => !w.includes(' '))
  .join('|')}`;
const DURATION = new RegExp(
  String.raw`\b(?:(for|in|within|over|during)\s+)?(?:(?:at\s+least|at\s+most|up\s+to|no\s+more\s+than|less\s+than|more\s+than|nearly|almost|about|around|roughly)\s+)?(?:(another|a\s+further|the\s+next|the\s+coming)\s+)?(?:(?:at\s+least|about|around)\s+)?(?:the\s+(?=\d))?(?:(${NUMBER})\s*(?:to|-|–|or)\s*)?(?:(${NUMBER})(\s+and\s+a\s+half)?\s+)?(?:(?:more|further|additional)\s+)?(day|week|fortnight|month|quarter|year|decade|century|centurie)(s?)(\s+and\s+a\s+half)?(?:\s+or\s+(two|three))?(\s+from\s+now|['’]s?\s+time|\s+to\s+come|\s+ahead)?(?:\s+(?:more|longer))?\b`,
  'gi',
);
/**
 * Verbs whose object is a span: "could last four to six months", "take another year", and an
 * absence to come: "is set to miss two months", "will miss six weeks".
 */
const SPAN_VERB_BEFORE =
  /\b(?:will|would|could|may|might|can|should|must|to)\s+(?:last|take|run|continue|miss)\s+(?:the\s+next\s+)?$|\b(?:lasts|takes|runs|continues)\s+$/i;
const PAST_BEFORE = /\b(?:past|last|previous|first|recent)\s+$/i;
/** A superlative or "first time" just before "in <span>". */
const SUPERLATIVE_BEFORE =
  /\b(?:\w{2,}est|most|least|best|worst|first(?:\s+time)?|fewest|biggest|only\s+time)\b(?:\s+[\w-]+){0,3}\s*$/i;
/** A perfect tense in the same clause: "has been … for 250 years", "have lived here for a decade". */
const PERFECT_BEFORE = /\b(?:has|have|had|['’]ve)\s+(?:\w+\s+){0,2}?(?:been|\w+ed)\b[^,.;:!?]*$/i;
const NOT_A_SPAN_AFTER = /^\s+(?:ago|of|old|later|earlier|before|after|since)\b|^-/i;
const UNIT_MONTHS: Record<string, number> = {
  year: 12,
  decade: 120,
  century: 1200,
  centurie: 1200,
  quarter: 3,
  month: 1,
};
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, fortnight: 14 };

function quantity(word: string | undefined): number | null {
  if (word === undefined) return 1;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return NUMBER_WORDS[w] ?? (/^\d/.test(w) ? Number(w) : null);
}

function addSpan(publishedOn: IsoDate, amount: number, unit: string): IsoDate {
  const months = UNIT_MONTHS[unit];
  if (months !== undefined) {
    const total = amount * months;
    const whole = Math.floor(total);
    return addDays(addMonthsIso(publishedOn, whole), Math.round((total - whole) * 30));
  }
  return addDays(publishedOn, Math.round(amount * (UNIT_DAYS[unit] ?? 1)));
}

/**
 * "The next five years", "the coming three years": whole calendar years, this one first (a
 * report's "next five years" written in 2024 are 2024–2028). "Within the next …" counts from
 * the day instead.
 */
function calendarYears(
  det: string | undefined,
  lead: string,
  total: number,
  unit: string,
  publishedOn: IsoDate,
): IsoDate | null {
  if (!det || !/^the\s+(?:next|coming)$/i.test(det) || lead === 'within') return null;
  if (unit !== 'year' || !Number.isInteger(total) || total < 2) return null;
  return yearEnd(yearOf(publishedOn) + total - 1);
}

/**
 * Quantified spans counted from publication. Unquantified ones ("for years", "in the coming
 * weeks", "for a very long time") set no deadline and are not returned. "in"/"within" say
 * something happens by then ('point'); the rest say it holds that long ('duration').
 */
export function findDurations(text: string, publishedOn: IsoDate): Reading[] {
  const readings: Reading[] = [];
  for (const m of text.matchAll(DURATION)) {
    const [all, lead, det, low, num0, half1, unitWord, plural, half2, orMore, fromNow] = m;
    // "the next year or two": the longer span, since the claim is that it takes no longer.
    const num = orMore ?? num0;
    const from = m.index;
    const to = from + all.length;
    if (!num && !det) continue;
    if (!num && plural) continue;
    const before = text.slice(Math.max(0, from - 20), from);
    const spanVerb = SPAN_VERB_BEFORE.test(before);
    if (!lead && !det && !fromNow && !((low || num) && spanVerb)) continue;
    if (PAST_BEFORE.test(before) && !spanVerb) continue;
    // "has been the nature of technology for 250 years": a span that has run, not one to come.
    if (PERFECT_BEFORE.test(text.slice(Math.max(0, from - 80), from))) continue;
    if (NOT_A_SPAN_AFTER.test(text.slice(to, to + 12))) continue;
    const amount = quantity(num);
    if (amount === null || amount <= 0 || amount > 500) continue;
    const total = amount + (half1 || half2 ? 0.5 : 0);
    const unit = (unitWord ?? 'day').toLowerCase();
    const l = (lead ?? '').toLowerCase();
    // "the highest in nearly six years", "for the first time in a decade": a span looked back on.
    if (l === 'in' && SUPERLATIVE_BEFORE.test(text.slice(Math.max(0, from - 60), from))) continue;
    const latest =
      calendarYears(det, l, total, unit, publishedOn) ?? addSpan(publishedOn, total, unit);
    const sense: Sense = l === 'in' || l === 'within' ? 'point' : 'duration';
    // A range ("four to six months", "3-5 years", "10 to 20 years") is a window: its low end
    // is the earliest, its high end the latest.
    const lowAmount = quantity(low ?? undefined);
    const earliest =
      low && lowAmount !== null && lowAmount > 0 && lowAmount < total
        ? addSpan(publishedOn, lowAmount, unit)
        : undefined;
    readings.push({
      from,
      to,
      sense,
      deadline: earliest ? { earliest, latest } : { latest },
    });
  }
  return readings;
}
