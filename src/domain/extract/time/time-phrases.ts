// Time phrases in a sentence, read as deadlines relative to the publication date.
//
// chrono-node reads explicit dates ("15 March 2023", "Dec. 19"), months ("in June",
// "March 2024"), weekdays, "tomorrow", "next week", "next month", "the end of the month". Our own
// rules (time-rules.ts) read seasons, bare years, "next/this/last year", quantified durations,
// and the words in front of every anchor: "by", "until", "before", "at least until", "in",
// "the end of", "early / mid / late", "the first / second half of".
//
// How the words in front turn a period P into a deadline (P is first narrowed by a position:
// "the end of 2023" is 31 Dec 2023, "early spring" is March, "mid-2024" is May–August):
// - none, "in", "during", "throughout", "on": 'window' P.start..P.end.
// - "by", "until", "no later than": 'point' at P's start ("by summer" = 1 June, "until 2025" =
//   1 Jan 2025: by the time it arrives, as journalists use it); "by" a year is that year's end
//   ("by 2030" = 31 Dec 2030, issue 17); with a position, at the end of that part ("by the end
//   of 2023" = 31 Dec 2023, "by early 2024" = 30 Apr 2024).
// - "before": 'point' the day before P starts.
// - "at least until", "until at least": 'lower-bound', checked at P's start: earliest P.start,
//   latest P.start + 20 days (or P.end if sooner). For a season this is 1–21 June, from
//   meteorological to astronomical summer, as the curated catalogue reads it.
// - durations ("for another two years", "within a year"): latest = publication + the span.
import * as chrono from 'chrono-node';
import { lastDayOfMonth, subYears, startOfWeek, endOfWeek } from 'date-fns';
import { addDays, isIsoDate, toDate, toIsoDate, type IsoDate } from '../../dates';
import { countWork } from '../work';
import { findDurations } from './durations';
import { findSeasons } from './seasons';
import { findDecades } from './decades';
import { readAnchor, type Anchor, type Reading } from './time-rules';
import { findYears } from './years';

export interface TimePhrase {
  /** The words as they stand in the text, e.g. "next summer", "by the end of 2023". */
  text: string;
  /** Where they stand in the sentence given (UTF-16 offsets), for highlighting. */
  start: number;
  end: number;
  deadline: { earliest?: string; latest: string };
  /**
   * 'point' (by/until a date), 'window' (a season, a month, a year), 'lower-bound' ("at least
   * until X": the claim holds at least until X starts), 'duration' ("for another two years").
   */
  sense: 'point' | 'window' | 'lower-bound' | 'duration';
}

// chrono results we leave to our own rules (years, spans) or do not want at all (clock times,
// "now", "the 1990s", "two years ago").
const CHRONO_DROP =
  /\b(?:years?|decades?|ago)\b|\d0s\b|^(?:right\s+)?now$|\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple)\s+(?:of\s+)?(?:days?|weeks?|months?|hours?|minutes?|seconds?)\b/i;
const MONTH_NAME =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/gi;
/** A month's whole name, alone. */
export const FULL_MONTH =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;
/** Month names that are also common words ("may", "march"): need "in", "by"… in front. */
const AMBIGUOUS_MONTH = /^(?:may|mar(?:ch)?)$/i;
/** A date without a year that chrono moved a year ahead, but was days ago: a caption's "Dec. 19". */
const RECENT_PAST_DAYS = 14;

interface ChronoAnchors {
  /** Results naming a month or a day of one: these beat our rules where they overlap. */
  explicit: Anchor[];
  other: Anchor[];
}

function chronoAnchors(text: string, publishedOn: IsoDate): ChronoAnchors {
  const reference = toDate(publishedOn);
  reference.setHours(12);
  const found: ChronoAnchors = { explicit: [], other: [] };
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(text, reference, { forwardDate: true });
  } catch {
    return found;
  }
  for (const r of results) {
    const anchor = toAnchor(r, publishedOn);
    if (anchor) (r.start.isCertain('month') ? found.explicit : found.other).push(anchor);
  }
  return found;
}

function toAnchor(r: chrono.ParsedResult, publishedOn: IsoDate): Anchor | null {
  if (CHRONO_DROP.test(r.text)) return null;
  const months = [...r.text.matchAll(MONTH_NAME)].map((m) => m[0]);
  // Lowercase "may", "march" are verbs, not months.
  if (months.some((m) => m[0] === m[0]?.toLowerCase())) return null;
  const known = (c: Parameters<typeof r.start.isCertain>[0]) => r.start.isCertain(c);
  const date = r.start.date();
  const span = { from: r.index, to: r.index + r.text.length };
  if (/\bweek\b/i.test(r.text)) {
    // "next week", "this week", "the week of 3 March": the whole week, Monday to Sunday.
    const start = toIsoDate(startOfWeek(date, { weekStartsOn: 1 }));
    const end = toIsoDate(endOfWeek(date, { weekStartsOn: 1 }));
    return { ...span, period: { start, end, grain: 'week' } };
  }
  if (known('day') || known('weekday')) {
    let day = toIsoDate(date);
    const lastYear = toIsoDate(subYears(date, 1));
    if (known('month') && !known('year') && lastYear >= addDays(publishedOn, -RECENT_PAST_DAYS)) {
      day = lastYear;
    }
    return { ...span, period: { start: day, end: day, grain: 'day' } };
  }
  if (known('month')) {
    // A lone "Dec." is more often a caption's date cut off by the sentence splitter.
    if (!known('year') && !months.every((m) => FULL_MONTH.test(m))) return null;
    // "In May" written on 3 May is this May, still under way, not next year's.
    const underWay = !known('year') && toIsoDate(lastDayOfMonth(subYears(date, 1))) >= publishedOn;
    const month = underWay ? subYears(date, 1) : date;
    const start = toIsoDate(new Date(month.getFullYear(), month.getMonth(), 1));
    const end = toIsoDate(lastDayOfMonth(month));
    const needsContext = !known('year') && months.length === 1 && AMBIGUOUS_MONTH.test(r.text);
    return { ...span, period: { start, end, grain: 'month' }, needsContext };
  }
  return null;
}

/**
 * Trims a span to its words and widens it over an editor's bracket it cuts through:
 * "[next] summer", not "next] summer".
 */
function tidySpan(sentence: string, r: Reading): Reading {
  let { from, to } = r;
  while (to > from && /\s/.test(sentence[to - 1] ?? '')) to -= 1;
  while (from < to && /\s/.test(sentence[from] ?? '')) from += 1;
  const slice = sentence.slice(from, to);
  const opens = (slice.match(/\[/g) ?? []).length;
  const closes = (slice.match(/\]/g) ?? []).length;
  if (closes > opens && sentence[from - 1] === '[') from -= 1;
  if (opens > closes && sentence[to] === ']') to += 1;
  return { ...r, from, to };
}

function isSound(r: Reading): boolean {
  const { earliest, latest } = r.deadline;
  if (!isIsoDate(latest)) return false;
  return earliest === undefined || (isIsoDate(earliest) && earliest <= latest);
}

function readAll(text: string, anchors: Anchor[]): Reading[] {
  const readings: Reading[] = [];
  for (const anchor of anchors) {
    try {
      const reading = readAnchor(text, anchor);
      if (reading) readings.push(reading);
    } catch {
      // A date out of range (a year 9999 sum): not a deadline worth proposing.
    }
  }
  return readings;
}

/**
 * The time phrases of one sentence, in text order and non-overlapping, each with a deadline
 * relative to `publishedOn` (YYYY-MM-DD). Past dates are returned too; whether a phrase names
 * a past event is for the caller to judge. Throws only on an invalid `publishedOn`.
 */
export function findTimePhrases(sentence: string, publishedOn: string): TimePhrase[] {
  toDate(publishedOn); // fail fast on a bad reference date
  countWork(sentence.length);
  // Editors' brackets ("until [next] summer") become spaces: offsets stay the sentence's own.
  const text = sentence.replace(/[[\]]/g, ' ');
  const chronoFound = chronoAnchors(text, publishedOn);
  let durations: Reading[] = [];
  try {
    durations = findDurations(text, publishedOn);
  } catch {
    durations = [];
  }
  // Earlier groups win overlaps: spans, then chrono's dates, then our anchors, then the rest.
  const ordered = [
    ...durations,
    ...readAll(text, chronoFound.explicit),
    ...readAll(text, [
      ...findSeasons(text, publishedOn),
      ...findYears(text, publishedOn),
      ...findDecades(text, publishedOn),
    ]),
    ...readAll(text, chronoFound.other),
  ];
  // Which characters a chosen phrase holds: checking a reading costs its own length, not the
  // number of phrases chosen so far (a text of nothing but dates has thousands).
  const taken = new Uint8Array(sentence.length + 1);
  const chosen: Reading[] = [];
  for (const raw of ordered) {
    if (!isSound(raw)) continue;
    const reading = tidySpan(sentence, raw);
    if (reading.to <= reading.from || isTaken(taken, reading)) continue;
    taken.fill(1, reading.from, reading.to);
    chosen.push(reading);
  }
  return chosen
    .sort((a, b) => a.from - b.from)
    .map((r) => ({
      text: sentence.slice(r.from, r.to),
      start: r.from,
      end: r.to,
      deadline: r.deadline,
      sense: r.sense,
    }));
}

function isTaken(taken: Uint8Array, r: Reading): boolean {
  for (let i = r.from; i < r.to; i += 1) if (taken[i] === 1) return true;
  return false;
}

const RANK: Record<TimePhrase['sense'], number> = {
  point: 2,
  'lower-bound': 2,
  duration: 2,
  window: 1,
};

/**
 * The phrase that sets a forecast's deadline. Stated ends ("by", "until", "at least until",
 * "for another two years") beat plain windows ("in early spring"), since a sentence's window
 * is often a side remark; among equals the later `latest` wins, so "next year and also in
 * 2024" runs to the end of 2024; then the earlier phrase in the text.
 */
export function bestDeadline(phrases: readonly TimePhrase[]): TimePhrase | null {
  let best: TimePhrase | null = null;
  for (const phrase of phrases) {
    if (
      !best ||
      RANK[phrase.sense] > RANK[best.sense] ||
      (RANK[phrase.sense] === RANK[best.sense] && phrase.deadline.latest > best.deadline.latest)
    ) {
      best = phrase;
    }
  }
  return best;
}
