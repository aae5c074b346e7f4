// The question Delete forecast asks, and the deletion: fetched when the button is first used.
import type { Forecast } from '../../../domain/model';
import { useCurationActions } from '../../../state/use-curation-actions';
import { showUndo } from '../../../state/undo-notice';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';

interface Props {
  forecast: Forecast;
  /** How many judgements its history holds. */
  judgements: number;
  onClose: () => void;
}

export default function DeleteForecastDialog({ forecast, judgements, onClose }: Props) {
  const { deleteForecast } = useCurationActions();
  return (
    <ConfirmDialog
      title="Delete this forecast?"
      confirmLabel="Delete"
      onCancel={onClose}
      onConfirm={() => {
        onClose();
        const eventId = deleteForecast(forecast.id);
        if (eventId) showUndo({ message: `Deleted the forecast “${forecast.claim}”`, eventId });
      }}
    >
      <p>
        “{forecast.claim}” ({forecast.speaker}) leaves the timeline, the scorecard and every export
        {judgements > 0 &&
          `, with its ${judgements === 1 ? 'judgement' : `${judgements} judgements`}`}
        . Undo brings it back whole, and the record keeps the deletion in its history.
      </p>
    </ConfirmDialog>
  );
}
