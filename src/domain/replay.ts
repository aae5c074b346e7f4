// The record as the log replays it (events.ts): the plain whole-log definition, which the store's
// incremental replay is held to by property tests. It sorts the log itself, so any order of the
// same events, and any interleaving of two copies' events, gives the same record.
import {
  canonicalSpeaker,
  sortEvents,
  undoneIds,
  JUDGED_FIELDS,
  type EventOf,
  type RecordEvent,
} from './events';

export { canonicalSpeaker };
import { currentState } from './judgements';
import { effectiveLexicon, rederiveProbabilities } from './lexicon';
import type { AppData, Forecast, Judgement, LexiconEntry, Source } from './model';

export interface ReplayedRecord {
  /** What every view shows: removed articles, their forecasts and retracted forecasts left out. */
  data: AppData;
  /** Per forecast, the day its claim, deadline, probability, criteria or quote was first edited
   * after a non-pending judgement. */
  editedAfterJudgement: Map<string, string>;
  /** Retracted forecasts, with the reason given, kept so they can be restored. */
  retracted: Map<string, { forecast: Forecast; reason: string }>;
  /** Removed articles, kept whole so they can be restored. */
  removed: Map<string, Source>;
  /** Names shown as another: alias → the canonical name. */
  aliases: Map<string, string>;
}

interface Fold {
  sources: Map<string, Source>;
  forecasts: Map<string, Forecast>;
  judgements: Judgement[];
  byForecast: Map<string, Judgement[]>;
  lexicon: LexiconEntry[] | undefined;
  removedSources: Set<string>;
  retracted: Map<string, string>;
  aliases: Map<string, string>;
  editedAfterJudgement: Map<string, string>;
}

/** The judgement a `judged` event records: the event without its type. */
export function judgementOf(event: EventOf<'judged'>): Judgement {
  const judgement: Judgement & { type?: string } = { ...event };
  delete judgement.type;
  return judgement;
}

function judgedNow(fold: Fold, forecastId: string): boolean {
  const entries = fold.byForecast.get(forecastId);
  return entries !== undefined && currentState(entries).outcome !== 'pending';
}

function apply(fold: Fold, event: RecordEvent): void {
  switch (event.type) {
    case 'article.added':
      if (!fold.sources.has(event.source.id)) fold.sources.set(event.source.id, event.source);
      return;
    case 'article.edited': {
      const source = fold.sources.get(event.sourceId);
      if (!source) return;
      fold.sources.set(source.id, { ...source, ...event.changes });
      // A forecast is made when its article is published.
      const madeOn = event.changes.publishedOn;
      if (madeOn === undefined) return;
      for (const f of fold.forecasts.values())
        if (f.sourceId === source.id) fold.forecasts.set(f.id, { ...f, madeOn });
      return;
    }
    case 'article.removed':
      fold.removedSources.add(event.sourceId);
      return;
    case 'article.restored':
      fold.removedSources.delete(event.sourceId);
      return;
    case 'forecast.added':
      if (!fold.forecasts.has(event.forecast.id))
        fold.forecasts.set(event.forecast.id, event.forecast);
      return;
    case 'forecast.edited': {
      const forecast = fold.forecasts.get(event.forecastId);
      if (!forecast) return;
      fold.forecasts.set(forecast.id, { ...forecast, ...event.changes });
      const scoredFieldChanged = JUDGED_FIELDS.some(
        (field) =>
          field in event.changes &&
          JSON.stringify(event.changes[field]) !== JSON.stringify(forecast[field]),
      );
      if (
        scoredFieldChanged &&
        !fold.editedAfterJudgement.has(forecast.id) &&
        judgedNow(fold, forecast.id)
      ) {
        fold.editedAfterJudgement.set(forecast.id, event.at.slice(0, 10));
      }
      return;
    }
    case 'forecast.retracted':
      fold.retracted.set(event.forecastId, event.reason);
      return;
    case 'forecast.restored':
      fold.retracted.delete(event.forecastId);
      return;
    case 'forecast.snoozed': {
      const forecast = fold.forecasts.get(event.forecastId);
      if (!forecast) return;
      const next = { ...forecast };
      if (event.until === null) delete next.snoozedUntil;
      else next.snoozedUntil = event.until;
      fold.forecasts.set(forecast.id, next);
      return;
    }
    case 'speakers.merged':
      if (event.alias !== event.canonical) fold.aliases.set(event.alias, event.canonical);
      return;
    case 'speakers.unmerged':
      fold.aliases.delete(event.alias);
      return;
    case 'lexicon.set': {
      fold.lexicon = event.lexicon ?? undefined;
      // As the reader's edit did then: every forecast that follows its wording takes the figure.
      const lexicon = effectiveLexicon({ lexicon: fold.lexicon } as AppData);
      const all = [...fold.forecasts.values()];
      rederiveProbabilities(all, lexicon).forEach((f, i) => {
        if (f !== all[i]) fold.forecasts.set(f.id, f);
      });
      return;
    }
    case 'judged': {
      const judgement = judgementOf(event);
      fold.judgements.push(judgement);
      const list = fold.byForecast.get(judgement.forecastId);
      if (list) list.push(judgement);
      else fold.byForecast.set(judgement.forecastId, [judgement]);
      return;
    }
    case 'undone':
      return;
  }
}

export function replay(events: readonly RecordEvent[]): ReplayedRecord {
  const sorted = sortEvents(events);
  const undone = undoneIds(sorted);
  const fold: Fold = {
    sources: new Map(),
    forecasts: new Map(),
    judgements: [],
    byForecast: new Map(),
    lexicon: undefined,
    removedSources: new Set(),
    retracted: new Map(),
    aliases: new Map(),
    editedAfterJudgement: new Map(),
  };
  for (const event of sorted) if (!undone.has(event.id)) apply(fold, event);

  const removed = new Map<string, Source>();
  const sources: Source[] = [];
  for (const source of fold.sources.values()) {
    if (fold.removedSources.has(source.id)) removed.set(source.id, source);
    else sources.push(source);
  }
  const retracted = new Map<string, { forecast: Forecast; reason: string }>();
  const forecasts: Forecast[] = [];
  for (const forecast of fold.forecasts.values()) {
    const reason = fold.retracted.get(forecast.id);
    if (reason !== undefined) retracted.set(forecast.id, { forecast, reason });
    else if (removed.has(forecast.sourceId)) continue;
    else {
      const speaker = canonicalSpeaker(forecast.speaker, fold.aliases);
      forecasts.push(speaker === forecast.speaker ? forecast : { ...forecast, speaker });
    }
  }
  const data: AppData = {
    sources,
    forecasts,
    judgements: fold.judgements,
    ...(fold.lexicon !== undefined && { lexicon: fold.lexicon }),
  };
  return {
    data,
    editedAfterJudgement: fold.editedAfterJudgement,
    retracted,
    removed,
    aliases: fold.aliases,
  };
}
