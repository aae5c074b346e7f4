// The form that joins a desk (GUIDE §4): the server, the desk's name, the reader's name and the
// token the desk gave them, and which of their own articles to bring (all, unless they say
// otherwise). A refusal (a bad token, a server that does not answer) is shown here, with the
// server's reason, and nothing changes; on success the page reloads into the desk.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Source } from '../../domain/model';
import { useDeskJoin } from '../../state/desk-join';
import { FieldError } from '../../ui/FieldError';
import './desk.css';

interface Props {
  sources: readonly Source[];
  onClose: () => void;
}

export function DeskDialog({ sources, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const join = useDeskJoin();
  const [server, setServer] = useState(() => window.location.origin);
  const [desk, setDesk] = useState('');
  const [name, setName] = useState('');
  const [token, setToken] = useState('');
  const [share, setShare] = useState<ReadonlySet<string>>(() => new Set(sources.map((s) => s.id)));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    join({ server, desk: desk.trim(), name, token, share })
      .then((problem) => {
        if (problem) setError(problem);
      })
      .catch((thrown: unknown) => setError(`Joining failed: ${String(thrown)}`))
      .finally(() => setBusy(false));
  };

  const toggle = (id: string) =>
    setShare((all) => {
      const next = new Set(all);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <dialog
      ref={ref}
      className="form-dialog"
      aria-labelledby={`${ids}-heading`}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id={`${ids}-heading`}>Join a desk</h2>
      <p className="hint">
        A desk keeps one record for a team on its own server. Your record stays as it is in this
        browser; you come back to it when you leave the desk.
      </p>
      <form onSubmit={submit} noValidate className="desk-form">
        <div className="field">
          <label htmlFor={`${ids}-server`}>Server</label>
          <input
            id={`${ids}-server`}
            value={server}
            onChange={(e) => setServer(e.target.value)}
            autoComplete="url"
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-desk`}>Desk name</label>
          <input id={`${ids}-desk`} value={desk} onChange={(e) => setDesk(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-name`}>Your name</label>
          <input
            id={`${ids}-name`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="name"
            maxLength={80}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-token`}>Token</label>
          <input
            id={`${ids}-token`}
            type="password"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            autoComplete="off"
          />
        </div>
        {sources.length > 0 && (
          <fieldset className="desk-share">
            <legend>Your articles to share with the desk</legend>
            {sources.map((source) => (
              <label key={source.id} className="check">
                <input
                  type="checkbox"
                  checked={share.has(source.id)}
                  onChange={() => toggle(source.id)}
                />{' '}
                {source.title}
              </label>
            ))}
          </fieldset>
        )}
        <FieldError message={error} />
        <p role="status" className="hint">
          {busy ? 'Joining…' : ''}
        </p>
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={busy}>
            Join
          </button>
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
