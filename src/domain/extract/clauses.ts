// Clauses of a sentence, where one sentence carries two forecasts ("Russia will suffer great
// losses, but … Moscow has the capacity to mobilise …") or a reason before its forecast.

export interface Range {
  start: number;
  end: number;
}

const BREAK = /,\s+(?:and|but)\s+(?:that\s+)?|\s+and\s+that\s+|;\s+/g;

/** The sentence cut at ", and", ", but", "and that" and ";" (offsets within the sentence). */
export function splitClauses(sentence: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (const m of sentence.matchAll(BREAK)) {
    if (insideBrackets(sentence, m.index)) continue;
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: sentence.length });
  return out;
}

function insideBrackets(s: string, at: number): boolean {
  const before = s.slice(0, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/**
 * Clauses that carry a cue each become a forecast; a clause without one belongs to the
 * forecast before it (its detail), and clauses before the first cue are its reasons: dropped.
 */
export function forecastRanges(clauses: readonly Range[], hasCue: (r: Range) => boolean): Range[] {
  const out: Range[] = [];
  for (const c of clauses) {
    const last = out[out.length - 1];
    if (hasCue(c)) out.push({ ...c });
    else if (last) last.end = c.end;
  }
  return out;
}
