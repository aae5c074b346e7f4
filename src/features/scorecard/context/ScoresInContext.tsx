import { memo, useMemo, useState } from 'react';
import type { ForecastView } from '../../../domain/catalogue';
import { MIN_DECOMPOSITION } from '../../../domain/murphy';
import type { LexiconEntry } from '../../../domain/model';
import { OVERALL } from '../../../domain/scoring';
import { speakerContext, type SpeakerContext } from '../../../domain/speaker-context';
import type { Standing } from '../../../domain/standing';
import { incrementalSpeakerContexts } from '../../../state/derived/speaker-context';
import { ScrollBox } from '../../../ui/ScrollBox';
import {
  boldnessText,
  decompositionText,
  kentChange,
  kentDetail,
  STANDING_RULE,
  standingBasis,
  standingWords,
  vaguenessDetail,
  vaguenessText,
  verdictBasis,
  verdictWords,
} from './context-text';

export const CONTEXT_COLUMNS = [
  'Speaker',
  'Against a coin toss',
  'Brier taken apart',
  'Brier with Kent’s words',
  'Vagueness',
  'Boldness',
  'Standing',
] as const;

const label = (i: number) => ({ 'data-label': CONTEXT_COLUMNS[i] });

/** A speaker's row: redrawn only when their context (kept across others' judgements) changes. */
const ContextRow = memo(function ContextRow({
  context: c,
  standing,
  overall,
}: {
  context: SpeakerContext;
  standing: Standing | undefined;
  overall?: boolean;
}) {
  return (
    <tr className={overall ? 'overall' : undefined}>
      <th scope="row">{c.speaker}</th>
      <td {...label(1)}>
        {verdictWords(c)} <span className="sample">({verdictBasis(c)})</span>
      </td>
      <td {...label(2)}>{decompositionText(c.decomposition)}</td>
      <td {...label(3)}>
        {kentChange(c.kent)} <span className="sample">({kentDetail(c.kent)})</span>
      </td>
      <td {...label(4)}>
        {vaguenessText(c.vagueness)}{' '}
        <span className="sample">({vaguenessDetail(c.vagueness)})</span>
      </td>
      <td {...label(5)}>{boldnessText(c.boldness)}</td>
      <td {...label(6)}>
        {overall ? (
          '—'
        ) : (
          <>
            {standingWords(standing)} <span className="sample">({standingBasis(standing)})</span>
          </>
        )}
      </td>
    </tr>
  );
});

const EXPLANATIONS: [string, string][] = [
  [
    'Against a coin toss',
    'the Brier skill score against someone who always says 50%: above 0 is better than a coin toss, below 0 worse.',
  ],
  [
    'Brier taken apart',
    `reliability − resolution + uncertainty, which add up to the Brier score exactly. Reliability (lower is better): how far each stated probability sits from how often things said at it came true. Resolution (higher is better): how far apart those rates are, so how much the speaker told likely from unlikely. Uncertainty: how unpredictable the outcomes were, which no forecaster controls. Shown from ${MIN_DECOMPOSITION} scored forecasts with a probability.`,
  ],
  [
    'Brier with Kent’s words',
    'the Brier score if the hedge words were read by Sherman Kent’s table (CIA, 1964) instead of the lexicon’s survey figures. Only forecasts whose probability came from the lexicon move; one set by hand or stated as a number stays.',
  ],
  [
    'Vagueness',
    'the share of their forecasts with no deadline, no probability, vague in kind or judged unresolvable.',
  ],
  [
    'Boldness',
    'how far their stated probabilities sit from 50%, on average: 0% always says 50%, 100% always says 0% or 100%. Not skill: read it beside the Brier score.',
  ],
  ['Standing', STANDING_RULE],
];

interface Props {
  views: ForecastView[];
  lexicon: readonly LexiconEntry[];
}

/** Each speaker's scores in context, and all speakers together. */
export function ScoresInContext({ views, lexicon }: Props) {
  const [contextsOf] = useState(incrementalSpeakerContexts);
  const { speakers, standings } = useMemo(
    () => contextsOf(views, lexicon),
    [contextsOf, views, lexicon],
  );
  const overall = useMemo(() => speakerContext(OVERALL, views, lexicon), [views, lexicon]);
  return (
    <section className="scores-in-context" aria-labelledby="in-context-heading">
      <h3 id="in-context-heading">Scores in context</h3>
      <p className="hint">
        What the scores mean next to a coin toss, what the Brier score is made of, how much it rests
        on reading hedge words as numbers, and how each speaker compares.
      </p>
      <ScrollBox label="Scores in context per speaker" className="table-scroll cards-on-phone">
        <table>
          <caption className="visually-hidden">Scores in context per speaker</caption>
          <thead>
            <tr>
              {CONTEXT_COLUMNS.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {speakers.map((c) => (
              <ContextRow key={c.speaker} context={c} standing={standings.get(c.speaker)} />
            ))}
          </tbody>
          <tfoot>
            <ContextRow context={overall} standing={undefined} overall />
          </tfoot>
        </table>
      </ScrollBox>
      <dl className="explanations">
        {EXPLANATIONS.map(([term, text]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
