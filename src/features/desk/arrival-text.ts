// What another member's change says in the desk bar's live line: who did what, to which
// forecast or article, in a few words ("Ben judged “…”: Correct").
import type { RecordEvent } from '../../domain/events';
import { OUTCOME_LABELS, type AppData } from '../../domain/model';
import { plural } from '../../shared/plural';

const MAX_CLAIM = 80;

const quoted = (text: string) =>
  `“${text.length > MAX_CLAIM ? `${text.slice(0, MAX_CLAIM - 1)}…` : text}”`;

function what(event: RecordEvent, data: AppData): string {
  const claim = (id: string) => {
    const forecast = data.forecasts.find((f) => f.id === id);
    return forecast ? quoted(forecast.claim) : 'a forecast';
  };
  switch (event.type) {
    case 'judged':
      return `judged ${claim(event.forecastId)}: ${OUTCOME_LABELS[event.outcome]}`;
    case 'forecast.edited':
      return `edited ${claim(event.forecastId)}`;
    case 'forecast.added':
      return `added ${quoted(event.forecast.claim)}`;
    case 'article.added':
      return `added the article ${quoted(event.source.title)}`;
    case 'forecast.retracted':
      return `deleted ${claim(event.forecastId)}`;
    case 'forecast.restored':
      return `restored ${claim(event.forecastId)}`;
    case 'forecast.snoozed':
      return `put off judging ${claim(event.forecastId)}`;
    case 'article.edited':
    case 'article.removed':
    case 'article.restored':
      return 'changed an article';
    case 'speakers.merged':
    case 'speakers.unmerged':
      return 'changed the speakers';
    case 'lexicon.set':
      return 'changed the hedge lexicon';
    case 'undone':
      return 'undid a change';
  }
}

/** The line for one arrival: one change in words, or how many there were and by whom. */
export function arrivalText(events: readonly RecordEvent[], data: AppData): string | null {
  const first = events[0];
  if (!first) return null;
  const names = [...new Set(events.map((e) => e.by?.name ?? 'Someone'))];
  if (events.length === 1) return `${names[0]} ${what(first, data)}`;
  return `${names.join(', ')}: ${plural(events.length, 'change')}`;
}
