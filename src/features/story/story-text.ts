// How the story pages word their counts.
import { OUTCOME_LABELS } from '../../domain/model';
import type { Tally } from '../../domain/scoring';
import { MIN_TO_RANK, type StoryCounts } from '../../domain/story';
import { plural } from '../../shared/plural';
import { formatBrier, formatSigned } from '../../ui/format';

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
  if (skill === null) return 'no comparison with a coin toss';
  if (Math.abs(skill) < 0.05) return 'about as good as a coin toss';
  return skill > 0 ? 'better than a coin toss' : 'worse than a coin toss';
}

/** A speaker's score in one line, or why there is none yet. */
export function scoreLine(t: Tally): string {
  if (t.brierCount < MIN_TO_RANK)
    return `Too few to judge: ${plural(t.brierCount, 'forecast')} with a probability judged (${MIN_TO_RANK} needed)`;
  return `Brier ${formatBrier(t.brier)} over ${t.brierCount}, skill ${formatSigned(t.brierSkill)}: ${coinTossText(t.brierSkill)}`;
}
