import { useMemo } from 'react';
import type { ForecastView } from '../../domain/catalogue';
import type { IsoDate } from '../../domain/dates';
import { rankSpeakers, storyCounts, type RankedSpeaker } from '../../domain/story';
import { PageLink } from '../../ui/routing/PageLink';
import { scoreLine, tallyLine } from './story-text';

interface Props {
  views: readonly ForecastView[];
  today: IsoDate;
}

function Speaker({ speaker, today }: { speaker: RankedSpeaker; today: IsoDate }) {
  return (
    <>
      <p className="story-title">
        <PageLink to={{ page: 'speaker', name: speaker.name }}>{speaker.name}</PageLink>
        {speaker.role && <span className="story-role">, {speaker.role}</span>}
      </p>
      <p className="story-tally">
        {tallyLine(storyCounts(speaker.views, today), { speakers: false })}
      </p>
      <p className="story-score">{scoreLine(speaker.tally, speaker.standing)}</p>
    </>
  );
}

/** The speakers ranked (rankSpeakers), then those with too few forecasts judged to rank. */
export function SpeakerSummaries({ views, today }: Props) {
  const { ranked, tooFew: rest } = useMemo(() => rankSpeakers(views), [views]);
  if (ranked.length + rest.length === 0) return <p className="empty">No speakers yet.</p>;
  return (
    <>
      {ranked.length > 0 && (
        <ol className="story-list" aria-label="Speakers ranked">
          {ranked.map((s) => (
            <li key={s.name} className="story-item">
              <Speaker speaker={s} today={today} />
            </li>
          ))}
        </ol>
      )}
      {rest.length > 0 && (
        <ul className="story-list" aria-label={ranked.length > 0 ? 'Too few to judge' : 'Speakers'}>
          {rest.map((s) => (
            <li key={s.name} className="story-item">
              <Speaker speaker={s} today={today} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
