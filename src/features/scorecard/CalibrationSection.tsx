import { memo, Suspense, useId, useMemo, type ReactNode } from 'react';
import { calibrationOf, calibrationScope, sameCalibration } from '../../domain/calibration';
import type { ForecastView } from '../../domain/catalogue';
import type { IsoDate } from '../../domain/dates';
import { plural } from '../../shared/plural';
import { PRINT_PENDING } from '../../ui/print-mode';
import { SectionBoundary } from '../../ui/SectionBoundary';
import { useSame } from '../../ui/use-same';
import { useNearViewport } from '../../ui/use-near-viewport';
import { CalibrationTable } from './CalibrationTable';
import { lazyPart } from '../../ui/lazy-part';

// Memoised: most judgements leave every bucket as it was, and then nothing is redrawn.
const CalibrationChart = memo(lazyPart(() => import('./CalibrationChart')));
const Table = memo(CalibrationTable);

interface Props {
  /** Any set of forecasts: everyone's, or one speaker's. */
  views: readonly ForecastView[];
  /** Deadlines before this day have passed; only those forecasts are calibrated. */
  today: IsoDate;
  /** The section's heading ("Calibration"), and its level. */
  heading?: string;
  level?: 2 | 3 | 4;
  /** Between the heading and the chart: a chooser of whose forecasts, say. */
  controls?: ReactNode;
}

/** How many judged forecasts are left out for not being due, in words (or nothing). */
function leftOut(notYetDue: number, noDeadline: number): string {
  const parts = [
    notYetDue > 0 &&
      plural(notYetDue, 'judged before its deadline', 'judged before their deadlines'),
    noDeadline > 0 && plural(noDeadline, 'with no deadline', 'with no deadline'),
  ].filter(Boolean);
  return parts.length === 0 ? '' : ` Left out: ${parts.join(', and ')}.`;
}

/** The calibration chart and table of `views`, over the forecasts whose deadline has passed. */
export function CalibrationSection({
  views,
  today,
  heading = 'Calibration',
  level = 3,
  controls,
}: Props) {
  const buckets = useSame(
    useMemo(() => calibrationOf(views, today), [views, today]),
    sameCalibration,
  );
  const scope = useMemo(() => calibrationScope(views, today), [views, today]);
  const [ref, near] = useNearViewport<HTMLElement>();
  const headingId = useId();
  const Heading = `h${level}` as const;
  return (
    <section className="calibration" aria-labelledby={headingId} ref={ref}>
      <Heading id={headingId}>{heading}</Heading>
      {controls}
      <p className="hint">
        Of the forecasts stated at about 70%, did about 70% come true? Only forecasts whose deadline
        has passed count: what comes true early is judged early, while what does not waits for its
        deadline, so early judgements would flatter the rates. {plural(scope.due, 'forecast')}{' '}
        counted.{leftOut(scope.notYetDue, scope.noDeadline)} Bands are whole percentages (10–19%
        holds exactly 15%), and the interval is where the true rate plausibly lies given how few
        there are.
      </p>
      {/* The figure and its caption are drawn at once; only the chart waits for its code, in a
          stand-in of the chart's own height, so nothing below moves when it arrives. */}
      <figure className="calibration-chart">
        <SectionBoundary name="Calibration chart">
          <Suspense
            fallback={
              <p className="hint chart-placeholder" {...{ [PRINT_PENDING]: '' }}>
                Loading the chart…
              </p>
            }
          >
            {near ? <CalibrationChart buckets={buckets} /> : <div className="chart-placeholder" />}
          </Suspense>
        </SectionBoundary>
        <figcaption className="hint">
          Dots: how often forecasts in each band came true, with 90% Wilson intervals. Dashed line:
          perfect calibration.{' '}
          {buckets.every((b) => b.count === 0) &&
            'No forecast whose deadline has passed is scored yet.'}
        </figcaption>
      </figure>
      <Table buckets={buckets} caption={heading} />
    </section>
  );
}
