// The writer a byline names ("By Ana Ruiz", "Posted on the 15 October 2024 by Jobsanger"):
// a column's own forecasts, made in no one else's name, are the writer's. Unnamed writers
// leave them unattributed.
import type { Proposal } from '../extract';
import { FIRST_PERSON } from '../propose';

/** A line of its own near the top: "By Name", "Written by Name", "Posted … by Name". */
const BYLINE =
  /^[ \t]*(?:By|Written\s+by|Opinion\s+by|Posted\b[^\n]{0,40}?\bby)[ \t]+((?:[A-Z][\p{L}'’-]+)(?:[ \t]+[A-Z][\p{L}'’.-]+){0,3})[ \t]*$/mu;
/** How far into the text a byline may stand. */
const BYLINE_REACH = 1000;
const QUOTE_MARKS = /["“”«»]/;
/** Words that credit someone else, named or not: "all the polls are predicting". */
const CREDITS_OTHERS =
  /\b(?:said|says|say|told|according\s+to|predict\w*|expect\w*|forecast\w*|believes?|warn\w*|argu\w*|claim\w*|suggest\w*)\b/i;

export function findByline(text: string): string | null {
  return BYLINE.exec(text.slice(0, BYLINE_REACH))?.[1] ?? null;
}

/**
 * Forecasts outside quotation marks that credit no one else (or that say "I"), credited
 * to the writer the byline names.
 */
export function creditWriter(proposals: Proposal[], text: string): Proposal[] {
  const writer = findByline(text);
  if (writer === null) return proposals;
  return proposals.map((p) =>
    p.speaker === null &&
    !QUOTE_MARKS.test(p.sentence) &&
    (FIRST_PERSON.test(p.sentence) || !CREDITS_OTHERS.test(p.sentence))
      ? { ...p, speaker: writer, speakerVia: 'byline' as const }
      : p,
  );
}
