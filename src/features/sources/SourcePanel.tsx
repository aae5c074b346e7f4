import { memo, useId, useState, type FormEvent } from 'react';
import { formatDay, isIsoDate } from '../../domain/dates';
import type { Source } from '../../domain/model';
import { articlesHeading } from '../../ui/format';
import { SafeLink } from '../../ui/SafeLink';
import { ScrollBox } from '../../ui/ScrollBox';
import { useCurationActions } from '../../state/use-curation-actions';
import { FieldError } from '../../ui/FieldError';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { showUndo } from '../../state/undo-notice';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

interface Props {
  sources: Source[];
  forecastCounts: Map<string, number>;
  /** Per article, the judgements its forecasts' histories hold. */
  judgementCounts: Map<string, number>;
  readOnly: boolean;
}

// Memoised: hundreds of articles, and a judgement changes none of them.
const SourceItem = memo(function SourceItem({
  source,
  count,
  judgements,
  readOnly,
}: {
  source: Source;
  count: number;
  /** How many judgements its forecasts' histories hold. */
  judgements: number;
  readOnly: boolean;
}) {
  const { editSource, deleteArticle } = useCurationActions();
  const [asking, setAsking] = useState(false);
  const id = useId();
  const [date, setDate] = useState(source.publishedOn);
  const [error, setError] = useState<string | null>(null);

  function save(event: FormEvent) {
    event.preventDefault();
    if (!isIsoDate(date)) {
      setError('Enter the publication date as a full date.');
      return;
    }
    setError(null);
    editSource(source.id, { publishedOn: date });
  }

  return (
    <li className="source">
      <h3>{source.title}</h3>
      <p className="hint">
        {source.publisher && <>{source.publisher} · </>}
        Published {formatDay(source.publishedOn)} · {count} forecasts
        {source.url && (
          <>
            {' '}
            · <SafeLink url={source.url}>Original article</SafeLink>
          </>
        )}
      </p>
      <form className="inline-form" onSubmit={save} noValidate>
        <label htmlFor={`${id}-published`}>Published on</label>
        <input
          id={`${id}-published`}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <button type="submit" disabled={readOnly || date === source.publishedOn}>
          Change date
        </button>
        <FieldError message={error} />
      </form>
      <p className="hint">Changing it moves the “made on” date of this article’s forecasts.</p>
      <button
        type="button"
        className="secondary"
        onClick={() => setAsking(true)}
        disabled={readOnly}
      >
        Delete article
      </button>
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
      <details>
        <summary>Article text</summary>
        <ScrollBox label={`Text of ${source.title}`} className="article-text">
          {source.text.split(/\n{2,}/).map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </ScrollBox>
      </details>
    </li>
  );
});

export const SourcePanel = memo(function SourcePanel({
  sources,
  forecastCounts,
  judgementCounts,
  readOnly,
}: Props) {
  return (
    <section className="sources panel" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{articlesHeading(sources.length)}</h2>
      <ul className="source-list">
        {sources.map((s) => (
          <SourceItem
            key={`${s.id}-${s.publishedOn}`}
            source={s}
            count={forecastCounts.get(s.id) ?? 0}
            judgements={judgementCounts.get(s.id) ?? 0}
            readOnly={readOnly}
          />
        ))}
      </ul>
    </section>
  );
});
