import { useMemo } from 'react';
import type { ForecastView } from '../../domain/catalogue';
import { formatDay, type IsoDate } from '../../domain/dates';
import type { Source } from '../../domain/model';
import { storyCounts } from '../../domain/story';
import { PageLink } from '../../ui/routing/PageLink';
import { tallyLine } from './story-text';

interface Props {
  sources: readonly Source[];
  views: readonly ForecastView[];
  today: IsoDate;
  /** The heading level of each article's title. */
  level?: 3 | 4;
}

/** Each article: its title (a link to its page), where and when, its speakers, one tally line. */
export function ArticleSummaries({ sources, views, today, level = 3 }: Props) {
  const bySource = useMemo(() => {
    const map = new Map<string, ForecastView[]>();
    for (const view of views) {
      const list = map.get(view.forecast.sourceId);
      if (list) list.push(view);
      else map.set(view.forecast.sourceId, [view]);
    }
    return map;
  }, [views]);
  const Title = level === 3 ? 'h3' : 'h4';
  // Newest first: the article a reader added last is the one they are working on.
  const ordered = useMemo(
    () => [...sources].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn)),
    [sources],
  );
  if (ordered.length === 0) return <p className="empty">No articles yet.</p>;
  return (
    <ul className="story-list">
      {ordered.map((source) => {
        const own = bySource.get(source.id) ?? [];
        const counts = storyCounts(own, today);
        return (
          <li key={source.id} className="story-item">
            <Title className="story-title">
              <PageLink to={{ page: 'article', id: source.id }}>{source.title}</PageLink>
            </Title>
            <p className="story-meta">
              {[source.publisher, formatDay(source.publishedOn)].filter(Boolean).join(' · ')}
            </p>
            {counts.speakers.length > 0 && (
              <p className="story-speakers">
                <span className="story-label">Speakers: </span>
                {counts.speakers.map((name, i) => (
                  <span key={name}>
                    {i > 0 && ', '}
                    <PageLink to={{ page: 'speaker', name }}>{name}</PageLink>
                  </span>
                ))}
              </p>
            )}
            <p className="story-tally">{tallyLine(counts)}</p>
          </li>
        );
      })}
    </ul>
  );
}
