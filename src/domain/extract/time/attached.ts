// The time phrases that date a forecast: those attached to its verb, not merely the nearest or
// the latest in its words (issue 17). "Sales will grow 2.6% to 221 million this year and climb
// to 242 million by 2022" forecasts this year first; "will come as soon as October and even
// reach 0.5% by February" is dated October. The forecast's words are cut where another
// predicate starts ("and", "before", "while", "but", "whereas", ";"), and the deadline is read
// from the piece that holds the verb. "And" joining two times of one verb ("next year and also
// in 2024") joins, it does not cut; nor does an "and" inside a time phrase ("between now and
// 2027"). The pieces after the verb's that carry a time of their own are forecasts of their
// own: "demand will rise by 0.7 mb/d in 2011, and by 1.3 mb/d in 2012" is two, and so is
// "growth will slow to 1.5% in 2025 before recovering to 2% in 2026".
import type { TimePhrase } from './time-phrases';

/** Where another predicate may start. (?<!\s): each run of spaces is read once. */
const BOUNDARY = /(?<!\s)(?:,?\s+(and|before|while|but|whereas|whilst)\s+|\s*;\s*)/g;
/** What may stand between "and" and a time phrase that still belongs to the same verb. */
const JOINS_TIME = /^(?:(?:also|again|possibly|perhaps|even|maybe|or)\s+)*$/i;
/** Cuts after which a piece with a time of its own is a forecast of its own. */
const SPLITS = new Set(['and', 'while', 'whilst', 'whereas', 'but', 'before', '']);

export interface Piece {
  /** In the offsets of the times given. */
  start: number;
  end: number;
  times: TimePhrase[];
}

interface Cut {
  at: number;
  after: number;
  word: string;
}

function cutsOf(words: string, offset: number, times: readonly TimePhrase[]): Cut[] {
  const out: Cut[] = [];
  let t = 0;
  for (const m of words.matchAll(BOUNDARY)) {
    const at = m.index + offset;
    const after = at + m[0].length;
    const word = (m[1] ?? '').toLowerCase();
    while (t < times.length && times[t]!.end <= at) t += 1;
    const next = times[t];
    // Inside a time phrase, or its lead ("before 2027", "between now and 2027").
    if (next && next.start < after) continue;
    const between = words.slice(after - offset, (next?.start ?? 0) - offset);
    if (next && word === 'and' && JOINS_TIME.test(between)) continue;
    out.push({ at, after, word });
  }
  return out;
}

/**
 * The forecast's words (standing at `offset` in the offsets of `times` and `verb`) in pieces,
 * each with the time phrases that date it: first the piece that holds the verb, from the
 * words' start; then each later piece that holds a time of its own, cut at "and", "while",
 * "but", "whereas" or ";" (a piece without a time belongs to the one before it). With no
 * verb, or no time before the first such cut, one piece with the verb's times.
 */
export function timedPieces(
  words: string,
  offset: number,
  verb: number | null,
  times: readonly TimePhrase[],
): Piece[] {
  const end = offset + words.length;
  const all: Piece = { start: offset, end, times: [...times] };
  if (verb === null || times.length < 2) return [all];
  const cuts = cutsOf(words, offset, times);
  let from = offset;
  let i = 0;
  for (; i < cuts.length && cuts[i]!.at < verb; i += 1) from = cuts[i]!.after;
  const inside = (a: number, b: number) => times.filter((p) => p.start >= a && p.start < b);
  const rest = cuts.slice(i);
  const first: Piece = { start: offset, end: rest[0]?.at ?? end, times: [] };
  first.times = inside(from, first.end);
  const pieces = [first];
  // A piece cut off without a time of its own opens the next one that has a time ("while A,
  // chief economist and | head of research at B, said … by 2019"), or else ends the last.
  let opened: number | null = null;
  for (let k = 0; k < rest.length; k += 1) {
    const start: number = opened ?? rest[k]!.after;
    const stop = rest[k + 1]?.at ?? end;
    const own = inside(start, stop);
    const last = pieces[pieces.length - 1]!;
    const splits = opened !== null || SPLITS.has(rest[k]!.word);
    if (own.length > 0 && splits && last.times.length > 0) {
      pieces.push({ start, end: stop, times: own });
      opened = null;
    } else if (SPLITS.has(rest[k]!.word) && opened === null && last.times.length > 0) {
      opened = start;
    } else if (opened === null) last.end = stop;
  }
  if (opened !== null) pieces[pieces.length - 1]!.end = end;
  return pieces;
}
