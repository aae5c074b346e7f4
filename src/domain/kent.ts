// Sherman Kent's "words of estimative probability" (Studies in Intelligence, CIA, 1964): seven
// categories, each a figure give or take a range. The hedge lexicon reads wording mostly by the
// Perceptions of Probability survey's medians; reading the same words by Kent's table instead
// shows how much a speaker's Brier score rests on that choice. Which phrase falls in which
// category, and why, is set out in docs/scoring.md.
import type { ForecastView } from './catalogue';
import { findEntry, followsWording, normalisePhrase } from './lexicon';
import type { LexiconEntry } from './model';
import { OUTCOME_VALUE } from './scoring';

export type KentCategoryId =
  | 'certain'
  | 'almost-certain'
  | 'probable'
  | 'about-even'
  | 'probably-not'
  | 'almost-certainly-not'
  | 'impossible';

export interface KentCategory {
  label: string;
  /** Kent's figure. */
  probability: number;
  /** Kent's "give or take": the category runs from probability − giveOrTake to + giveOrTake. */
  giveOrTake: number;
}

export const KENT_CATEGORIES: Readonly<Record<KentCategoryId, KentCategory>> = Object.freeze({
  certain: { label: 'Certain', probability: 1, giveOrTake: 0 },
  'almost-certain': { label: 'Almost certain', probability: 0.93, giveOrTake: 0.06 },
  probable: { label: 'Probable', probability: 0.75, giveOrTake: 0.12 },
  'about-even': { label: 'Chances about even', probability: 0.5, giveOrTake: 0.1 },
  'probably-not': { label: 'Probably not', probability: 0.3, giveOrTake: 0.1 },
  'almost-certainly-not': { label: 'Almost certainly not', probability: 0.07, giveOrTake: 0.05 },
  impossible: { label: 'Impossible', probability: 0, giveOrTake: 0 },
});

/**
 * Each phrase of the shipped lexicon with a probability, read as one of Kent's categories. The
 * rule that made it: a phrase Kent used himself goes to his category; any other goes to the
 * category whose range holds the lexicon's figure for it, or, where that figure falls between
 * two ranges, to the nearer of their figures. Phrases the reader adds have no Kent reading.
 */
export const KENT_READING: Readonly<Record<string, KentCategoryId>> = Object.freeze({
  certain: 'certain',
  'almost certainly': 'almost-certain',
  certainly: 'almost-certain',
  'almost certain': 'almost-certain',
  'nearly certain': 'almost-certain',
  'highly likely': 'almost-certain',
  'I am sure': 'almost-certain',
  'This is correct': 'almost-certain',
  hopeless: 'almost-certain',
  'very likely': 'almost-certain',
  'highly probable': 'almost-certain',
  will: 'probable',
  would: 'probable',
  'will indeed': 'probable',
  'does not exist': 'probable',
  '(unhedged statement)': 'probable',
  'very good chance': 'probable',
  can: 'probable',
  probably: 'probable',
  should: 'probable',
  'should not expect': 'probable',
  likely: 'probable',
  probable: 'probable',
  'we believe': 'probable',
  'I believe': 'probable',
  'I think': 'probable',
  'I don’t see': 'probable',
  'better than even': 'about-even',
  'about even': 'about-even',
  'chances about even': 'about-even',
  'roughly even chance': 'about-even',
  'roughly even odds': 'about-even',
  could: 'about-even',
  may: 'about-even',
  'probably not': 'probably-not',
  'we doubt': 'probably-not',
  unlikely: 'probably-not',
  improbable: 'almost-certainly-not',
  'little chance': 'almost-certainly-not',
  'very unlikely': 'almost-certainly-not',
  'highly improbable': 'almost-certainly-not',
  'chances are slight': 'almost-certainly-not',
  'almost certainly not': 'almost-certainly-not',
  'highly unlikely': 'almost-certainly-not',
  remote: 'almost-certainly-not',
  'almost no chance': 'almost-certainly-not',
  impossible: 'impossible',
});

const BY_NORMALISED = new Map(
  Object.entries(KENT_READING).map(([phrase, id]) => [normalisePhrase(phrase), id]),
);

/** Kent's category for a lexicon phrase (matched as the lexicon matches), or null. */
export function kentCategoryOf(phrase: string): KentCategoryId | null {
  return BY_NORMALISED.get(normalisePhrase(phrase)) ?? null;
}

interface HedgeReading {
  /** The lexicon's figure for the hedge. */
  probability: number | null;
  id: KentCategoryId | null;
}

// Per lexicon (replaced, never mutated), each hedge as written: a scorecard of 10,000 forecasts
// has a few dozen distinct hedges, and normalising each forecast's on every judgement cost more
// than the rest of the figures together.
const READINGS = new WeakMap<readonly LexiconEntry[], Map<string, HedgeReading | null>>();

function readingOfHedge(hedge: string, lexicon: readonly LexiconEntry[]): HedgeReading | null {
  let readings = READINGS.get(lexicon);
  if (!readings) {
    readings = new Map();
    READINGS.set(lexicon, readings);
  }
  let reading = readings.get(hedge);
  if (reading === undefined) {
    const entry = findEntry(hedge, lexicon);
    reading = entry && { probability: entry.probability, id: kentCategoryOf(entry.phrase) };
    readings.set(hedge, reading);
  }
  return reading;
}

/**
 * Kent's category for a forecast whose probability came from the lexicon: it follows its
 * wording (not set by hand), its hedge has an entry in the lexicon in force, the forecast's
 * probability is that entry's, and the phrase has a Kent reading. Otherwise null: the
 * probability is the reader's or the file's own, and Kent has nothing to say about it.
 */
export function kentReadingOf(
  view: ForecastView,
  lexicon: readonly LexiconEntry[],
): KentCategoryId | null {
  const f = view.forecast;
  if (f.probability === null || !followsWording(f)) return null;
  const reading = readingOfHedge(f.hedge, lexicon);
  if (reading === null || reading.probability !== f.probability) return null;
  return reading.id;
}

export interface KentSensitivity {
  /** Scored forecasts with a probability: what both Brier scores average over. */
  n: number;
  /** How many of them took their probability from the lexicon, with a Kent reading. */
  readByLexicon: number;
  /** How many of those Kent's figure moves (his figure differs from the lexicon's). */
  moved: number;
  /** The Brier score as the app computes it, or null with n = 0. */
  brier: number | null;
  /** The Brier score with Kent's figures for the lexicon-read forecasts. */
  kentBrier: number | null;
  /** The lowest and highest Brier score anywhere within Kent's give-or-take ranges. */
  kentLow: number | null;
  kentHigh: number | null;
}

/** The smallest and largest (p − o)² for p anywhere in [low, high]. */
function squaredErrorRange(low: number, high: number, o: number): [number, number] {
  const nearest = Math.min(Math.max(o, low), high);
  return [(nearest - o) ** 2, Math.max((low - o) ** 2, (high - o) ** 2)];
}

/** How a set of forecasts' Brier score moves if their hedge words are read by Kent's table. */
export function kentSensitivity(
  views: readonly ForecastView[],
  lexicon: readonly LexiconEntry[],
): KentSensitivity {
  let n = 0;
  let readByLexicon = 0;
  let moved = 0;
  let brier = 0;
  let kent = 0;
  let low = 0;
  let high = 0;
  for (const view of views) {
    const p = view.forecast.probability;
    const o = OUTCOME_VALUE[view.state.outcome];
    if (o === undefined || p === null) continue;
    n += 1;
    const own = (p - o) ** 2;
    brier += own;
    const id = kentReadingOf(view, lexicon);
    if (id === null) {
      kent += own;
      low += own;
      high += own;
      continue;
    }
    const category = KENT_CATEGORIES[id];
    readByLexicon += 1;
    if (category.probability !== p) moved += 1;
    kent += (category.probability - o) ** 2;
    const [least, most] = squaredErrorRange(
      Math.max(0, category.probability - category.giveOrTake),
      Math.min(1, category.probability + category.giveOrTake),
      o,
    );
    low += least;
    high += most;
  }
  const mean = (sum: number) => (n === 0 ? null : sum / n);
  return {
    n,
    readByLexicon,
    moved,
    brier: mean(brier),
    kentBrier: mean(kent),
    kentLow: mean(low),
    kentHigh: mean(high),
  };
}
