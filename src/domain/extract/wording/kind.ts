// The kind of a proposed forecast, from its cues. Order matters: a condition or a capacity is
// what the reader must check first, whatever the date; then a date makes it dated; a forecast
// with no date and no odds ("for a very long time", "impossible to predict") is vague.
import type { ForecastKind } from '../../model';
import type { Cue } from './cues';

export interface KindInput {
  cues: readonly Cue[];
  /** The sentence's text as foldForMatch gives it, for looking at the words after a cue. */
  folded: string;
  hasDeadline: boolean;
  vagueTime: boolean;
  probability: number | null;
  /** A "would" reported after a past-tense "said" is a reported "will", not a conditional. */
  backshifted: boolean;
  /** Past-tense reported speech with a likelihood word ("were hopeless, he said"). */
  reportedPast: boolean;
}

const FORWARD: ReadonlySet<Cue['type']> = new Set([
  'future',
  'possibility',
  'expectation',
  'advice',
  'would',
]);

/** "could mobilise up to a million men": "could" with a quantity states a capacity. */
/** QUANTITY reads a word and at most 12 characters after it: words are shorter than 60. */
const QUANTITY_REACH = 80;
const QUANTITY = /^\s*\w+\s+(?:up to|as many as|a total of|at least|more than|\d)/;

export function classifyKind(input: KindInput): ForecastKind {
  const { cues, folded } = input;
  const has = (type: Cue['type']): boolean => cues.some((c) => c.type === type);
  if (has('condition')) return 'conditional';
  if (has('would') && !input.backshifted) return 'conditional';
  const couldCapacity = cues.some(
    (c) =>
      c.type === 'possibility' &&
      /^could/.test(folded.slice(c.start, c.end)) &&
      QUANTITY.test(folded.slice(c.end, c.end + QUANTITY_REACH)),
  );
  if (has('capacity') || couldCapacity) return 'capacity';
  if (input.hasDeadline) return 'dated';
  if (input.vagueTime || input.probability === null) return 'vague';
  if (cues.some((c) => FORWARD.has(c.type)) || input.reportedPast) return 'open-ended';
  return 'present-state';
}
