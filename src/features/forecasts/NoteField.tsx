import { useId, useState } from 'react';

interface Props {
  value: string;
  onCommit: (note: string) => void;
}

/**
 * The judgement's note is committed when the field loses focus, not on every keystroke, so the
 * history holds one entry per edit. The parent re-keys this field when the stored note changes.
 */
export function NoteField({ value, onCommit }: Props) {
  const [draft, setDraft] = useState(value);
  const id = useId();
  return (
    <div className="note-field">
      <label htmlFor={id}>Note</label>
      <textarea
        id={id}
        rows={2}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft !== value) onCommit(draft);
        }}
      />
    </div>
  );
}
