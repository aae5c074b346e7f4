import { Suspense } from 'react';
import { useStoreContext } from '../state/store-context';
import { useDocument } from '../state/use-document';
import { lazyPart } from '../ui/lazy-part';
import { reloadIntoNewest } from './reload';
import { useLoadFailed } from './use-load-failed';
import { VersionNotice } from './VersionNotice';

// Only when something is wrong with storage.
const StorageAlert = lazyPart(() =>
  import('./StorageAlert').then((m) => ({ default: m.StorageAlert })),
);

/**
 * What is wrong, at the top of the page: a newer version running (its data, or this tab's
 * missing files), drawn by the first load's code; any other storage problem, by StorageAlert.
 */
export function AppAlerts() {
  const { data, problem, readOnly, unsaved } = useDocument();
  const { sync, readRaw } = useStoreContext();
  const loadFailed = useLoadFailed(sync);
  return (
    <>
      <VersionNotice
        newerData={problem?.kind === 'newer' ? problem : null}
        loadFailed={loadFailed}
        unsaved={unsaved}
        onReload={() => {
          sync.saveNow();
          void reloadIntoNewest();
        }}
      />
      {problem && problem.kind !== 'newer' && (
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
