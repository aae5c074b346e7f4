import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { reportLoadFailure } from './load-failure';

/** What a part that would not load renders: nothing; the shell says why and offers Reload. */
const Unavailable = () => null;

/**
 * React's `lazy`, for a part whose code is fetched when it is first drawn: if the fetch fails
 * (its file is gone after a deploy, or the network is), the part renders nothing instead of
 * throwing to an error boundary, and the failure is reported (load-failure.ts) so the shell
 * can save the tab's work and offer Reload. Nothing the reader did is lost to a missing file.
 */
// React's own constraint, which takes a component of any props.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyPart<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): LazyExoticComponent<T> {
  return lazy(() =>
    load().catch((error: unknown) => {
      reportLoadFailure(error);
      return { default: Unavailable as unknown as T };
    }),
  );
}
