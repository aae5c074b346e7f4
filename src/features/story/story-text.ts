// How the story pages word their counts.
import { OUTCOME_LABELS } from '../../domain/model';
import type { Tally } from '../../domain/scoring';
import { coinTossVerdict, type Standing } from '../../domain/standing';
import type { StoryCounts } from '../../domain/story';
import { plural } from '../../shared/plural';
import { formatBrier } from '../../ui/format';

const JUDGED_ORDER = ['correct', 'partly', 'incorrect', 'unresolvable', 'annulled'] as const;

/** "2 correct, 1 incorrect", or null when nothing is judged. */
export function outcomesText(counts: StoryCounts): string | null {
  const parts = JUDGED_ORDER.filter((o) => counts.outcomes[o] > 0).map(
    (o) => `${counts.outcomes[o]} ${OUTCOME_LABELS[o].toLowerCase()}`,
  );
  return parts.length > 0 ? parts.join(', ') : null;
}

/** One line on a set of forecasts: how many, what waits, how the judged ones went. */
export function tallyLine(counts: StoryCounts, { speakers = true } = {}): string {
  const parts = [
    speakers
      ? `${plural(counts.forecasts, 'forecast')} by ${plural(counts.speakers.length, 'speaker')}`
      : plural(counts.forecasts, 'forecast'),
  ];
  if (counts.due > 0) parts.push(`${counts.due} due for judgement`);
  if (counts.statementsToCheck > 0)
    parts.push(plural(counts.statementsToCheck, 'statement') + ' to check');
  const judged = outcomesText(counts);
  parts.push(judged ? `${counts.judged} judged: ${judged}` : 'nothing judged yet');
  return parts.join(' · ');
}

/** "better than a coin toss" and the like, from the Brier skill against always saying 50%. */
export function coinTossText(skill: number | null): string {
  const verdict = coinTossVerdict(skill);
  if (verdict === 'none') return 'no comparison with a coin toss yet';
  return verdict === 'even'
    ? 'no better and no worse than a coin toss'
    : `${verdict} than a coin toss`;
}

/** A speaker's score and standing in one line, or why there is none yet. */
export function scoreLine(t: Tally, standing: Standing): string {
  const brier =
    t.brierCount > 0
      ? `Brier ${formatBrier(t.brier)} over ${plural(t.brierCount, 'forecast')}, ${coinTossText(t.brierSkill)}`
      : 'Nothing with a probability judged yet';
  if (standing.status === 'ranked') return `${brier}; ranked ${standing.rank} of ${standing.of}`;
  return `${brier}; too few to rank (${standing.n} of the ${standing.needed} needed)`;
}
