// What each figure of the scorecard's table means, said beside it.
import type { PartlyCredit } from '../../domain/scoring';

const CREDIT_WORDS: Record<PartlyCredit, string> = { 0: '0', 0.5: '½', 1: '1' };

export function figureExplanations(credit: PartlyCredit): [string, string][] {
  return [
    ['Forecasts', 'every forecast catalogued for the speaker.'],
    ['Judged', 'forecasts given any outcome other than Pending.'],
    [
      'Correct, Incorrect, Partly',
      'the scored outcomes; only these count towards accuracy and the scores.',
    ],
    [
      'Unresolvable, Annulled',
      'judged but never scored: too vague or unclear, or a conditional whose premise did not happen.',
    ],
    [
      'Accuracy',
      `how often the forecast’s probability pointed the way things went: above 50% and it happened, or below 50% and it did not. n counts the scored forecasts it is over: those stating a probability other than 50% (50% points neither way). A Partly correct one earns ${CREDIT_WORDS[credit]} whichever way it leaned. Higher is better.`,
    ],
    [
      'Brier',
      'mean of (p − o)² over scored forecasts with a stated probability p, o being 1 if correct, 0 if incorrect and ½ if partly, on the 0–1 scale: 0 is perfect, always saying 50% earns 0.25 (Fatebook uses a 0–2 scale: double these to compare).',
    ],
    [
      'Skill',
      '1 − Brier ÷ the Brier of always saying 50% on the same forecasts: above 0 beats a coin toss, 1 is perfect.',
    ],
    [
      'Log',
      'mean of log₂ of the probability given to what happened (p held within 0.1%–99.9%): 0 is perfect, always saying 50% scores −1.',
    ],
    [
      'Edited after judgement',
      'scored forecasts whose claim, deadline, probability, resolution criteria or quote was changed after a judgement other than Pending: their scores rest on wording edited with hindsight.',
    ],
  ];
}
