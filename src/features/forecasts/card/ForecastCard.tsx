import { memo, Suspense, useState, type ReactNode } from 'react';
import type { ForecastView } from '../../../domain/catalogue';
import type { IsoDate } from '../../../domain/dates';
import type { DeadlineStatus } from '../../../domain/deadline';
import type { useActions } from '../../../state/use-actions';
import { Fold } from '../../../ui/Fold';
import { lazyPart } from '../../../ui/lazy-part';
import { CardCriteria, CardHead, useCardFacts } from './CardHead';
import { JudgementPanel } from './JudgementPanel';
import { CardTags } from '../curation/CardTags';
import { DeleteForecast } from '../curation/DeleteForecast';

// The editor is fetched the first time someone edits a forecast, not with the page.
// So is, on a desk, who judged it and whether members disagree.
const Judges = lazyPart(() => import('./Judges').then((m) => ({ default: m.Judges })));
const ForecastEditor = lazyPart(() =>
  import('../curation/ForecastEditor').then((m) => ({ default: m.ForecastEditor })),
);

export const forecastElementId = (id: string) => `forecast-${id}`;

interface CardArticleProps {
  forecastId: string;
  claimId: string;
  status: DeadlineStatus;
  selected: boolean;
  onSelect: (id: string) => void;
  position: number;
  setSize: number;
  /** A class beside `forecast-card` (a report's reading card). */
  variant?: string;
  children: ReactNode;
}

/**
 * The element every forecast card is (the reader's own and a report's): an article of the
 * list's feed, named by its claim, marked selected and overdue, selecting itself on focus.
 */
export function CardArticle({
  forecastId,
  claimId,
  status,
  selected,
  onSelect,
  position,
  setSize,
  variant,
  children,
}: CardArticleProps) {
  const classes = ['forecast-card', variant, selected && 'is-selected'];
  if (status === 'overdue') classes.push('is-overdue');
  return (
    <article
      id={forecastElementId(forecastId)}
      aria-labelledby={claimId}
      aria-posinset={position}
      aria-setsize={setSize}
      className={classes.filter(Boolean).join(' ')}
      tabIndex={-1}
      onFocusCapture={() => onSelect(forecastId)}
    >
      {children}
    </article>
  );
}

export interface ForecastCardProps {
  view: ForecastView;
  today: IsoDate;
  selected: boolean;
  onSelect: (id: string) => void;
  actions: ReturnType<typeof useActions>;
  readOnly: boolean;
  /** Its place (1-based) in the whole list and the list's size, mounted or not (ARIA feed). */
  position: number;
  setSize: number;
}

export const ForecastCard = memo(function ForecastCard({
  view,
  today,
  selected,
  onSelect,
  actions,
  readOnly,
  position,
  setSize,
}: ForecastCardProps) {
  const { forecast, state, history } = view;
  const [editing, setEditing] = useState(false);
  const { entry, status, claimId } = useCardFacts(view, today);

  return (
    <CardArticle
      forecastId={forecast.id}
      {...{ claimId, status, selected, onSelect, position, setSize }}
    >
      <div className="card-body">
        <CardHead
          view={view}
          entry={entry}
          claimId={claimId}
          status={status}
          readOnly={readOnly}
          onFollowLexicon={() => actions.followLexicon(forecast.id)}
        />
        <Fold summary="Criteria, caveats and tags">
          <CardCriteria forecast={forecast} />
          <CardTags
            tags={forecast.tags}
            readOnly={readOnly}
            onAdd={(tags) => actions.addTags(forecast.id, tags)}
            onRemove={(tag) => actions.removeTag(forecast.id, tag)}
          />
        </Fold>
        {editing ? (
          <Suspense fallback={null}>
            <ForecastEditor
              forecast={forecast}
              lexiconEntry={entry}
              articleText={view.source?.text}
              onSave={(patch) => actions.editForecast(forecast.id, patch)}
              onClose={() => setEditing(false)}
            />
          </Suspense>
        ) : (
          <div className="card-actions">
            <button
              type="button"
              className="secondary"
              onClick={() => setEditing(true)}
              disabled={readOnly}
            >
              Edit forecast
            </button>
            <DeleteForecast forecast={forecast} judgements={history.length} disabled={readOnly} />
          </div>
        )}
      </div>
      {history.some((j) => j.by) && (
        <Suspense fallback={null}>
          <Judges history={history} />
        </Suspense>
      )}
      <JudgementPanel
        forecastId={forecast.id}
        madeOn={forecast.madeOn}
        premise={forecast.premise}
        state={state}
        history={history}
        today={today}
        disabled={readOnly}
        onJudge={(change) => actions.judge(forecast.id, change)}
        onUndo={() => actions.undo(forecast.id)}
      />
    </CardArticle>
  );
});
