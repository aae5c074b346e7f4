// A speaker's page: who they are, how their forecasts went and how that compares with the other
// speakers, their scores in context with their own calibration, and every forecast they made,
// across articles.
import { useMemo } from 'react';
import type { LexiconEntry } from '../../domain/model';
import { formatPercent } from '../../ui/format';
import { rankSpeakers, storyCounts } from '../../domain/story';
import { ForecastList } from '../../features/forecasts/list/ForecastList';
import { scoreLine, tallyLine } from '../../features/story/story-text';
import { PageLink } from '../../ui/routing/PageLink';
import { SectionBoundary } from '../../ui/SectionBoundary';
import { WhenNearViewport } from '../../ui/WhenNearViewport';
import { SpeakerInContext } from './parts';
import { usePageList, usePageViews, type CardPageProps } from './use-page-views';

interface Props extends CardPageProps {
  name: string;
  lexicon: LexiconEntry[];
}

export function SpeakerPage({ name, views, today, lexicon, ref, ...rest }: Props) {
  const own = usePageViews(views, 'speaker', name);
  const list = usePageList(ref);
  const { ranked, tooFew } = useMemo(() => rankSpeakers(views), [views]);
  const me = [...ranked, ...tooFew].find((s) => s.name === name);
  const articles = useMemo(() => {
    const seen = new Map<string, string>();
    for (const v of own) if (v.source) seen.set(v.source.id, v.source.title);
    return [...seen];
  }, [own]);

  if (!me) {
    return (
      <section className="page panel" aria-labelledby="speaker-missing">
        <h2 id="speaker-missing" tabIndex={-1}>
          Speaker not found
        </h2>
        <p>
          No forecast here is by “{name}”: the speaker may have been renamed or merged, or the link
          is from another browser. <PageLink to={{ page: 'overview' }}>Overview</PageLink>
        </p>
      </section>
    );
  }
  return (
    <section className="page-region" aria-labelledby="speaker-name">
      <div className="page panel speaker-page">
        <h2 id="speaker-name" tabIndex={-1}>
          {name}
        </h2>
        {me.role && <p className="story-meta">{me.role}</p>}
        <p className="story-tally">{tallyLine(storyCounts(own, today), { speakers: false })}</p>
        <p className="story-score">
          Accuracy {formatPercent(me.tally.accuracy)}
          {me.tally.accuracyCount > 0 && ` (n=${me.tally.accuracyCount})`} ·{' '}
          {scoreLine(me.tally, me.standing)}
        </p>
        <p>
          <span className="story-label">In </span>
          {articles.map(([id, title], i) => (
            <span key={id}>
              {i > 0 && '; '}
              <PageLink to={{ page: 'article', id }}>{title}</PageLink>
            </span>
          ))}
        </p>
      </div>
      <SectionBoundary name="Scores in context">
        <WhenNearViewport
          heading={`Scores in context: ${name}`}
          level={2}
          className="panel speaker-context"
        >
          <div className="panel">
            <SpeakerInContext speaker={name} views={views} lexicon={lexicon} today={today} />
          </div>
        </WhenNearViewport>
      </SectionBoundary>
      <ForecastList
        ref={list}
        views={own}
        today={today}
        selectedId={rest.selectedId}
        onSelect={rest.onSelect}
        readOnly={rest.readOnly}
      />
    </section>
  );
}
