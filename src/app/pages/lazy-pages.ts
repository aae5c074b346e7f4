// The pages other than the overview (the first screen), fetched when first opened.
import type { Route } from '../../ui/routing/route';
import { lazyPart } from '../../ui/lazy-part';

export const ForecastsPage = lazyPart(() =>
  import('./ForecastsPage').then((m) => ({ default: m.ForecastsPage })),
);
export const ArticlePage = lazyPart(() =>
  import('./ArticlePage').then((m) => ({ default: m.ArticlePage })),
);
export const SpeakerPage = lazyPart(() =>
  import('./SpeakerPage').then((m) => ({ default: m.SpeakerPage })),
);

/**
 * Starts fetching the page `route` opens, if it is not the overview: at boot, alongside the
 * reading of storage, so a bookmarked page's code is not fetched only once the record is read.
 */
export function preloadPage(route: Route): void {
  const page =
    route.page === 'forecasts'
      ? ForecastsPage
      : route.page === 'article'
        ? ArticlePage
        : route.page === 'speaker'
          ? SpeakerPage
          : null;
  page?.preload().catch(() => {});
}
