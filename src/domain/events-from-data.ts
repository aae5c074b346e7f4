// A record kept before the event log (stored schema v2 and earlier, scorecard files of version 1)
// as events: its articles, forecasts and lexicon as they stood, stamped at the first instant so
// they come before anything done since, and its judgements as the judgement events they already
// were. The ids are made from the items' places and ids, so two tabs migrating the same record
// make the same events, and their logs merge without a duplicate.
import { FIRST_INSTANT_MS } from './clock';
import type { RecordEvent } from './events';
import type { AppData } from './model';

/** The stamp of a record's state before its log began. */
export const BEFORE_THE_LOG = new Date(FIRST_INSTANT_MS).toISOString();

const place = (index: number) => String(index).padStart(7, '0');

export function eventsFromData(data: AppData): RecordEvent[] {
  const at = BEFORE_THE_LOG;
  const events: RecordEvent[] = [];
  if (data.lexicon !== undefined) {
    // Before the forecasts: they already hold the figures it gave them, and re-deriving them
    // here could change one the reader saw otherwise.
    events.push({ id: 'before:0:lexicon', at, type: 'lexicon.set', lexicon: data.lexicon });
  }
  data.sources.forEach((source, i) => {
    events.push({ id: `before:1:${place(i)}:${source.id}`, at, type: 'article.added', source });
  });
  data.forecasts.forEach((forecast, i) => {
    events.push({
      id: `before:2:${place(i)}:${forecast.id}`,
      at,
      type: 'forecast.added',
      forecast,
    });
  });
  for (const judgement of data.judgements) events.push({ ...judgement, type: 'judged' });
  return events;
}
