import { memo, Suspense, useMemo } from 'react';
import { calibration, sameCalibration } from '../../domain/calibration';
import type { ScoringRow } from '../../domain/scoring';
import { PRINT_PENDING } from '../../ui/print-mode';
import { SectionBoundary } from '../../ui/SectionBoundary';
import { useSame } from '../../ui/use-same';
import { useNearViewport } from '../../ui/use-near-viewport';
import { CalibrationTable } from './CalibrationTable';
import { lazyPart } from '../../ui/lazy-part';

// Memoised: most judgements leave every bucket as it was, and then nothing is redrawn.
const CalibrationChart = memo(lazyPart(() => import('./CalibrationChart')));
const Table = memo(CalibrationTable);

export function CalibrationSection({ rows }: { rows: ScoringRow[] }) {
  const buckets = useSame(
    useMemo(() => calibration(rows), [rows]),
    sameCalibration,
  );
  const [ref, near] = useNearViewport<HTMLElement>();
  return (
    <section className="calibration" aria-labelledby="calibration-heading" ref={ref}>
      <h3 id="calibration-heading">Calibration</h3>
      <p className="hint">
        Of the forecasts stated at about 70%, did about 70% come true? Bands are whole percentages
        (10–19% holds exactly 15%), and the interval is where the true rate plausibly lies given how
        few there are.
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
          perfect calibration. {buckets.every((b) => b.count === 0) && 'Nothing is scored yet.'}
        </figcaption>
      </figure>
      <Table buckets={buckets} />
    </section>
  );
}
