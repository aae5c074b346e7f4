// The parts the pages fetch when they are needed, not with the first load. A part whose file
// will not load (gone after a deploy) draws nothing, and AppAlerts offers Reload (lazy-part.ts).
import { lazyPart } from '../../ui/lazy-part';

export const Timeline = lazyPart(() =>
  import('../../features/timeline/Timeline').then((m) => ({ default: m.Timeline })),
);
export const Scorecard = lazyPart(() =>
  import('../../features/scorecard/Scorecard').then((m) => ({ default: m.Scorecard })),
);
export const SourcePanel = lazyPart(() =>
  import('../../features/sources/SourcePanel').then((m) => ({ default: m.SourcePanel })),
);
export const SpeakersPanel = lazyPart(() =>
  import('../../features/speakers/SpeakersPanel').then((m) => ({ default: m.SpeakersPanel })),
);
export const Disagreements = lazyPart(() =>
  import('../../features/desk/Disagreements').then((m) => ({ default: m.Disagreements })),
);
export const LexiconPanel = lazyPart(() =>
  import('../../features/lexicon/LexiconPanel').then((m) => ({ default: m.LexiconPanel })),
);
export const SpeakerInContext = lazyPart(() =>
  import('../../features/scorecard/context/SpeakerInContext').then((m) => ({
    default: m.SpeakerInContext,
  })),
);
