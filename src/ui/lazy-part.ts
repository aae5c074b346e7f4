import { createElement, lazy, type ComponentProps, type ComponentType } from 'react';
import { reportLoadFailure } from './load-failure';

/** What a part that would not load renders: nothing; the shell says why and offers Reload. */
const Unavailable = () => null;

/** A part fetched when first drawn (or sooner, with `preload`). */
// React's own constraint, which takes a component of any props.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LazyPart<T extends ComponentType<any>> = ComponentType<ComponentProps<T>> & {
  /** Fetches the part's code now; once it is here, the part draws at once, never suspending. */
  preload(): Promise<void>;
};

/**
 * React's `lazy`, for a part whose code is fetched when it is first drawn: if the fetch fails
 * (its file is gone after a deploy, or the network is), the part renders nothing instead of
 * throwing to an error boundary, and the failure is reported (load-failure.ts) so the shell
 * can save the tab's work and offer Reload. Nothing the reader did is lost to a missing file.
 * Once its code has arrived (drawn once, or preloaded) the part renders directly, so opening a
 * page a second time, or one fetched ahead, shows no empty frame while React looks it up.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyPart<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): LazyPart<T> {
  let loaded: T | null = null;
  let loading: Promise<{ default: T }> | null = null;
  const fetchPart = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        loading = null;
        reportLoadFailure(error);
        return { default: Unavailable as unknown as T };
      },
    ));
  const Lazy = lazy(fetchPart);
  const Part = (props: ComponentProps<T>) =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    createElement((loaded ?? Lazy) as ComponentType<any>, props);
  Part.preload = () => fetchPart().then(() => undefined);
  return Part;
}
