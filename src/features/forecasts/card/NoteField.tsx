import { useId } from 'react';
import { useDraft } from '../../../state/use-draft';

interface Props {
  /** Whose note it is: its draft is kept under this key until committed. */
  draftKey: string;
  value: string;
  onCommit: (note: string) => void;
}

/**
 * The judgement's note is committed when the field loses focus, not on every keystroke, so the
 * history holds one entry per edit; until then it is a draft that a reload does not lose. The
 * parent re-keys this field when the stored note changes.
 */
export function NoteField({ draftKey, value, onCommit }: Props) {
  const [draft, setDraft, settle] = useDraft(draftKey, value);
  const id = useId();
  const unsaved = draft !== value;
  return (
    <div className="note-field">
      <label htmlFor={id}>Note</label>
      <textarea
        id={id}
        rows={2}
        value={draft}
        aria-describedby={unsaved ? `${id}-draft` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (unsaved) onCommit(draft);
          settle();
        }}
      />
      {unsaved && (
        <p className="hint" id={`${id}-draft`}>
          Not in the record yet: it is kept as a draft, even through a reload, and saved when you
          leave the field.
        </p>
      )}
    </div>
  );
}
