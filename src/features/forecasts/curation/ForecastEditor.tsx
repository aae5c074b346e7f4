import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ForecastChanges } from '../../../domain/events';
import {
  readForecastDetails,
  readForecastFields,
  readTitleAndReview,
} from '../../../domain/forecast-fields';
import { percentText } from '../../../domain/percent';
import { followsWording } from '../../../domain/lexicon';
import { deriveShortTitle, SHORT_TITLE_MAX } from '../../../domain/short-title';
import type { Forecast, LexiconEntry } from '../../../domain/model';
import { preloadReplay } from '../../../state/derived/replay-loader';
import { FieldError } from '../../../ui/FieldError';
import { WhenAndHowLikelyFields } from '../../../ui/WhenAndHowLikelyFields';
import { WhoAndKindFields } from '../../../ui/WhoAndKindFields';

interface Props {
  forecast: Forecast;
  /** The lexicon's entry for the forecast's hedge, to say where its probability comes from. */
  lexiconEntry?: LexiconEntry | null;
  /** The article's text, which the quote must stand in word for word. */
  articleText?: string;
  onSave: (patch: ForecastChanges) => void;
  onClose: () => void;
}

/** One sentence on where the probability comes from, and what changing it does. */
function probabilityOrigin(forecast: Forecast, entry: LexiconEntry | null): string {
  if (!followsWording(forecast)) {
    return 'You set this probability by hand; editing the hedge lexicon leaves it alone.';
  }
  const wording = forecast.hedge ? `the wording “${forecast.hedge}”` : 'an unhedged statement';
  return entry
    ? `It comes from ${wording} through the hedge lexicon; change it and it becomes yours, left alone by lexicon edits.`
    : `It comes from ${wording}; change it and it becomes yours.`;
}

export function ForecastEditor({
  forecast,
  lexiconEntry = null,
  articleText,
  onSave,
  onClose,
}: Props) {
  const id = useId();
  const [fields, setFields] = useState({
    speaker: forecast.speaker,
    role: forecast.speakerRole ?? '',
    quote: forecast.quote,
    kind: forecast.kind,
    criteria: forecast.resolutionCriteria,
    claim: forecast.claim,
    title: forecast.title ?? '',
    reviewBy: forecast.reviewBy ?? '',
    earliest: forecast.deadline?.earliest ?? '',
    latest: forecast.deadline?.latest ?? '',
    percent: percentText(forecast.probability),
    note: forecast.note,
  });
  const [error, setError] = useState<string | null>(null);
  // The first edit of a record makes its first event: the replay's code is fetched meanwhile.
  useEffect(preloadReplay, []);
  const set = (name: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [name]: e.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    // A quote is held to the article when it is changed: one catalogued before the check (an
    // import, a CSV) must not stop every other field of its forecast being corrected.
    const details = readForecastDetails(
      fields,
      fields.quote.trim() === forecast.quote.trim() ? undefined : articleText,
    );
    if ('error' in details) {
      setError(details.error);
      return;
    }
    const result = readForecastFields(fields, forecast.madeOn);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    const extra = readTitleAndReview(fields, forecast);
    if ('error' in extra) {
      setError(extra.error);
      return;
    }
    onSave({ ...details.details, ...result.patch, ...extra.patch });
    onClose();
  }

  return (
    <form className="forecast-editor" onSubmit={submit} aria-label="Edit forecast" noValidate>
      <WhoAndKindFields
        id={id}
        values={fields}
        onChange={(key, value) => setFields((f) => ({ ...f, [key]: value }))}
      />
      <label htmlFor={`${id}-quote`}>Quote</label>
      <textarea id={`${id}-quote`} rows={2} value={fields.quote} onChange={set('quote')} />
      <label htmlFor={`${id}-claim`}>Claim</label>
      <textarea id={`${id}-claim`} rows={2} value={fields.claim} onChange={set('claim')} />
      <label htmlFor={`${id}-title`}>Short title</label>
      <input
        id={`${id}-title`}
        type="text"
        maxLength={SHORT_TITLE_MAX}
        value={fields.title}
        placeholder={deriveShortTitle(fields.claim)}
        aria-describedby={`${id}-title-hint`}
        onChange={set('title')}
      />
      <p className="hint" id={`${id}-title-hint`}>
        A few words that label it on the timeline. Leave it empty for one made from the claim.
      </p>
      <div className="editor-row">
        <WhenAndHowLikelyFields
          id={id}
          values={fields}
          onChange={(key, value) => setFields((f) => ({ ...f, [key]: value }))}
          probabilityHintId={`${id}-p-origin`}
        />
      </div>
      <p className="hint" id={`${id}-p-origin`}>
        {probabilityOrigin(forecast, lexiconEntry)}
      </p>
      <label htmlFor={`${id}-review`}>Review by</label>
      <input
        id={`${id}-review`}
        type="date"
        value={fields.reviewBy}
        aria-describedby={`${id}-review-hint`}
        onChange={set('reviewBy')}
      />
      <p className="hint" id={`${id}-review-hint`}>
        For a forecast with no deadline: the day to look at it again. It places the forecast on the
        timeline as a review date, not a deadline, and in the calendar export.
      </p>
      <label htmlFor={`${id}-criteria`}>Resolution criteria</label>
      <textarea id={`${id}-criteria`} rows={2} value={fields.criteria} onChange={set('criteria')} />
      <label htmlFor={`${id}-caveats`}>Caveats</label>
      <textarea id={`${id}-caveats`} rows={2} value={fields.note} onChange={set('note')} />
      <p className="hint">
        Leave the deadline empty for a forecast that names none, and the probability empty when its
        wording implies none.
      </p>
      <FieldError message={error} />
      <div className="editor-actions">
        <button type="submit">Save</button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
