// A forecast's short title: the few words that label it on the timeline. The reader's own (or
// the catalogue's) when it has one, otherwise derived from the claim: the same claim always gives
// the same title, cut at a word boundary after the filler a claim often opens with.
import type { Forecast } from './model';

/** The longest title derived, and the length the editor's field holds a typed one to. */
export const SHORT_TITLE_MAX = 40;

// Openings that carry no subject, each ended by a space or a comma: a time frame ("As of
// December 2022,"), a condition ("If Putin falls,"), or a hedge ("It is likely that").
const FILLER: readonly RegExp[] = [
  /^as (?:of|at) (?:\p{L}+ )?\d{4},? +/iu,
  /^(?:as of|as at|by|in|from|until|before|after|within|over) [^,]{1,40}, */i,
  /^(?:if|when|once|unless|should) [^,]{1,80}, */i,
  /^(?:it is|it's) (?:almost |very |quite )?(?:certain|likely|unlikely|possible|probable|clear) that */i,
  /^there is (?:a |an )?(?:good |real |strong |high |low |small )?(?:chance|risk|likelihood) (?:that )? */i,
  /^(?:that|the|a|an) +/i,
];

// Words a title should not end on once cut short: it would read as a sentence broken off.
const DANGLING = new Set(
  'a an the of to in on at by for from with and or but nor as than that which who will would can could should may might must is are was were be been has have had its his her their not no up into about over just'.split(
    ' ',
  ),
);

/** The claim without its opening filler, its final stop, cut at the end of its first clause when that is long enough
 * to stand alone, and with runs of white space as one. */
function core(claim: string): string {
  // A title is read from the claim's first words: the first 200 characters hold any filler and
  // the title after it, and reading no more keeps 10,000 claims quick.
  let text = claim.slice(0, 200).replace(/\s+/g, ' ').trim();
  for (let again = true; again;) {
    again = false;
    for (const filler of FILLER) {
      const rest = text.replace(filler, '');
      // Never strip a claim down to (almost) nothing: "In 2024, yes." keeps its words.
      if (rest !== text && rest.split(' ').length >= 2) {
        text = rest;
        again = true;
      }
    }
  }
  // "The war is Putin's last chance: if it fails…" is titled by what comes before the colon
  // (found with indexOf: a lazy pattern backtracks through every long claim without one).
  const end = firstClauseEnd(text);
  return (end > 0 ? text.slice(0, end) : text).replace(/[.!?;:,\s]+$/u, '');
}

/** Where the first clause ends (a colon, a semicolon or a dash between words) past 12 characters, or -1. */
function firstClauseEnd(text: string): number {
  let end = -1;
  for (const mark of [': ', '; ', ' – ', ' — ']) {
    const at = text.indexOf(mark, 12);
    if (at >= 0 && (end < 0 || at < end)) end = at;
  }
  return end;
}

/**
 * A short title derived from a claim: its words from the first that matters, as many whole words
 * as fit in `max` characters (an ellipsis marks a cut), first letter capitalised. Deterministic.
 */
export function deriveShortTitle(claim: string, max = SHORT_TITLE_MAX): string {
  const text = core(claim);
  if (text === '') return '';
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  if (text.length <= max) return capital(text);
  const words = text.split(' ');
  const kept: string[] = [];
  let length = 0;
  // Room for the ellipsis, one character.
  for (const word of words) {
    const next = length + (kept.length > 0 ? 1 : 0) + word.length;
    if (next > max - 1) break;
    kept.push(word);
    length = next;
  }
  // A first word longer than the title: cut inside it rather than show nothing.
  if (kept.length === 0) return `${capital(text.slice(0, max - 1))}…`;
  while (kept.length > 1 && DANGLING.has(kept.at(-1)!.toLowerCase())) kept.pop();
  return `${capital(kept.join(' ').replace(/[.,;:!?–—-]+$/u, ''))}…`;
}

/** The title the timeline shows: the forecast's own, else one derived from its claim. */
export function shortTitle(forecast: Pick<Forecast, 'title' | 'claim'>): string {
  const own = forecast.title?.trim();
  return own ? own : deriveShortTitle(forecast.claim);
}
