import { useId, useState, type FormEvent } from 'react';
import { useDraft } from '../../../state/use-draft';
import type { Evidence } from '../../../domain/model';
import { httpUrl, userPartProblem } from '../../../domain/urls';
import { SafeLink } from '../../../ui/SafeLink';
import { FieldError } from '../../../ui/FieldError';

interface Props {
  /** Whose evidence it is: what is typed is kept as a draft under this key until added. */
  draftKey: string;
  evidence: Evidence[];
  onChange: (evidence: Evidence[]) => void;
}

export function EvidenceField({ draftKey, evidence, onChange }: Props) {
  const [url, setUrl, settleUrl] = useDraft(`${draftKey}:url`, '');
  const [note, setNote, settleNote] = useDraft(`${draftKey}:note`, '');
  const [error, setError] = useState<string | null>(null);
  const ids = useId();

  function add(event: FormEvent) {
    event.preventDefault();
    const href = httpUrl(url.trim());
    if (!href) {
      setError('Evidence must be a web address starting with http:// or https://');
      return;
    }
    const userPart = userPartProblem(href);
    if (userPart) {
      setError(`This address ${userPart}. Leave out everything before the @.`);
      return;
    }
    onChange([...evidence, { url: href, note: note.trim() }]);
    setUrl('');
    setNote('');
    settleUrl();
    settleNote();
    setError(null);
  }

  return (
    <div className="evidence">
      <h4>Evidence</h4>
      {evidence.length === 0 ? (
        <p className="hint">No evidence yet.</p>
      ) : (
        <ul className="evidence-list">
          {evidence.map((item, index) => (
            <li key={`${item.url}-${index}`}>
              <SafeLink url={item.url} />
              {item.note && <span className="evidence-note"> — {item.note}</span>}{' '}
              <button
                type="button"
                className="link-button"
                aria-label={`Remove evidence ${item.url}`}
                onClick={() => onChange(evidence.filter((_, i) => i !== index))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="evidence-form" onSubmit={add} noValidate>
        <div className="field">
          <label htmlFor={`${ids}-url`}>Evidence URL</label>
          <input
            id={`${ids}-url`}
            type="url"
            inputMode="url"
            placeholder="https://…"
            value={url}
            aria-invalid={error !== null}
            aria-describedby={error ? `${ids}-error` : undefined}
            onChange={(e) => setUrl(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-desc`}>What it shows</label>
          <input
            id={`${ids}-desc`}
            type="text"
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <button type="submit">Add evidence</button>
        <FieldError message={error} id={`${ids}-error`} />
      </form>
    </div>
  );
}
