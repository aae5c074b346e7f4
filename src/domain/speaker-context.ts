// A speaker's scores in context: against a coin toss, the Brier score taken apart, how much it
// rests on the hedge lexicon's reading of their words, how vague and how bold they are, and where
// they stand among the other speakers. The definition; the scorecard keeps it up to date from one
// change to the next with src/state/derived/speaker-context.ts.
import { scoringRows, type ForecastView } from './catalogue';
import { boldnessOf, vaguenessOf, type Vagueness } from './forecaster-style';
import { groupItems } from './grouping';
import { kentSensitivity, type KentSensitivity } from './kent';
import type { LexiconEntry } from './model';
import { decompositionFor, type DecompositionResult } from './murphy';
import {
  coinTossVerdict,
  skillSums,
  standings,
  type CoinTossVerdict,
  type SkillSums,
  type Standing,
} from './standing';

export interface SpeakerContext {
  speaker: string;
  /** The Brier skill score against always saying 50% (the scorecard's), or null. */
  brierSkill: number | null;
  verdict: CoinTossVerdict;
  sums: SkillSums;
  decomposition: DecompositionResult;
  kent: KentSensitivity;
  vagueness: Vagueness;
  boldness: number | null;
}

export interface ContextSummary {
  /** One per speaker, alphabetical. */
  speakers: SpeakerContext[];
  standings: Map<string, Standing>;
}

/** The figures of any set of forecasts (one speaker's, usually), named `speaker`. */
export function speakerContext(
  speaker: string,
  views: readonly ForecastView[],
  lexicon: readonly LexiconEntry[],
): SpeakerContext {
  const rows = scoringRows(views);
  const sums = skillSums(rows);
  // As the scorecard computes it: with only "partly" outcomes the coin toss is perfect.
  const brierSkill = sums.coinTossError > 0 ? 1 - sums.squaredError / sums.coinTossError : null;
  return {
    speaker,
    brierSkill,
    verdict: coinTossVerdict(brierSkill),
    sums,
    decomposition: decompositionFor(rows),
    kent: kentSensitivity(views, lexicon),
    vagueness: vaguenessOf(views),
    boldness: boldnessOf(views),
  };
}

/** Every speaker's context, and where each stands among them. */
export function speakerContexts(
  views: readonly ForecastView[],
  lexicon: readonly LexiconEntry[],
): ContextSummary {
  const { keys, lists } = groupItems(views, (v) => v.forecast.speaker);
  const speakers = keys.map((speaker) => speakerContext(speaker, lists.get(speaker)!, lexicon));
  return { speakers, standings: standingsOfContexts(speakers) };
}

export function standingsOfContexts(speakers: readonly SpeakerContext[]): Map<string, Standing> {
  return standings(new Map(speakers.map((c) => [c.speaker, c.sums])));
}
