// The speakers' scores in context (speakerContexts, src/domain/speaker-context.ts, the
// definition) kept from one change to the next, held to the definition by property tests.
import type { ForecastView } from '../../domain/catalogue';
import type { LexiconEntry } from '../../domain/model';
import {
  speakerContext,
  standingsOfContexts,
  type ContextSummary,
  type SpeakerContext,
} from '../../domain/speaker-context';
import { sameItems } from '../../shared/same-items';
import { incrementalGrouping } from './grouping';

interface Kept {
  views: readonly ForecastView[];
  context: SpeakerContext;
}

/**
 * speakerContexts for a screen that recomputes on every change: a speaker whose views are the
 * very same objects as last time (and the lexicon the same) keeps the very same context, so a
 * judgement recomputes one speaker's figures; the standings, a sort of one number per speaker,
 * are made again whenever any speaker's changed.
 */
export function incrementalSpeakerContexts(): (
  views: readonly ForecastView[],
  lexicon: readonly LexiconEntry[],
) => ContextSummary {
  const groupingOf = incrementalGrouping<ForecastView>((view) => view.forecast.speaker);
  let kept = new Map<string, Kept>();
  let last: {
    views: readonly ForecastView[];
    lexicon: readonly LexiconEntry[];
    summary: ContextSummary;
  } | null = null;
  return (views, lexicon) => {
    if (last && last.views === views && last.lexicon === lexicon) return last.summary;
    const grouping = groupingOf(views);
    const sameLexicon = last?.lexicon === lexicon;
    let summary: ContextSummary;
    if (last && sameLexicon && grouping.changed?.size === 0) {
      summary = last.summary;
    } else {
      const next = new Map<string, Kept>();
      const speakers = grouping.keys.map((speaker) => {
        const list = grouping.lists.get(speaker)!;
        const old = sameLexicon ? kept.get(speaker) : undefined;
        // A patched grouping hands back an unchanged speaker's very list; one made afresh, equal items.
        const same =
          old !== undefined &&
          (old.views === list || (grouping.changed === null && sameItems(old.views, list)));
        const context = same ? old.context : speakerContext(speaker, list, lexicon);
        next.set(speaker, { views: list, context });
        return context;
      });
      kept = next;
      summary = { speakers, standings: standingsOfContexts(speakers) };
    }
    last = { views, lexicon, summary };
    return summary;
  };
}
