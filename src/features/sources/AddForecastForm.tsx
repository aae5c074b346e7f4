// Add forecast on an article: select the words in its text (or type them; they must stand in it
// word for word), then say who said them, what they claim, by when and how likely. The lexicon
// proposes the probability from the words until the reader sets one. Fetched on first use.
import { useEffect, useEffectEvent, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { percentText } from '../../domain/percent';
import {
  defaultCriteria,
  handForecast,
  wordingOf,
  type HandForecastText,
} from '../../domain/hand-forecast';
import type { LexiconEntry, Source } from '../../domain/model';
import { preloadReplay } from '../../state/derived/replay-loader';
import { useCurationActions } from '../../state/use-curation-actions';
import { useDocumentValue, type RecordSnapshot } from '../../state/use-document';
import { FieldError } from '../../ui/FieldError';
import { ScrollBox } from '../../ui/ScrollBox';
import { WhenAndHowLikelyFields } from '../../ui/WhenAndHowLikelyFields';
import { WhoAndKindFields } from '../../ui/WhoAndKindFields';

interface Props {
  source: Source;
  lexicon: readonly LexiconEntry[];
  /** Closes the form; with the new forecast's id when one was added. */
  onClose: (addedId: string | null) => void;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The words selected inside `box`, or '' when the selection is empty or reaches outside it. */
function selectedWithin(box: HTMLElement | null): string {
  const selection = document.getSelection();
  if (!box || !selection || selection.isCollapsed || selection.rangeCount === 0) return '';
  const { anchorNode, focusNode } = selection;
  if (!anchorNode || !focusNode || !box.contains(anchorNode) || !box.contains(focusNode)) return '';
  return squash(selection.toString());
}

const speakersOf = (snapshot: RecordSnapshot) => snapshot.data.forecasts;

export default function AddForecastForm({ source, lexicon, onClose }: Props) {
  const id = useId();
  const { addForecast } = useCurationActions();
  const textRef = useRef<HTMLDivElement>(null);
  const [fields, setFields] = useState<HandForecastText>({
    speaker: '',
    role: '',
    quote: '',
    kind: 'vague',
    claim: '',
    earliest: '',
    latest: '',
    percent: '',
    criteria: '',
    note: '',
  });
  // The probability follows the quote's wording until the reader types one.
  const [ownPercent, setOwnPercent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Names already in the record, offered as the speaker is typed.
  const forecasts = useDocumentValue(speakersOf);
  const speakers = useMemo(
    () => [...new Set(forecasts.map((f) => f.speaker))].sort((a, b) => a.localeCompare(b)),
    [forecasts],
  );
  const wording = wordingOf(fields.quote, lexicon);

  const setQuote = (quote: string) =>
    setFields((f) => ({
      ...f,
      quote,
      ...(ownPercent ? {} : { percent: percentText(wordingOf(quote, lexicon).probability) }),
    }));

  useEffect(preloadReplay, []);

  // Selecting words in the article's text (mouse, touch or keyboard) makes them the quote.
  const onSelection = useEffectEvent(() => {
    const words = selectedWithin(textRef.current);
    if (words) setQuote(words);
  });
  useEffect(() => {
    const listener = () => onSelection();
    document.addEventListener('selectionchange', listener);
    return () => document.removeEventListener('selectionchange', listener);
  }, []);

  const set = (name: keyof HandForecastText) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [name]: e.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = handForecast(source, fields, lexicon, `fc-${crypto.randomUUID()}`);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    setError(null);
    addForecast(result.forecast);
    onClose(result.forecast.id);
  }

  const reading =
    fields.quote.trim() === ''
      ? 'Select or type the quote, and the hedge lexicon proposes a probability from its words.'
      : wording.hedge
        ? `The hedge lexicon reads “${wording.hedge}” as ${percentText(wording.probability) || 'no'}${wording.probability === null ? ' probability' : '%'}.`
        : `No hedge words: the lexicon reads an unhedged statement as ${percentText(wording.probability) || 'no'}${wording.probability === null ? ' probability' : '%'}.`;

  return (
    <form
      className="forecast-editor add-forecast"
      onSubmit={submit}
      aria-label="Add forecast"
      noValidate
    >
      <p className="hint" id={`${id}-how`}>
        Select the forecast’s words in the text below, or type them in Quote: they must stand in the
        article word for word.
      </p>
      <ScrollBox label={`Text of ${source.title}, to select a quote from`} className="article-text">
        <div ref={textRef}>
          {source.text.split(/\n{2,}/).map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </div>
      </ScrollBox>
      <label htmlFor={`${id}-quote`}>Quote</label>
      <textarea
        id={`${id}-quote`}
        rows={2}
        value={fields.quote}
        onChange={(e) => setQuote(e.target.value)}
        aria-describedby={`${id}-how`}
      />
      <WhoAndKindFields
        id={id}
        values={fields}
        onChange={(key, value) => setFields((f) => ({ ...f, [key]: value }))}
        speakers={speakers}
      />
      <label htmlFor={`${id}-claim`}>Claim</label>
      <textarea id={`${id}-claim`} rows={2} value={fields.claim} onChange={set('claim')} />
      <div className="editor-row">
        <WhenAndHowLikelyFields
          id={id}
          values={fields}
          onChange={(key, value) => {
            if (key === 'percent') setOwnPercent(true);
            setFields((f) => ({ ...f, [key]: value }));
          }}
          probabilityHintId={`${id}-p-origin`}
        />
      </div>
      <p className="hint" id={`${id}-p-origin`}>
        {reading}
      </p>
      <label htmlFor={`${id}-criteria`}>Resolution criteria</label>
      <textarea
        id={`${id}-criteria`}
        rows={2}
        value={fields.criteria}
        onChange={set('criteria')}
        placeholder={defaultCriteria(fields.latest)}
        aria-describedby={`${id}-criteria-hint`}
      />
      <p className="hint" id={`${id}-criteria-hint`}>
        Left empty, the forecast is judged by the sentence shown in the box.
      </p>
      <label htmlFor={`${id}-caveats`}>Caveats</label>
      <textarea id={`${id}-caveats`} rows={2} value={fields.note} onChange={set('note')} />
      <FieldError message={error} />
      <div className="editor-actions">
        <button type="submit">Save</button>
        <button type="button" onClick={() => onClose(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
