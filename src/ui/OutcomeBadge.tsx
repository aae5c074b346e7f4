import type { Outcome } from '../domain/model';
import { OUTCOME_LABELS } from '../domain/model';

/** A symbol per outcome, so the outcome never rests on colour alone. */
export const OUTCOME_SYMBOLS: Record<Outcome, string> = {
  pending: '○',
  correct: '✓',
  incorrect: '✗',
  partly: '◐',
  unresolvable: '?',
  annulled: '⊘',
};

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  return (
    <span className={`badge outcome-${outcome}`}>
      <span aria-hidden="true">{OUTCOME_SYMBOLS[outcome]} </span>
      {OUTCOME_LABELS[outcome]}
    </span>
  );
}
