// What every forecast card shows first, whether it is the reader's to judge or a shared report's
// to read: the claim and its outcome, who said it, the quote, its deadline, kind, implied
// probability and day; then what it resolves on and its caveats.
import { useCallback } from 'react';
import type { ForecastView } from '../../../domain/catalogue';
import { formatDay, type IsoDate } from '../../../domain/dates';
import { describeDeadline, forecastStatus, type deadlineStatus } from '../../../domain/deadline';
import { effectiveLexicon, findEntry, followsWording } from '../../../domain/lexicon';
import { KIND_LABELS, type Forecast, type LexiconEntry } from '../../../domain/model';
import { useDocumentValue, type RecordSnapshot } from '../../../state/use-document';
import { formatProbability } from '../../../ui/format';
import { OutcomeBadge } from '../../../ui/OutcomeBadge';
import { PageLink } from '../../../ui/routing/PageLink';

const OVERDUE = 'Overdue: the deadline has passed and it is not judged yet';

/**
 * The lexicon's entry for a hedge. Selected from the document, so a card re-renders only when
 * its own entry changes, not on every edit elsewhere.
 */
export function useLexiconEntry(hedge: string): LexiconEntry | null {
  return useDocumentValue(
    useCallback(
      (snapshot: RecordSnapshot) => findEntry(hedge, effectiveLexicon(snapshot.data)),
      [hedge],
    ),
  );
}

/**
 * What a card of either kind (the reader's, a report's) shows of a forecast beside its text:
 * its hedge's lexicon entry, its status on `today`, and the id its claim is named by.
 */
export function useCardFacts(view: ForecastView, today: IsoDate) {
  const { forecast, state } = view;
  const entry = useLexiconEntry(forecast.hedge);
  const status = forecastStatus(forecast, state.outcome, today);
  return { entry, status, claimId: `claim-${forecast.id}` };
}

/** The day the forecast was first edited in a judged field after a non-pending judgement. */
export function useEditedAfterJudgement(id: string): string | undefined {
  return useDocumentValue(
    useCallback((snapshot: RecordSnapshot) => snapshot.record.editedAfterJudgement.get(id), [id]),
  );
}

/**
 * Where the implied probability comes from: the wording, via the lexicon, or the reader; with
 * `onFollowLexicon`, a reader's own figure offers the lexicon's instead.
 */
function ProbabilityOrigin({
  forecast,
  entry,
  onFollowLexicon,
  readOnly,
}: {
  forecast: Forecast;
  entry: LexiconEntry | null;
  onFollowLexicon?: () => void;
  readOnly: boolean;
}) {
  if (!followsWording(forecast)) {
    return (
      <span className="hedge">
        {' '}
        set by {onFollowLexicon ? 'you' : 'the reader'}
        {entry && onFollowLexicon && (
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

interface HeadProps {
  view: ForecastView;
  /** Its hedge's lexicon entry (useLexiconEntry). */
  entry: LexiconEntry | null;
  claimId: string;
  status: ReturnType<typeof deadlineStatus>;
  readOnly: boolean;
  onFollowLexicon?: () => void;
}

export function CardHead({ view, entry, claimId, status, readOnly, onFollowLexicon }: HeadProps) {
  const { forecast, state } = view;
  const editedOn = useEditedAfterJudgement(forecast.id);
  return (
    <>
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
              <span className="badge overdue" title={OVERDUE}>
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
              readOnly={readOnly}
              {...(onFollowLexicon && { onFollowLexicon })}
            />
          </dd>
        </div>
        <div>
          <dt>Made on</dt>
          <dd>{formatDay(forecast.madeOn)}</dd>
        </div>
      </dl>
    </>
  );
}

/** What the forecast resolves on, and its caveats. */
export function CardCriteria({ forecast }: { forecast: Forecast }) {
  return (
    <>
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
    </>
  );
}
