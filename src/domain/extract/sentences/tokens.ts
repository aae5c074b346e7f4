// Word tokens for comparing two wordings of a forecast (duplicates, and the seed metrics).
// Function words are dropped so that "share most of the quote" counts the words that carry the
// claim, not "the", "of" and "will". Negations and "only" stay: they change what is claimed.

/** Articles, pronouns, auxiliaries and modals, prepositions, conjunctions, determiners. */
const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of in on at to for from by with about as into onto over ' +
    'under up down out off than then that this these those there here it its is are was were ' +
    'be been being am do does did has have had having will would shall should can could may ' +
    'might must i me my we us our you your he him his she her they them their who whom which ' +
    'what when where why how if whether also just some any all such own one'
  ).split(' '),
);

/** Lower-case words, with curly apostrophes straightened and possessive 's dropped. */
export function words(s: string): string[] {
  const found = s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .match(/[\p{L}\p{N}]+(?:'\p{L}+)*/gu);
  return (found ?? []).map((w) => w.replace(/'s$/, ''));
}

/** The distinct words of `s` that carry meaning. */
export function contentTokens(s: string): Set<string> {
  return new Set(words(s).filter((w) => !STOPWORDS.has(w)));
}

export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const t of small) if (large.has(t)) n += 1;
  return n;
}

/** Shared tokens as a share of the shorter set's tokens (0 when either is empty). */
export function overlapOfShorter(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shorter = Math.min(a.size, b.size);
  return shorter === 0 ? 0 : sharedCount(a, b) / shorter;
}
