// One article of the record: its date (which dates its forecasts), Add forecast, Delete article
// and its text. Memoised: hundreds of articles, and a judgement changes none of them. The date's
// form and the text are drawn only when asked for, so hundreds of articles cost few elements.
import { lazy, memo, Suspense, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { formatDay, isIsoDate } from '../../domain/dates';
import type { LexiconEntry, Source } from '../../domain/model';
import { SafeLink } from '../../ui/SafeLink';
import { ScrollBox } from '../../ui/ScrollBox';
import { useCurationActions } from '../../state/use-curation-actions';
import { FieldError } from '../../ui/FieldError';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { showUndo } from '../../state/undo-notice';
import { plural } from '../../shared/plural';

// Fetched when someone first adds a forecast by hand.
const AddForecastForm = lazy(() => import('./AddForecastForm'));

/** The id of an article's place on the page, which "Open the existing article" goes to. */
export const sourceAnchor = (id: string) => `source-${id}`;

interface Props {
  source: Source;
  count: number;
  /** How many judgements its forecasts' histories hold. */
  judgements: number;
  lexicon: readonly LexiconEntry[];
  readOnly: boolean;
  /** Whether to bring it into view and focus it (the article a repeated one opens). */
  reveal: boolean;
  onRevealed: () => void;
  /** Shows a forecast just added to it. */
  onForecastAdded?: (forecastId: string) => void;
}

export const SourceItem = memo(function SourceItem({
  source,
  count,
  judgements,
  lexicon,
  readOnly,
  reveal,
  onRevealed,
  onForecastAdded,
}: Props) {
  const { editSource, deleteArticle } = useCurationActions();
  const [asking, setAsking] = useState(false);
  const [adding, setAdding] = useState(false);
  const id = useId();
  const [date, setDate] = useState(source.publishedOn);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const dateButton = useRef<HTMLButtonElement>(null);
  const [dating, setDating] = useState(false);
  const dateInput = useRef<HTMLInputElement>(null);
  const [textOpen, setTextOpen] = useState(false);

  useEffect(() => {
    if (!reveal) return;
    heading.current?.scrollIntoView?.({ block: 'start' });
    heading.current?.focus();
    onRevealed();
  }, [reveal, onRevealed]);

  // The date's form takes focus when it opens and gives it back to its button when it closes.
  const wasDating = useRef(false);
  useEffect(() => {
    if (dating) dateInput.current?.focus();
    else if (wasDating.current) dateButton.current?.focus();
    wasDating.current = dating;
  }, [dating]);

  function save(event: FormEvent) {
    event.preventDefault();
    if (!isIsoDate(date)) {
      setError('Enter the publication date as a full date.');
      return;
    }
    setError(null);
    editSource(source.id, { publishedOn: date });
    closeDate();
  }

  function closeDate() {
    setDating(false);
    setError(null);
  }

  return (
    <li className="source" id={sourceAnchor(source.id)}>
      <h3 ref={heading} tabIndex={-1}>
        {source.title}
      </h3>
      <p className="hint">
        {source.publisher && <>{source.publisher} · </>}
        Published {formatDay(source.publishedOn)} · {plural(count, 'forecast')}
        {source.url && (
          <>
            {' '}
            · <SafeLink url={source.url}>Original article</SafeLink>
          </>
        )}
      </p>
      {/* The date's form is drawn when asked for: a record of hundreds of articles would
          otherwise hold hundreds of forms, which the browser's form scanning walks after
          every change to any form on the page. */}
      {dating ? (
        <form className="inline-form" onSubmit={save} noValidate aria-label="Publication date">
          <label htmlFor={`${id}-published`}>Published on</label>
          <input
            id={`${id}-published`}
            type="date"
            value={date}
            ref={dateInput}
            onChange={(e) => setDate(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') closeDate();
            }}
          />
          <button type="submit" disabled={readOnly || date === source.publishedOn}>
            Save date
          </button>
          <button type="button" className="secondary" onClick={closeDate}>
            Cancel
          </button>
          <FieldError message={error} />
        </form>
      ) : (
        <button
          ref={dateButton}
          type="button"
          className="secondary"
          onClick={() => {
            setDate(source.publishedOn);
            setDating(true);
          }}
          disabled={readOnly}
        >
          Change date
        </button>
      )}
      <p className="hint">Changing it moves the “made on” date of this article’s forecasts.</p>
      {adding ? (
        <Suspense fallback={<p role="status">Opening the form…</p>}>
          <AddForecastForm
            source={source}
            lexicon={lexicon}
            onClose={(added) => {
              setAdding(false);
              // The new card renders with this change; bring it into view once it has.
              if (added) requestAnimationFrame(() => onForecastAdded?.(added));
              else requestAnimationFrame(() => addButton.current?.focus());
            }}
          />
        </Suspense>
      ) : (
        <div className="source-actions">
          <button ref={addButton} type="button" onClick={() => setAdding(true)} disabled={readOnly}>
            Add forecast
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => setAsking(true)}
            disabled={readOnly}
          >
            Delete article
          </button>
        </div>
      )}
      {asking && (
        <ConfirmDialog
          title="Delete this article?"
          confirmLabel="Delete"
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            const eventId = deleteArticle(source.id);
            if (eventId) showUndo({ message: `Deleted the article “${source.title}”.`, eventId });
          }}
        >
          <p>
            “{source.title}” leaves Hindsight with {plural(count, 'forecast')} and{' '}
            {plural(judgements, 'judgement')}: they leave the timeline, the scorecard and every
            export. Undo brings them all back, and the record keeps the deletion in its history.
          </p>
        </ConfirmDialog>
      )}
      <details onToggle={(e) => setTextOpen(e.currentTarget.open)}>
        <summary>Article text</summary>
        {/* Drawn once opened: hundreds of articles' texts would weigh on every page. */}
        {textOpen && (
          <ScrollBox label={`Text of ${source.title}`} className="article-text">
            {source.text.split(/\n{2,}/).map((para, i) => (
              <p key={i}>{para}</p>
            ))}
          </ScrollBox>
        )}
      </details>
    </li>
  );
});
