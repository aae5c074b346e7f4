// The pages other than the overview (the first screen), fetched when first opened.
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
