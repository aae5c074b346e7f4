// Clauses of a sentence, where one sentence carries two forecasts ("Russia will suffer great
// losses, but … Moscow has the capacity to mobilise …") or a reason before its forecast.
import { countWork } from '../work';

export interface Range {
  start: number;
  end: number;
  /** An opening contrast ("While economists predict X,"): without a cue, it joins the next. */
  opening?: boolean;
}

// (?<!\s): a match starts only where a run of spaces starts, so each run is read once.
// ", while" and ", whereas" contrast two statements, often two speakers' ("A expects X, while
// B expects Y").
const BREAK = /,\s+(?:and|but|while|whereas)\s+(?:that\s+)?|(?<!\s)\s+and\s+that\s+|;\s+/g;
/** A sentence that opens with a contrast ("Though polls predict X, Y"): cut at its comma. */
const OPENING_CONTRAST = /^(?:(?:even\s+)?though|although|while|whereas)\s[^,;]{3,200}?,\s+/i;

/**
 * The sentence cut at ", and", ", but", ", while", "and that", ";" and after an opening
 * contrast (offsets within the sentence).
 */
export function splitClauses(sentence: string): Range[] {
  countWork(sentence.length);
  const out: Range[] = [];
  const brackets = new BracketWalk(sentence);
  let start = 0;
  const opening = OPENING_CONTRAST.exec(sentence);
  if (opening && !brackets.inside(opening[0].length)) {
    out.push({ start, end: opening[0].trimEnd().length - 1, opening: true });
    start = opening[0].length;
  }
  for (const m of sentence.matchAll(BREAK)) {
    if (m.index < start || brackets.inside(m.index)) continue;
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: sentence.length });
  return out;
}

/**
 * Whether a position is inside round brackets: the last "(" before it is later than the last
 * ")". Asked about positions in increasing order, it reads the sentence once in all.
 */
export class BracketWalk {
  private at = 0;
  private lastOpen = -1;
  private lastClose = -1;

  constructor(private readonly text: string) {}

  inside(position: number): boolean {
    for (; this.at < position; this.at += 1) {
      const ch = this.text[this.at];
      if (ch === '(') this.lastOpen = this.at;
      else if (ch === ')') this.lastClose = this.at;
    }
    return this.lastOpen > this.lastClose;
  }
}

/**
 * Clauses that carry a cue each become a forecast; a clause without one belongs to the
 * forecast before it (its detail), and clauses before the first cue are its reasons: dropped.
 */
export function forecastRanges(clauses: readonly Range[], hasCue: (r: Range) => boolean): Range[] {
  const out: Range[] = [];
  let held: Range | undefined;
  for (const c of clauses) {
    const last = out[out.length - 1];
    if (hasCue(c)) out.push({ start: held?.start ?? c.start, end: c.end });
    else if (last) last.end = c.end;
    else if (c.opening) {
      held = c;
      continue;
    }
    held = undefined;
  }
  return out;
}
