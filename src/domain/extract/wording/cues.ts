// Forecast cues: the words that make a sentence about the future (or about what could be), and
// the signs that it is not one (past tense, a question). All patterns run on foldForMatch text,
// so offsets are those of the sentence.
import { countWork } from '../work';

export type CueType =
  | 'future'
  | 'possibility'
  | 'expectation'
  | 'advice'
  | 'condition'
  | 'would'
  | 'capacity'
  | 'evaluative';

export interface Cue {
  type: CueType;
  start: number;
  end: number;
}

const NOUN_WILL = "(?<!(?:the|political|free|good|ill|own|his|her|their|its|of|people's) )";
const DETERMINER = '(?:the|a|an|his|her|their|its|my|our|your|this|that|school|work|bed)\\b';

/** Verbs of change that make "set to" a forecast ("set to rise"), not a setting ("set to music"). */
const CHANGE =
  'rise|fall|grow|decline|increase|decrease|drop|climb|surge|slow|breach|exceed|hit|reach|top|lose|win|gain|become|remain|continue|double|halve|peak|return|overtake|surpass|face|miss|see|end|shrink|expand|slump|soar|fail|collapse';

/**
 * "Expects", "predicting", "forecasts": the forecasting verbs both a cue (here) and a hedge that
 * reads as "likely" (hedges.ts). A noun "forecast" that did something ("her forecast drew a
 * reply") is neither.
 */
export const EXPECTS = String.raw`expects?|expected to|expecting|predicts?|predicting|forecasting|forecasts?(?! (?:drew|was|were|had|proved|came|\w+ed)\b)`;

const PATTERNS: [CueType, RegExp][] = [
  ['future', new RegExp(`${NOUN_WILL}\\b(?:will(?: not| never)?|won't|shall)\\b`, 'g')],
  ['future', new RegExp(`\\bgoing to (?!${DETERMINER})`, 'g')],
  // "they'll", "it’ll": the contracted "will".
  ['future', /(?<=\p{L})['’]ll\b/gu],
  ['possibility', /\b(?:could|may|might)(?: not)?\b(?! have\b)/g],
  ['possibility', /\b(?:couldn't|mightn't)\b(?! have\b)/g],
  [
    'expectation',
    new RegExp(
      String.raw`\b(?:${EXPECTS}|likely(?! voters?\b)|unlikely|probably|certainly|bound to)\b`,
      'g',
    ),
  ],
  [
    // Other forecasting verbs, and "on course / on track / set to" with a verb of change.
    'expectation',
    new RegExp(
      String.raw`\b(?:anticipates?|anticipated to|anticipating|foresees?|foreseeing|projects? (?:that|growth|inflation|output|demand|sales|prices|a|an|the|[0-9])|projected to|predicted to|estimated to (?!have\b)|projecting|on (?:course|track) (?:to|for)|set to (?:${CHANGE}))\b`,
      'g',
    ),
  ],
  ['advice', /\b(?:should|shouldn't)(?: not)?\b(?! have\b)/g],
  ['condition', /\b(?:unless|provided that|as long as)\b/g],
  ['condition', /\bif\b(?! (?:necessary|needed|possible|any|so)\b)(?<!\bas if)/g],
  ['would', /\b(?:would|wouldn't)(?: not)?\b(?! have\b)/g],
  // "can be found", "can be seen": what is there now, not what will be.
  [
    'capacity',
    /\b(?:can(?:not|'t)?|can not)\s+(?!(?:you|we|i|they|he|she)\b|be (?:found|seen|heard|said|described|considered|traced|explained)\b)[a-z]/g,
  ],
  [
    'capacity',
    /\b(?:has|have) the (?:capacity|ability|means|resources) to\b|\b(?:is|are) (?:able|capable) (?:to|of)\b/g,
  ],
];

/** Trend verbs and judgement words that make a present-tense remark a claim worth checking. */
const EVALUATIVE =
  /\b(?:very(?! (?:well|much|long|good|few|many|first|last|same|least|most|beginning|end|idea|moment|day|week|year|time)\b)|totally|completely|utterly|extremely|inevitabl[ey]|doomed|last chance|no (?:chance|hope|way out|future|option)|(?:is|are) (?:forming|growing|rising|falling|collapsing|weakening|strengthening|emerging|deepening|worsening|improving|crumbling|shrinking|spreading)|(?:has|have) been \w+ing)\b/g;

/** Forecast cues in `folded` (foldForMatch), in text order. */
export function findCues(folded: string): Cue[] {
  countWork(folded.length);
  const cues: Cue[] = [];
  for (const [type, re] of [...PATTERNS, ['evaluative', EVALUATIVE] as [CueType, RegExp]]) {
    for (const m of folded.matchAll(re)) {
      const text = m[0].replace(/\s+[a-z]$/, '');
      cues.push({ type, start: m.index, end: m.index + text.length });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** Time phrases the time-phrase module finds, plus words of "no date but a long time". */
export const VAGUE_TIME =
  /\b(?:for (?:a|some) (?:very )?(?:long|short) time|eventually|sooner or later|one day|some day|someday|in the long run|in the (?:near |distant )?future|for years to come|for decades)\b/;

const PRESENT =
  /\b(?:is|are|am|isn't|aren't|has|have|hasn't|haven't|does|do|doesn't|don't|(?:it|that|there|he|she|what|who)'s|(?:they|we|you)'re)\b/;
const PAST_AUX = /\b(?:was|were|had|did|wasn't|weren't|hadn't|didn't)\b/;
const PAST_VERB =
  /(?<!\b(?:is|are|am|be|been|being|was|were|has|have|had|get|gets|got|to|not|'s|'re|very) )\b[a-z]{3,}ed\b/;
const PAST_MODAL = /\b(?:would|could|might|may|should|must)(?: not)? have\b/;

/** 'past' only when the words are past and nothing present or future is said with them. */
export function tenseOf(folded: string): 'past' | 'present' {
  if (PRESENT.test(folded)) return 'present';
  return PAST_AUX.test(folded) || PAST_VERB.test(folded) || PAST_MODAL.test(folded)
    ? 'past'
    : 'present';
}

/** "would have", "could have been willing": a past that did not happen, not a forecast. */
export function isPastModal(folded: string, cue: Cue): boolean {
  return PAST_MODAL.test(folded.slice(Math.max(0, cue.start - 12), cue.end + 6));
}

/** A date that is the subject of a past event ("because February 24 changed …"). */
export function startsPastEvent(after: string): boolean {
  return /^\s*(?:\[[^\]]*\]\s*)?(?:was|were|had|did|[a-z]{3,}ed)\b/.test(after);
}

/** An attribution verb and what follows it up to a time phrase: "said | on Tuesday". */
const SPOKEN_BEFORE =
  /\b(?:said|says|told|tells|added|noted|announced|revealed|speaking|spoke|wrote|warned|insisted|conceded|cautioned)\b([^.;:!?"“”]{0,60})$/i;
/** Words between the verb and the time that make the time the forecast's, not the speaking's. */
const FORWARD_BETWEEN =
  /\b(?:will|would|could|can|may|might|should|shall|won't|going|to|expects?|by|until|before|that)\b|['’]ll\b/i;

/**
 * Whether a time phrase dates the speaking, not the forecast: "she said on Tuesday", "he told
 * Polish Radio on Friday", "said in January" (issue 17). `before` is the sentence up to it.
 */
export function isTimeOfSpeaking(before: string): boolean {
  const m = SPOKEN_BEFORE.exec(before.slice(-120));
  return m !== null && !FORWARD_BETWEEN.test(m[1] ?? '');
}
