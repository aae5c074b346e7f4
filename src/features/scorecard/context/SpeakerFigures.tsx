// The pieces of one speaker's scores in context, for a page composed elsewhere (a speaker's page
// in src/app). Each takes any set of forecast views (usually one speaker's) and works them out
// itself; none reads the store, so the page hands them what it shows.
import { useMemo } from 'react';
import { scoringRows, type ForecastView } from '../../../domain/catalogue';
import type { LexiconEntry } from '../../../domain/model';
import { speakerContext } from '../../../domain/speaker-context';
import { standingsOf } from '../../../domain/standing';
import { formatBrier } from '../../../ui/format';
import {
  boldnessText,
  decompositionText,
  kentChange,
  kentDetail,
  standingBasis,
  standingWords,
  vaguenessDetail,
  vaguenessText,
  verdictBasis,
  verdictWords,
} from './context-text';

type Views = { views: readonly ForecastView[] };

// Kent's reading needs the lexicon; the other figures do not look at it.
const NO_LEXICON: readonly LexiconEntry[] = [];

function useContext(views: readonly ForecastView[], lexicon = NO_LEXICON) {
  return useMemo(() => speakerContext('', views, lexicon), [views, lexicon]);
}

/** "Better than a coin toss (Brier skill +0.510 against always saying 50%, over 9 forecasts)." */
export function CoinTossVerdict({ views }: Views) {
  const c = useContext(views);
  return (
    <p className="coin-toss">
      <strong>{verdictWords(c)}</strong> ({verdictBasis(c)}).
    </p>
  );
}

/** Reliability, resolution and uncertainty, or "too few" below the minimum. */
export function BrierParts({ views }: Views) {
  const d = useContext(views).decomposition;
  if (d.status === 'too-few') {
    return <p className="brier-parts">Brier taken apart: {decompositionText(d)}.</p>;
  }
  return (
    <dl className="brier-parts explanations">
      <div>
        <dt>Reliability</dt>
        <dd>{formatBrier(d.reliability)} (lower is better)</dd>
      </div>
      <div>
        <dt>Resolution</dt>
        <dd>{formatBrier(d.resolution)} (higher is better)</dd>
      </div>
      <div>
        <dt>Uncertainty</dt>
        <dd>{formatBrier(d.uncertainty)}</dd>
      </div>
      <div>
        <dt>Brier</dt>
        <dd>
          {decompositionText(d)}, over {d.n} forecasts
        </dd>
      </div>
    </dl>
  );
}

/** How the Brier score moves if the hedge words are read by Kent's table. */
export function KentSensitivityLine({
  views,
  lexicon,
}: Views & { lexicon: readonly LexiconEntry[] }) {
  const k = useContext(views, lexicon).kent;
  return (
    <p className="kent-line">
      Brier with Kent’s words: {kentChange(k)} ({kentDetail(k)}).
    </p>
  );
}

/** Vagueness and boldness. */
export function VaguenessAndBoldness({ views }: Views) {
  const c = useContext(views);
  return (
    <dl className="style-figures explanations">
      <div>
        <dt>Vagueness</dt>
        <dd>
          {vaguenessText(c.vagueness)}: {vaguenessDetail(c.vagueness)}
        </dd>
      </div>
      <div>
        <dt>Boldness</dt>
        <dd>{boldnessText(c.boldness)}</dd>
      </div>
    </dl>
  );
}

/** Where `speaker` stands among every speaker of `views` (all of them, not one's own). */
export function SpeakerStanding({ speaker, views }: Views & { speaker: string }) {
  const standing = useMemo(() => standingsOf(scoringRows(views)).get(speaker), [views, speaker]);
  return (
    <p className="standing">
      Standing among speakers: <strong>{standingWords(standing)}</strong> ({standingBasis(standing)}
      ).
    </p>
  );
}
