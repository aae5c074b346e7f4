// A speaker against a coin toss, and against the other speakers. The coin toss is the forecaster
// who always says 50%: the Brier skill score measures against it. Ranking speakers by that skill
// would put anyone with two lucky forecasts first, so the ranking uses the skill as if each
// speaker had also made PRIOR_FORECASTS forecasts at 50%, which pulls a short record towards 0
// and leaves a long one nearly as it is. Formulas in docs/scoring.md.
import { groupItems } from './grouping';
import { OUTCOME_VALUE, type ScoringRow } from './scoring';

/** Below this many scored forecasts with a probability, a speaker is not ranked. */
export const MIN_RANKED = 10;
/** The coin-toss forecasts added to every record before ranking. */
export const PRIOR_FORECASTS = 10;

/** What always saying 50% scores on a forecast that came true (or not): (0.5 − o)² = ¼. */
const COIN_TOSS_ERROR = 0.25;

export type CoinTossVerdict = 'better' | 'worse' | 'even' | 'none';

/** Better or worse than a coin toss, from the Brier skill score (null: no verdict). */
export function coinTossVerdict(brierSkill: number | null): CoinTossVerdict {
  if (brierSkill === null) return 'none';
  return brierSkill > 0 ? 'better' : brierSkill < 0 ? 'worse' : 'even';
}

export interface SkillSums {
  /** Scored forecasts with a probability. */
  n: number;
  /** Σ (p − o)². */
  squaredError: number;
  /** Σ (0.5 − o)²: the coin toss's on the same forecasts. */
  coinTossError: number;
}

export function skillSums(rows: readonly ScoringRow[]): SkillSums {
  const sums = { n: 0, squaredError: 0, coinTossError: 0 };
  for (const row of rows) {
    const o = OUTCOME_VALUE[row.outcome];
    if (o === undefined || row.probability === null) continue;
    sums.n += 1;
    sums.squaredError += (row.probability - o) ** 2;
    sums.coinTossError += (0.5 - o) ** 2;
  }
  return sums;
}

/**
 * The Brier skill score with PRIOR_FORECASTS coin-toss forecasts added, each scoring ¼ for the
 * speaker and ¼ for the coin toss: (R − B) / (R + k·¼), where B and R are the speaker's and the
 * coin toss's summed squared errors. Null with nothing scored.
 */
export function adjustedSkill(sums: SkillSums): number | null {
  if (sums.n === 0) return null;
  return (
    (sums.coinTossError - sums.squaredError) /
    (sums.coinTossError + PRIOR_FORECASTS * COIN_TOSS_ERROR)
  );
}

export type Standing =
  | { status: 'ranked'; rank: number; of: number; adjustedSkill: number; n: number }
  | { status: 'too-few'; n: number; needed: number };

/**
 * Every speaker's standing: those with MIN_RANKED or more scored forecasts with a probability
 * are ranked by adjusted skill, best first, equal skills sharing a rank (1, 2, 2, 4); the rest
 * are too few to judge.
 */
export function standings(sums: ReadonlyMap<string, SkillSums>): Map<string, Standing> {
  const ranked: { speaker: string; skill: number; n: number }[] = [];
  const result = new Map<string, Standing>();
  for (const [speaker, s] of sums) {
    const skill = adjustedSkill(s);
    if (s.n < MIN_RANKED || skill === null) {
      result.set(speaker, { status: 'too-few', n: s.n, needed: MIN_RANKED });
    } else {
      ranked.push({ speaker, skill, n: s.n });
    }
  }
  ranked.sort((a, b) => b.skill - a.skill || a.speaker.localeCompare(b.speaker));
  ranked.forEach((r, i) => {
    const rank = i > 0 && ranked[i - 1]!.skill === r.skill ? rankOf(result, ranked[i - 1]!) : i + 1;
    result.set(r.speaker, {
      status: 'ranked',
      rank,
      of: ranked.length,
      adjustedSkill: r.skill,
      n: r.n,
    });
  });
  return result;
}

function rankOf(result: Map<string, Standing>, previous: { speaker: string }): number {
  const s = result.get(previous.speaker);
  return s?.status === 'ranked' ? s.rank : 1;
}

/** Every speaker's standing among the speakers of `rows`. */
export function standingsOf(rows: readonly ScoringRow[]): Map<string, Standing> {
  const { keys, lists } = groupItems(rows, (row) => row.speaker);
  return standings(new Map(keys.map((speaker) => [speaker, skillSums(lists.get(speaker)!)])));
}
