import { useEffect } from 'react';
import { useStoreContext } from '../state/store-context';

/**
 * Keeps this tab in step with the others and with storage: another tab's save (the `storage`
 * event, or on regaining focus in case an event was missed) is read and merged; unsaved changes
 * are written at once when the page is hidden or closed, without waiting for the debounce.
 */
export function useCrossTabSync(): void {
  const { sync, storageKey } = useStoreContext();
  useEffect(() => {
    const refresh = () => void sync.refresh();
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key === storageKey) refresh();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') sync.saveNow();
      else refresh();
    };
    const onPageHide = () => sync.saveNow();
    window.addEventListener('storage', onStorage);
    window.addEventListener('focus', refresh);
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('focus', refresh);
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [sync, storageKey]);
}
