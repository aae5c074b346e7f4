// The words for a speaker's scores in context, shared by the scorecard's table and the pieces a
// speaker page shows, so both say the same thing the same way.
import type { Vagueness } from '../../../domain/forecaster-style';
import type { KentSensitivity } from '../../../domain/kent';
import type { DecompositionResult } from '../../../domain/murphy';
import type { SpeakerContext } from '../../../domain/speaker-context';
import { MIN_RANKED, PRIOR_FORECASTS, type Standing } from '../../../domain/standing';
import { TOO_FEW_TO_JUDGE } from '../../../domain/track-records';
import { plural } from '../../../shared/plural';
import { formatBrier, formatPercent, formatSigned } from '../../../ui/format';

const VERDICT_WORDS = {
  better: 'Better than a coin toss',
  worse: 'Worse than a coin toss',
  even: 'No better and no worse than a coin toss',
} as const;

/** A skill score with its sign, as a reader expects a gain or a loss: "+0.510", "−0.200". */
export function signed(value: number): string {
  const text = formatSigned(value);
  return value > 0 && text !== '0.000' ? `+${text}` : text;
}

/** The verdict in a few words: "Better than a coin toss", or why there is none. */
export function verdictWords(context: SpeakerContext): string {
  if (context.verdict !== 'none') return VERDICT_WORDS[context.verdict];
  return context.sums.n === 0 ? 'No verdict yet' : 'No verdict: every forecast was partly correct';
}

/** What the verdict rests on: "Brier skill +0.510 against always saying 50%, 9 forecasts". */
export function verdictBasis(context: SpeakerContext): string {
  const { n } = context.sums;
  if (context.brierSkill === null) {
    return n === 0
      ? 'nothing judged yet states a probability'
      : 'always saying 50% would score them perfectly, so there is nothing to beat';
  }
  const few = context.sums.n < TOO_FEW_TO_JUDGE ? ', too few to judge' : '';
  return `Brier skill ${signed(context.brierSkill)} against always saying 50%, over ${plural(n, 'forecast')}${few}`;
}

/** "0.020 − 0.032 + 0.188 = 0.176", or why the parts are not shown. */
export function decompositionText(d: DecompositionResult): string {
  if (d.status === 'too-few') return `too few (${d.n} of the ${d.needed} needed)`;
  return `${formatBrier(d.reliability)} − ${formatBrier(d.resolution)} + ${formatBrier(d.uncertainty)} = ${formatBrier(d.brier)}`;
}

/** "0.176 → 0.169", the Brier score and the same read by Kent's table. */
export function kentChange(k: KentSensitivity): string {
  if (k.brier === null || k.kentBrier === null) return '—';
  return `${formatBrier(k.brier)} → ${formatBrier(k.kentBrier)}`;
}

/** Which forecasts moved, and Kent's ranges: "6 of 9 from the lexicon; 0.121–0.230 within…". */
export function kentDetail(k: KentSensitivity): string {
  if (k.n === 0) return 'nothing scored with a probability';
  if (k.readByLexicon === 0) {
    return `none of the ${plural(k.n, 'forecast')} took its probability from the lexicon, so nothing moves`;
  }
  const range =
    k.kentLow === null || k.kentHigh === null
      ? ''
      : `; ${formatBrier(k.kentLow)}–${formatBrier(k.kentHigh)} anywhere within Kent’s ranges`;
  return `${k.moved} of ${plural(k.n, 'forecast')} moved, those whose probability came from the lexicon${range}`;
}

/** "33% (4 of 12)". */
export function vaguenessText(v: Vagueness): string {
  return v.share === null ? '—' : `${formatPercent(v.share, 0)} (${v.vague} of ${v.forecasts})`;
}

/** What made them vague, mark by mark. */
export function vaguenessDetail(v: Vagueness): string {
  const marks = [
    [v.noDeadline, 'no deadline'],
    [v.noProbability, 'no probability'],
    [v.vagueKind, 'vague in kind'],
    [v.unresolvable, 'judged unresolvable'],
  ] as const;
  const said = marks.filter(([n]) => n > 0).map(([n, words]) => `${n} ${words}`);
  return said.length === 0 ? 'every forecast can be checked' : said.join(', ');
}

export function boldnessText(boldness: number | null): string {
  return formatPercent(boldness, 0);
}

const ORDINALS = ['th', 'st', 'nd', 'rd'];

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (ORDINALS[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "1st of 3", or "Too few to judge". */
export function standingWords(s: Standing | undefined): string {
  if (s === undefined || s.status === 'too-few') return 'Too few to judge';
  return `${ordinal(s.rank)} of ${s.of}`;
}

/** What the standing rests on. */
export function standingBasis(s: Standing | undefined): string {
  if (s === undefined) return 'no forecasts';
  if (s.status === 'too-few') {
    return `${s.n} of the ${s.needed} scored forecasts with a probability needed to be ranked`;
  }
  return `adjusted skill ${signed(s.adjustedSkill)} over ${plural(s.n, 'forecast')}`;
}

export const STANDING_RULE = `Speakers with at least ${MIN_RANKED} scored forecasts that state a probability, ranked by their Brier skill counted as if they had also said 50% ${PRIOR_FORECASTS} more times: a short lucky run cannot top the table.`;
