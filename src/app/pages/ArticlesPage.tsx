import type { ForecastView } from '../../domain/catalogue';
import type { IsoDate } from '../../domain/dates';
import type { Source } from '../../domain/model';
import { ArticleSummaries } from '../../features/story/ArticleSummaries';

interface Props {
  sources: readonly Source[];
  views: readonly ForecastView[];
  today: IsoDate;
}

/** Every article, newest first, each with its speakers and a tally, linking to its page. */
export function ArticlesPage({ sources, views, today }: Props) {
  return (
    <section className="page panel" aria-labelledby="articles-page-heading">
      <h2 id="articles-page-heading" tabIndex={-1}>
        Articles
      </h2>
      <ArticleSummaries sources={sources} views={views} today={today} level={3} />
    </section>
  );
}
