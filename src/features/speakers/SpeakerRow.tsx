import { memo, useId, useRef, useState, type FormEvent } from 'react';
import { useCurationActions } from '../../state/use-curation-actions';
import { showUndo } from '../../state/undo-notice';
import { FieldError } from '../../ui/FieldError';
import type { SpeakerEntry } from './speaker-list';
import { plural } from '../../shared/plural';

/** A speaker: their forecasts and role, Edit speaker, and Unmerge for each name merged in. */
export const SpeakerRow = memo(function SpeakerRow({
  speaker,
  readOnly,
}: {
  speaker: SpeakerEntry;
  readOnly: boolean;
}) {
  const id = useId();
  const { editSpeaker, unmergeSpeaker } = useCurationActions();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(speaker.name);
  const [role, setRole] = useState(speaker.role);
  const [error, setError] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);

  function close() {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  }

  function save(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError('The name cannot be empty.');
      return;
    }
    setError(null);
    const eventId = editSpeaker(speaker.name, { name, role });
    setEditing(false);
    if (eventId && name.trim() !== speaker.name)
      showUndo({ message: `Renamed “${speaker.name}” to “${name.trim()}”.`, eventId });
  }

  return (
    <li className="speaker-row">
      <p className="speaker-name">
        <strong>{speaker.name}</strong>
        {speaker.role && <span className="hint"> · {speaker.role}</span>}
        <span className="hint"> · {plural(speaker.forecasts, 'forecast')}</span>
      </p>
      {speaker.aliases.length > 0 && (
        <ul className="aliases" aria-label={`Names merged into ${speaker.name}`}>
          {speaker.aliases.map((alias) => (
            <li key={alias}>
              Also catalogued as “{alias}”{' '}
              <button
                type="button"
                className="secondary"
                disabled={readOnly}
                onClick={() => unmergeSpeaker(alias)}
                aria-label={`Unmerge ${alias}`}
              >
                Unmerge
              </button>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <form
          className="inline-form"
          onSubmit={save}
          aria-label={`Edit speaker ${speaker.name}`}
          noValidate
        >
          <label htmlFor={`${id}-name`}>Name</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
          <label htmlFor={`${id}-role`}>Role</label>
          <input id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value)} />
          <button type="submit">Save</button>
          <button type="button" onClick={close}>
            Cancel
          </button>
          <FieldError message={error} />
        </form>
      ) : (
        <button
          ref={editButton}
          type="button"
          className="secondary"
          disabled={readOnly}
          aria-label={`Edit speaker ${speaker.name}`}
          onClick={() => {
            setName(speaker.name);
            setRole(speaker.role);
            setEditing(true);
          }}
        >
          Edit speaker
        </button>
      )}
    </li>
  );
});
