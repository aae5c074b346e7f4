import { lazy, Suspense, useState } from 'react';
import type { Forecast } from '../../../domain/model';

// The question, and the deletion, are fetched when first asked: every card has the button, few
// forecasts are deleted.
const DeleteForecastDialog = lazy(() => import('./DeleteForecastDialog'));

/**
 * Delete forecast: asks first, saying what goes with it; then the forecast leaves every view and
 * score, and the notice at the foot of the page offers Undo, which brings it back whole.
 */
export function DeleteForecast({
  forecast,
  judgements,
  disabled,
}: {
  forecast: Forecast;
  judgements: number;
  disabled: boolean;
}) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button
        type="button"
        className="secondary"
        onClick={() => setAsking(true)}
        disabled={disabled}
      >
        Delete forecast
      </button>
      {asking && (
        <Suspense fallback={null}>
          <DeleteForecastDialog
            forecast={forecast}
            judgements={judgements}
            onClose={() => setAsking(false)}
          />
        </Suspense>
      )}
    </>
  );
}
