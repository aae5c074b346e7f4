import { useId, useRef, useState, type FormEvent } from 'react';
import { findEntry } from '../../domain/lexicon';
import type { LexiconEntry } from '../../domain/model';
import { readPercent } from './percent-text';
import { FieldError } from '../../ui/FieldError';

interface Props {
  lexicon: readonly LexiconEntry[];
  readOnly: boolean;
  onAdd: (entry: LexiconEntry) => void;
}

export function AddPhraseForm({ lexicon, readOnly, onAdd }: Props) {
  const id = useId();
  const percentRef = useRef<HTMLInputElement>(null);
  const [phrase, setPhrase] = useState('');
  const [percent, setPercent] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = phrase.trim().replace(/\s+/g, ' ');
    if (trimmed === '') {
      setError('Enter the phrase to add.');
      return;
    }
    // '' would match the unhedged entry; a non-empty phrase matches only itself.
    const existing = findEntry(trimmed, lexicon);
    if (existing) {
      setError(`“${existing.phrase}” is already in the lexicon; change its figure in the table.`);
      return;
    }
    const result = readPercent(percent, percentRef.current?.validity.badInput);
    if ('error' in result) {
      setError(`Probability: ${result.error}`);
      return;
    }
    setError(null);
    setPhrase('');
    setPercent('');
    onAdd({ phrase: trimmed, probability: result.probability, source: 'Added by you' });
  }

  return (
    <form
      className="inline-form lexicon-add"
      aria-label="Add a phrase"
      onSubmit={submit}
      noValidate
    >
      <label htmlFor={`${id}-phrase`}>Phrase</label>
      <input
        id={`${id}-phrase`}
        value={phrase}
        onChange={(e) => setPhrase(e.target.value)}
        disabled={readOnly}
      />
      <label htmlFor={`${id}-p`}>Probability (%)</label>
      <input
        id={`${id}-p`}
        ref={percentRef}
        type="number"
        inputMode="decimal"
        min={0}
        max={100}
        step={0.5}
        placeholder="none"
        value={percent}
        onChange={(e) => setPercent(e.target.value)}
        disabled={readOnly}
      />
      <button type="submit" disabled={readOnly}>
        Add phrase
      </button>
      <FieldError message={error} />
    </form>
  );
}
