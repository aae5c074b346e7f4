import { Suspense, useEffect, useSyncExternalStore } from 'react';
import { useStoreContext } from '../state/store-context';
import { useDocument } from '../state/use-document';
import { lazyPart } from '../ui/lazy-part';
import { loadFailure, onLoadFailure } from '../ui/load-failure';
import { reloadIntoNewest } from './reload';

// Only when something is wrong with storage.
const StorageAlert = lazyPart(() =>
  import('./StorageAlert').then((m) => ({ default: m.StorageAlert })),
);

/**
 * What is wrong, at the top of the page. Storage problems, data saved by a newer version among
 * them, are worded by StorageAlert. Code that would not load (load-failure.ts: StorageAlert's
 * own file among it) is said here, by the first load's own code, so it shows when every lazily
 * loaded file of this version is gone: the tab saves its work at once, then says that a newer
 * version is running (or, the browser being offline, that part could not load) and offers
 * Reload. Kept short, since every visit downloads it.
 */
export function AppAlerts() {
  const { data, problem, readOnly, unsaved } = useDocument();
  const { sync, readRaw } = useStoreContext();
  const failed = useSyncExternalStore(onLoadFailure, loadFailure);
  useEffect(() => onLoadFailure(() => sync.saveNow()), [sync]);
  return (
    <>
      {failed && (
        <div role="alert" className="storage-alert">
          <p>
            <strong>
              {navigator.onLine
                ? 'A newer version of Hindsight is running.'
                : 'Part of Hindsight could not be loaded: you seem to be offline.'}
            </strong>
            {unsaved ? '' : ' Your work is saved.'} Reload to carry on.
          </p>
          <button
            type="button"
            onClick={() => {
              sync.saveNow();
              reloadIntoNewest();
            }}
          >
            Reload
          </button>
        </div>
      )}
      {problem && (
        <Suspense fallback={null}>
          <StorageAlert
            problem={problem}
            readOnly={readOnly}
            data={data}
            readRaw={readRaw}
            onStartFresh={() => sync.startFresh()}
          />
        </Suspense>
      )}
    </>
  );
}
