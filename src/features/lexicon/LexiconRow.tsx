import { useId, useState, type KeyboardEvent } from 'react';
import type { LexiconEntry } from '../../domain/model';
import { formatProbability } from '../../ui/format';
import { percentText } from '../../domain/percent';
import { readPercent } from './percent-text';
import { FieldError } from '../../ui/FieldError';

interface Props {
  entry: LexiconEntry;
  /** How many forecasts are worded with this phrase. */
  count: number;
  /** The shipped figure for this phrase, when the reader's differs from it. */
  defaultProbability: number | null | undefined;
  readOnly: boolean;
  onChange: (probability: number | null) => void;
  onRemove: () => void;
}

/** One phrase; its figure is saved when the field loses focus or on Enter, and only if valid. */
export function LexiconRow({
  entry,
  count,
  defaultProbability,
  readOnly,
  onChange,
  onRemove,
}: Props) {
  const errorId = useId();
  // null while the field shows the saved figure; the typed text while it is being edited.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  function commit(input: HTMLInputElement) {
    if (draft === null) return;
    const result = readPercent(draft, input.validity.badInput);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    setError(null);
    setDraft(null);
    if (result.probability !== entry.probability) onChange(result.probability);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit(event.currentTarget);
    } else if (event.key === 'Escape') {
      setDraft(null);
      setError(null);
    }
  }

  return (
    <tr>
      <th scope="row">{entry.phrase}</th>
      <td className="lexicon-figure">
        <input
          type="number"
          inputMode="decimal"
          min={0}
          max={100}
          step={0.5}
          aria-label={`Probability for ${entry.phrase}`}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          value={draft ?? percentText(entry.probability)}
          placeholder="none"
          disabled={readOnly}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={(e) => commit(e.currentTarget)}
          onKeyDown={onKeyDown}
        />{' '}
        %
        <FieldError message={error} id={errorId} />
      </td>
      <td className="lexicon-count">{count}</td>
      <td className="lexicon-source">
        {entry.source}
        {defaultProbability !== undefined && defaultProbability !== entry.probability && (
          <> (default {formatProbability(defaultProbability)})</>
        )}
      </td>
      <td>
        <button
          type="button"
          className="link-button"
          aria-label={`Remove ${entry.phrase}`}
          onClick={onRemove}
          disabled={readOnly}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}
