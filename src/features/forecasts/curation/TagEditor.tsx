import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { addTags } from '../../../domain/tags';
import { FieldError } from '../../../ui/FieldError';

interface Props {
  tags: readonly string[];
  disabled: boolean;
  onAdd: (tags: string[]) => void;
  onRemove: (tag: string) => void;
  /** Done: back to the card's line of tags. */
  onDone: () => void;
}

/**
 * A forecast's tags as chips, each with its own remove button, and a field to add more
 * (several at once, separated by commas). A tag the forecast already has, in any case, or one
 * too long is refused with a message and the text stays in the field to be corrected.
 */
export function TagEditor({ tags, disabled, onAdd, onRemove, onDone }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  // Opened to add a tag: the field takes the focus in the commit that draws it (a passive effect
  // could run a moment later, after a keystroke meant for the field).
  useLayoutEffect(() => input.current?.focus(), []);

  /** Adds what is typed; false (with the reason shown) when it cannot be added. */
  function addDraft(): boolean {
    const result = addTags(tags, draft);
    if ('error' in result) {
      setError(result.error);
      input.current?.focus();
      return false;
    }
    onAdd(result.added);
    setDraft('');
    setError(null);
    return true;
  }

  function add(event: FormEvent) {
    event.preventDefault();
    addDraft();
  }

  /** Done keeps a tag typed but not yet added, as a reader would expect. */
  function done() {
    if (draft.trim() === '' || addDraft()) onDone();
  }

  return (
    // Escape closes the editor from any of its controls, as Done does.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className="tag-editor"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onDone();
        }
      }}
    >
      <h4 id={`${id}-heading`}>Tags</h4>
      {tags.length === 0 ? (
        <p className="hint">None yet.</p>
      ) : (
        <ul className="tag-list" aria-labelledby={`${id}-heading`}>
          {tags.map((tag) => (
            <li key={tag} className="tag-chip">
              <span>{tag}</span>
              <button
                type="button"
                aria-label={`Remove tag ${tag}`}
                disabled={disabled}
                onClick={() => {
                  onRemove(tag);
                  // The button goes with its tag: keep the focus in the editor.
                  input.current?.focus();
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="tag-form" onSubmit={add} noValidate>
        <label htmlFor={`${id}-input`}>Add tag</label>
        <input
          ref={input}
          id={`${id}-input`}
          type="text"
          autoComplete="off"
          value={draft}
          disabled={disabled}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            setError(null);
          }}
        />
        <button type="submit" className="secondary" disabled={disabled}>
          Add
        </button>
        <button type="button" className="secondary" onClick={done}>
          Done
        </button>
        <FieldError message={error} id={`${id}-error`} />
      </form>
    </div>
  );
}
