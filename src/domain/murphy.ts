// The Brier score taken apart (Allan H. Murphy, "A new vector partition of the probability
// score", Journal of Applied Meteorology, 1973): Brier = reliability − resolution + uncertainty.
// The forecasts are grouped by their exact stated probability, one group per distinct value,
// rather than in the calibration chart's ten bands: with bands the three parts only add up to
// the Brier score approximately (a band's forecasts do not all say the same thing), while with
// one group per value they add up exactly. Formulas in docs/scoring.md.
import { OUTCOME_VALUE, type ScoringRow } from './scoring';

/** Below this many scored forecasts with a probability, the parts are not shown ("too few"). */
export const MIN_DECOMPOSITION = 10;

export interface BrierDecomposition {
  /** Scored forecasts with a probability: what the Brier score averages over. */
  n: number;
  /** How many distinct probabilities they state (the groups). */
  groups: number;
  brier: number;
  /** Mean of o: how often things came true, a partly correct counting ½. */
  baseRate: number;
  /** Σ nₖ (pₖ − ōₖ)² / N: how far each stated probability sits from how often it came true. */
  reliability: number;
  /** Σ nₖ (ōₖ − ō)² / N: how far the groups' outcomes sit from the overall rate. */
  resolution: number;
  /** Σ (oᵢ − ō)² / N: the spread of the outcomes themselves; ō(1 − ō) with no partly correct. */
  uncertainty: number;
}

export type DecompositionResult =
  ({ status: 'shown' } & BrierDecomposition) | { status: 'too-few'; n: number; needed: number };

/** The decomposition over the scored forecasts with a probability, or null when there are none. */
export function brierDecomposition(rows: readonly ScoringRow[]): BrierDecomposition | null {
  const groups = new Map<number, { n: number; sumO: number }>();
  const outcomes: number[] = [];
  let squaredError = 0;
  for (const row of rows) {
    const o = OUTCOME_VALUE[row.outcome];
    if (o === undefined || row.probability === null) continue;
    outcomes.push(o);
    squaredError += (row.probability - o) ** 2;
    // + 0 makes −0 and 0 one group.
    const key = row.probability + 0;
    const group = groups.get(key) ?? { n: 0, sumO: 0 };
    group.n += 1;
    group.sumO += o;
    groups.set(key, group);
  }
  const n = outcomes.length;
  if (n === 0) return null;
  const baseRate = outcomes.reduce((sum, o) => sum + o, 0) / n;
  let reliability = 0;
  let resolution = 0;
  for (const [p, group] of groups) {
    const observed = group.sumO / group.n;
    reliability += group.n * (p - observed) ** 2;
    resolution += group.n * (observed - baseRate) ** 2;
  }
  const uncertainty = outcomes.reduce((sum, o) => sum + (o - baseRate) ** 2, 0) / n;
  return {
    n,
    groups: groups.size,
    brier: squaredError / n,
    baseRate,
    reliability: reliability / n,
    resolution: resolution / n,
    uncertainty,
  };
}

/** The decomposition if there are at least MIN_DECOMPOSITION forecasts to take apart. */
export function decompositionFor(rows: readonly ScoringRow[]): DecompositionResult {
  const parts = brierDecomposition(rows);
  if (parts === null || parts.n < MIN_DECOMPOSITION) {
    return { status: 'too-few', n: parts?.n ?? 0, needed: MIN_DECOMPOSITION };
  }
  return { status: 'shown', ...parts };
}
