import type { StorageProblem } from '../storage/storage-problems';

interface Props {
  /** The stored data was saved by a newer version: this tab is read-only. */
  newerData: Extract<StorageProblem, { kind: 'newer' }> | null;
  /** Part of the page would not load: after a deploy, or, when the browser is offline, not. */
  loadFailed: 'deployed' | 'offline' | null;
  /** Changes in memory not yet in storage (nor in the outbox). */
  unsaved: boolean;
  onReload: () => void;
}

/**
 * Says that this tab is older than the Hindsight now running, when it meets data saved by a
 * newer version or a part of it fails to load, and offers Reload. Drawn by the first load's own
 * code, so it works when every lazily loaded file of this version is gone; kept short, since
 * every visit downloads it.
 */
export function VersionNotice({ newerData, loadFailed, unsaved, onReload }: Props) {
  if (!newerData && !loadFailed) return null;
  const saved = unsaved ? '' : ' Your work is saved.';
  return (
    <div role="alert" className="storage-alert">
      <p>
        <strong>
          {loadFailed === 'offline' && !newerData
            ? 'Part of Hindsight could not be loaded: you seem to be offline.'
            : 'A newer version of Hindsight is running.'}
        </strong>{' '}
        {!newerData
          ? `${saved} Reload to carry on.`
          : newerData.changes === 'in memory'
            ? 'This tab can no longer save, and its latest changes could not be kept (storage is full): export a copy before you reload.'
            : `This tab can no longer save, so it is read-only now.${newerData.changes ? ' Your latest changes here are kept, and added when you reload.' : ''}`}
      </p>
      <button type="button" onClick={onReload}>
        Reload
      </button>
    </div>
  );
}
