import { memo, Suspense, useCallback, useState } from 'react';
import type { ForecastView } from '../../domain/catalogue';
import { formatDay, type IsoDate } from '../../domain/dates';
import { describeDeadline } from '../../domain/deadline';
import { effectiveLexicon, findEntry, followsWording } from '../../domain/lexicon';
import { KIND_LABELS, type Forecast, type LexiconEntry } from '../../domain/model';
import { deadlineStatus } from '../../domain/deadline';
import { formatProbability } from '../../ui/format';
import { OutcomeBadge } from '../../ui/OutcomeBadge';
import type { useActions } from '../../state/use-actions';
import { useDocumentValue, type RecordSnapshot } from '../../state/use-document';
import { JudgementPanel } from './JudgementPanel';
import { CardTags } from './curation/CardTags';
import { DeleteForecast } from './curation/DeleteForecast';
import { lazyPart } from '../../ui/lazy-part';
import { PageLink } from '../../ui/routing/PageLink';

// The editor is fetched the first time someone edits a forecast, not with the page.
// So is, on a desk, who judged it and whether members disagree.
const Judges = lazyPart(() => import('./Judges').then((m) => ({ default: m.Judges })));
const ForecastEditor = lazyPart(() =>
  import('./curation/ForecastEditor').then((m) => ({ default: m.ForecastEditor })),
);

export const forecastElementId = (id: string) => `forecast-${id}`;

interface Props {
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

const STATUS_TEXT = {
  overdue: 'Overdue: the deadline has passed and it is not judged yet',
  'open-window': 'The window is open now',
  upcoming: 'Upcoming',
  passed: 'Deadline passed',
  none: '',
} as const;

/**
 * The lexicon's entry for a hedge. Selected from the document, so a card re-renders only when
 * its own entry changes, not on every edit elsewhere.
 */
function useLexiconEntry(hedge: string): LexiconEntry | null {
  return useDocumentValue(
    useCallback(
      (snapshot: RecordSnapshot) => findEntry(hedge, effectiveLexicon(snapshot.data)),
      [hedge],
    ),
  );
}

/** The day the forecast was first edited in a judged field after a non-pending judgement. */
function useEditedAfterJudgement(id: string): string | undefined {
  return useDocumentValue(
    useCallback((snapshot: RecordSnapshot) => snapshot.record.editedAfterJudgement.get(id), [id]),
  );
}

/** Where the implied probability comes from: the wording, via the lexicon, or the reader. */
function ProbabilityOrigin({
  forecast,
  entry,
  onFollowLexicon,
  readOnly,
}: {
  forecast: Forecast;
  entry: LexiconEntry | null;
  onFollowLexicon: () => void;
  readOnly: boolean;
}) {
  if (!followsWording(forecast)) {
    return (
      <span className="hedge">
        {' '}
        set by you
        {entry && (
          <>
            {' '}
            <button
              type="button"
              className="link-button"
              onClick={onFollowLexicon}
              disabled={readOnly}
              title={`The lexicon gives “${entry.phrase}” ${formatProbability(entry.probability)}`}
            >
              Use the lexicon's figure
            </button>
          </>
        )}
      </span>
    );
  }
  const lexicon = entry ? ' (lexicon)' : '';
  if (forecast.hedge) {
    return (
      <span className="hedge">
        {' '}
        from “{forecast.hedge}”{lexicon}
      </span>
    );
  }
  return entry ? <span className="hedge"> from an unhedged statement{lexicon}</span> : null;
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
}: Props) {
  const { forecast, state, history } = view;
  const [editing, setEditing] = useState(false);
  const entry = useLexiconEntry(forecast.hedge);
  const editedOn = useEditedAfterJudgement(forecast.id);
  const status = deadlineStatus(forecast.deadline, state.outcome, today);
  const claimId = `claim-${forecast.id}`;

  return (
    <article
      id={forecastElementId(forecast.id)}
      aria-labelledby={claimId}
      aria-posinset={position}
      aria-setsize={setSize}
      className={`forecast-card${selected ? ' is-selected' : ''}${status === 'overdue' ? ' is-overdue' : ''}`}
      tabIndex={-1}
      onFocusCapture={() => onSelect(forecast.id)}
    >
      <div className="card-body">
        <header className="card-header">
          <h3 id={claimId}>{forecast.claim}</h3>
          <OutcomeBadge outcome={state.outcome} />
        </header>
        {editedOn && (
          <p className="badge edited-after">
            <span aria-hidden="true">✎ </span>edited after it was judged, on {formatDay(editedOn)}
          </p>
        )}
        <p className="speaker">
          <strong>
            <PageLink to={{ page: 'speaker', name: forecast.speaker }} className="speaker-link">
              {forecast.speaker}
            </PageLink>
          </strong>
          {forecast.speakerRole && <span className="role">, {forecast.speakerRole}</span>}
        </p>
        <blockquote className="quote">
          <p>{forecast.quote}</p>
        </blockquote>
        <dl className="facts">
          <div>
            <dt>Deadline</dt>
            <dd>
              {describeDeadline(forecast.deadline)}
              {status === 'overdue' && (
                <span className="badge overdue" title={STATUS_TEXT.overdue}>
                  <span aria-hidden="true">! </span>Overdue
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt>Kind</dt>
            <dd>{KIND_LABELS[forecast.kind]}</dd>
          </div>
          <div>
            <dt>Implied probability</dt>
            <dd>
              {formatProbability(forecast.probability)}
              <ProbabilityOrigin
                forecast={forecast}
                entry={entry}
                onFollowLexicon={() => actions.followLexicon(forecast.id)}
                readOnly={readOnly}
              />
            </dd>
          </div>
          <div>
            <dt>Made on</dt>
            <dd>{formatDay(forecast.madeOn)}</dd>
          </div>
        </dl>
        <p className="criteria">
          <strong>Resolves: </strong>
          {forecast.resolutionCriteria}
        </p>
        {forecast.note && (
          <p className="caveats">
            <strong>Caveats: </strong>
            {forecast.note}
          </p>
        )}
        <CardTags
          tags={forecast.tags}
          readOnly={readOnly}
          onAdd={(tags) => actions.addTags(forecast.id, tags)}
          onRemove={(tag) => actions.removeTag(forecast.id, tag)}
        />
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
    </article>
  );
});
