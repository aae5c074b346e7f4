import type { ForecastView } from '../../domain/catalogue';
import type { DeadlineStatus } from '../../domain/deadline';
import { MarkList } from './MarkList';

/** Members listed at most: a cluster that survives the deepest zoom is rarely this big. */
const MAX_LISTED = 60;

interface Props {
  label: string;
  members: readonly { view: ForecastView; status: DeadlineStatus }[];
  selectedId: string | null;
  onActivate: (id: string) => void;
  onClose: () => void;
}

/** A cluster that the deepest zoom cannot separate (many forecasts due the same day), listed. */
export function ClusterMembers({ label, members, selectedId, onActivate, onClose }: Props) {
  const shown = members.slice(0, MAX_LISTED);
  return (
    <div className="cluster-members" role="group" aria-label={label}>
      <h3>{label}</h3>
      <MarkList marks={shown} selectedId={selectedId} onActivate={onActivate} />
      {members.length > shown.length && (
        <p className="hint">and {members.length - shown.length} more; their cards are below.</p>
      )}
      <button type="button" onClick={onClose}>
        Close list
      </button>
    </div>
  );
}
