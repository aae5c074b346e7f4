// The desk as the screens see it: its status (connection, who is online, what waits), and
// leaving it. Joining is desk-join.ts, which only the join form loads.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { DeskStatus } from '../storage/desk/desk-link';
import { useStoreContext } from './store-context';

export type { DeskStatus };

const noDesk = () => () => {};
const nothing = () => null;

/** The desk's status, or null when the page works on the reader's own record. */
export function useDeskStatus(): DeskStatus | null {
  const { desk } = useStoreContext();
  return useSyncExternalStore(desk?.subscribe ?? noDesk, desk?.getStatus ?? nothing);
}

export function useDeskActions() {
  const { desk } = useStoreContext();
  const leave = useCallback(() => desk?.leave(), [desk]);
  const retry = useCallback(() => desk?.retry(), [desk]);
  return useMemo(() => ({ leave, retry }), [leave, retry]);
}
