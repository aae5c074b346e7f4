import { lazy, Suspense, useMemo } from 'react';
import { calibration } from '../../domain/calibration';
import type { ScoringRow } from '../../domain/scoring';
import { PRINT_PENDING } from '../../ui/print-mode';
import { SectionBoundary } from '../../ui/SectionBoundary';
import { useNearViewport } from '../../ui/use-near-viewport';
import { CalibrationTable } from './CalibrationTable';

const CalibrationChart = lazy(() => import('./CalibrationChart'));

export function CalibrationSection({ rows }: { rows: ScoringRow[] }) {
  const buckets = useMemo(() => calibration(rows), [rows]);
  const [ref, near] = useNearViewport<HTMLElement>();
  return (
    <section className="calibration" aria-labelledby="calibration-heading" ref={ref}>
      <h3 id="calibration-heading">Calibration</h3>
      <p className="hint">
        Of the forecasts stated at about 70%, did about 70% come true? Bands are whole percentages
        (10–19% holds exactly 15%), and the interval is where the true rate plausibly lies given how
        few there are.
      </p>
      <SectionBoundary name="Calibration chart">
        <Suspense
          fallback={
            <p className="hint" {...{ [PRINT_PENDING]: '' }}>
              Loading the chart…
            </p>
          }
        >
          {near ? <CalibrationChart buckets={buckets} /> : <div className="chart-placeholder" />}
        </Suspense>
      </SectionBoundary>
      <CalibrationTable buckets={buckets} />
    </section>
  );
}
