// One speaker's scores in context, whole, for a speaker's page composed in src/app: the verdict
// against a coin toss, the Brier score taken apart, Kent's reading, vagueness and boldness, the
// standing among speakers, and the speaker's own calibration. Load it lazily, as the Scorecard
// is, so its code stays out of the first load.
import { useId, useMemo } from 'react';
import type { ForecastView } from '../../../domain/catalogue';
import type { IsoDate } from '../../../domain/dates';
import type { LexiconEntry } from '../../../domain/model';
import { CalibrationSection } from '../CalibrationSection';
import {
  BrierParts,
  CoinTossVerdict,
  KentSensitivityLine,
  SpeakerStanding,
  VaguenessAndBoldness,
} from './SpeakerFigures';

interface Props {
  speaker: string;
  /** Every speaker's forecasts: the standing compares this speaker with the others. */
  views: readonly ForecastView[];
  /** The hedge lexicon in force (effectiveLexicon), for Kent's reading. */
  lexicon: readonly LexiconEntry[];
  /** Today, for the calibration (forecasts whose deadline has passed). */
  today: IsoDate;
  /** The level of this section's heading; its calibration's is one below. */
  level?: 2 | 3;
}

export function SpeakerInContext({ speaker, views, lexicon, today, level = 2 }: Props) {
  const own = useMemo(() => views.filter((v) => v.forecast.speaker === speaker), [views, speaker]);
  const Heading = `h${level}` as const;
  const headingId = useId();
  return (
    <section className="speaker-in-context" aria-labelledby={headingId}>
      <Heading id={headingId}>Scores in context: {speaker}</Heading>
      <CoinTossVerdict views={own} />
      <SpeakerStanding speaker={speaker} views={views} />
      <BrierParts views={own} />
      <KentSensitivityLine views={own} lexicon={lexicon} />
      <VaguenessAndBoldness views={own} />
      <CalibrationSection
        views={own}
        today={today}
        heading={`Calibration of ${speaker}`}
        level={level === 2 ? 3 : 4}
      />
    </section>
  );
}
