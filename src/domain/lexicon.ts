// The hedge lexicon: the probability a forecast's wording implies. A forecast whose probability
// comes from its wording (probabilitySource absent or 'wording') follows the lexicon; one whose
// probability the reader set by hand ('manual') keeps it whatever the lexicon says.
import type { AppData, Forecast, LexiconEntry } from './model';

/** The phrase that stands for a forecast with no hedge words at all (hedge ''). */
export const UNHEDGED_PHRASE = '(unhedged statement)';

const SURVEY = 'Perceptions of Probability survey, median';
const KENT = 'Sherman Kent, words of estimative probability';
const ICD = 'ICD 203 likelihood band';
const OURS = 'Hindsight’s choice';

// Frozen so that no caller can edit the defaults in place for everyone.
function deepFreeze(entries: LexiconEntry[]): LexiconEntry[] {
  entries.forEach((e) => Object.freeze(e));
  return Object.freeze(entries) as LexiconEntry[];
}

const entry = (phrase: string, percent: number | null, source: string): LexiconEntry => ({
  phrase,
  // Division is correctly rounded, so 26.5 / 100 is the same number as the literal 0.265.
  probability: percent === null ? null : percent / 100,
  source,
});

/**
 * The lexicon Hindsight ships with. Where sources disagree on a phrase there is one entry, and
 * the survey's median wins over Kent's figure, which wins over an ICD 203 band's midpoint (an
 * observed reading over an assigned one); the source says which figures lost. Hindsight's own
 * entries cover the words the catalogue uses that the public tables lack; they reproduce its
 * probabilities exactly (see the header of src/data/seed-forecasts.ts).
 */
export const DEFAULT_LEXICON: LexiconEntry[] = deepFreeze([
  // Certainty
  entry('certain', 100, KENT),
  entry('almost certainly', 95, `${SURVEY} (ICD 203 “almost certainly”: 95–99%)`),
  entry('certainly', 95, `${OURS}: read like the survey’s “almost certainly”`),
  entry('almost certain', 93, `${KENT} (ICD 203 “almost certain”: 95–99%)`),
  entry('nearly certain', 97, `${ICD} 95–99%, midpoint`),
  entry('highly likely', 90, SURVEY),
  entry('I am sure', 90, `${OURS}: a personal certainty, a notch below “certainly”`),
  entry('This is correct', 90, `${OURS}: an emphatic endorsement, read like “I am sure”`),
  entry('hopeless', 90, `${OURS}: that it fails, read like “I am sure”`),
  entry('very likely', 87.5, `${ICD} 80–95%, midpoint`),
  entry('highly probable', 87.5, `${ICD} 80–95%, midpoint`),
  entry('will', 85, `${OURS}: a plain future, flat but not certain`),
  entry('would', 85, `${OURS}: the conditional mood of “will”`),
  entry('will indeed', 85, `${OURS}: read like “will”`),
  entry('does not exist', 85, `${OURS}: a flat assertion, read like “will”`),
  entry(UNHEDGED_PHRASE, 85, `${OURS}: a flat assertion with no hedge words, read like “will”`),
  entry('very good chance', 80, SURVEY),
  entry('can', 80, `${OURS}: a statement of capacity`),
  // Likely
  entry('probably', 75, `${SURVEY} (ICD 203 “probably”: 55–80%)`),
  entry('should', 75, `${OURS}: read like “probably”`),
  entry('should not expect', 75, `${OURS}: read like “should”, of the claim as stated`),
  entry('likely', 70, `${SURVEY} (ICD 203 “likely”: 55–80%)`),
  entry('probable', 70, `${SURVEY} (Kent: 75%; ICD 203 “probable”: 55–80%)`),
  entry('we believe', 70, SURVEY),
  entry('I believe', 70, `${OURS}: read like the survey’s “we believe”`),
  entry('I think', 70, `${OURS}: read like “I believe”`),
  entry('I don’t see', 70, `${OURS}: a personal observation, read like “I think”`),
  entry('better than even', 60, SURVEY),
  // Even
  entry('about even', 50, SURVEY),
  entry('chances about even', 50, KENT),
  entry('roughly even chance', 50, `${ICD} 45–55%, midpoint`),
  entry('roughly even odds', 50, `${ICD} 45–55%, midpoint`),
  entry('could', 50, `${OURS}: a possibility, no lean either way`),
  entry('may', 45, `${OURS}: a possibility, said a little less firmly than “could”`),
  // Unlikely
  entry('probably not', 26.5, `${SURVEY} (Kent: 30%)`),
  entry('we doubt', 25, SURVEY),
  entry('unlikely', 20, `${SURVEY} (ICD 203 “unlikely”: 20–45%)`),
  entry('improbable', 15, `${SURVEY} (ICD 203 “improbable”: 20–45%)`),
  entry('little chance', 15, SURVEY),
  entry('very unlikely', 12.5, `${ICD} 5–20%, midpoint`),
  entry('highly improbable', 12.5, `${ICD} 5–20%, midpoint`),
  entry('chances are slight', 10, SURVEY),
  entry('almost certainly not', 7, KENT),
  entry('highly unlikely', 5, SURVEY),
  entry('remote', 3, `${ICD} 1–5%, midpoint`),
  entry('almost no chance', 2, `${SURVEY} (ICD 203 “almost no chance”: 1–5%)`),
  entry('impossible', 0, KENT),
  // No probability at all
  entry('impossible to predict', null, `${OURS}: a refusal to forecast, so no probability`),
]);

/** The form phrases are compared in: trimmed, lower case, straight quotes, single spaces. */
export function normalisePhrase(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ');
}

/** The lexicon in force: the reader's, or the defaults until they edit it. */
export function effectiveLexicon(data: AppData): LexiconEntry[] {
  return data.lexicon ?? DEFAULT_LEXICON;
}

/** The entry for a hedge (an exact match after normalising); '' is the unhedged statement. */
export function findEntry(hedge: string, lexicon: readonly LexiconEntry[]): LexiconEntry | null {
  return lexiconIndex(lexicon).get(normalisePhrase(hedge) || UNHEDGED_PHRASE) ?? null;
}

const INDEXES = new WeakMap<readonly LexiconEntry[], Map<string, LexiconEntry>>();

/**
 * A lexicon's entries by normalised phrase, the first entry winning as `find` would, built once
 * per lexicon array (lexicons are replaced, never mutated): every card and the panel's tally
 * look hedges up on each change, 10,000 of them in a large catalogue.
 */
function lexiconIndex(lexicon: readonly LexiconEntry[]): Map<string, LexiconEntry> {
  let index = INDEXES.get(lexicon);
  if (!index) {
    index = new Map();
    for (const e of lexicon) {
      const key = normalisePhrase(e.phrase);
      if (!index.has(key)) index.set(key, e);
    }
    INDEXES.set(lexicon, index);
  }
  return index;
}

/** Whether a forecast's probability follows its wording (absent means it does). */
export function followsWording(forecast: Forecast): boolean {
  return forecast.probabilitySource !== 'manual';
}

/**
 * Each forecast whose probability follows its wording, and whose hedge is in the lexicon, gets
 * the lexicon's figure. Forecasts that do not change are returned as they were (same object), so
 * React skips them and a merge sees them as untouched.
 */
export function rederiveProbabilities(
  forecasts: readonly Forecast[],
  lexicon: readonly LexiconEntry[],
): Forecast[] {
  const byPhrase = lexiconIndex(lexicon);
  return forecasts.map((f) => {
    if (!followsWording(f)) return f;
    const found = byPhrase.get(normalisePhrase(f.hedge) || UNHEDGED_PHRASE);
    if (found === undefined || found.probability === f.probability) return f;
    return { ...f, probability: found.probability };
  });
}

/** Problems with a lexicon, each prefixed with the path of the field at fault. */
export function validateLexicon(entries: readonly LexiconEntry[]): string[] {
  const errors: string[] = [];
  const firstIndex = new Map<string, number>();
  entries.forEach((e, i) => {
    const key = normalisePhrase(e.phrase);
    if (key === '') {
      errors.push(`lexicon[${i}].phrase: must not be empty`);
    } else {
      const earlier = firstIndex.get(key);
      if (earlier === undefined) firstIndex.set(key, i);
      else errors.push(`lexicon[${i}].phrase: “${e.phrase}” repeats lexicon[${earlier}]`);
    }
    const p = e.probability;
    if (p !== null && !(Number.isFinite(p) && p >= 0 && p <= 1)) {
      errors.push(`lexicon[${i}].probability: must be from 0 to 100%`);
    }
  });
  return errors;
}
