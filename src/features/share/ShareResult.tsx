import { useEffect, useRef } from 'react';
import { LONG_SHARE_URL_CHARS, MAX_SHARE_URL_CHARS } from '../../formats/share-link';
import './share.css';

export type ShareOutcome =
  | { kind: 'copied'; url: string }
  | { kind: 'manual'; url: string }
  | { kind: 'too-long'; chars: number };

interface Props {
  outcome: ShareOutcome;
  onDownloadHtml: () => void;
  onDismiss: () => void;
}

const count = (n: number) => n.toLocaleString('en-GB');

/** "12,295 characters (12.3 kB)": a link's characters are ASCII, one byte each. */
export function describeLength(chars: number): string {
  const kB = chars / 1000;
  const size = kB >= 1000 ? `${(kB / 1000).toFixed(1)} MB` : `${kB.toFixed(1)} kB`;
  return `${count(chars)} characters (${size})`;
}

const LIMIT = `${count(MAX_SHARE_URL_CHARS)} characters (${MAX_SHARE_URL_CHARS / (1024 * 1024)} MiB)`;

/**
 * What came of Copy link, next to the Share button: the link copied (with its length), the link
 * in a selected field when the browser would not copy it, or why it is too long to share.
 * Focus moves here, so the message is read out, and Escape takes it back to the button.
 */
export function ShareResult({ outcome, onDownloadHtml, onDismiss }: Props) {
  const panel = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (field.current) {
      field.current.focus();
      field.current.select();
    } else panel.current?.focus();
  }, [outcome]);

  const offerHtml = (
    <button type="button" onClick={onDownloadHtml}>
      Download as HTML
    </button>
  );
  const dismiss = (
    <button type="button" onClick={onDismiss}>
      Dismiss
    </button>
  );

  if (outcome.kind === 'too-long') {
    return (
      <div ref={panel} tabIndex={-1} role="alert" className="popover share-result">
        <p>
          <strong>This scorecard is too large to share as a link.</strong> The link would be{' '}
          {describeLength(outcome.chars)} long, and Chrome and Edge open links of at most {LIMIT}.
          Send it as an HTML file instead: it opens in any browser.
        </p>
        <div className="dialog-actions">
          {offerHtml}
          {dismiss}
        </div>
      </div>
    );
  }
  const long = outcome.url.length > LONG_SHARE_URL_CHARS;
  return (
    <div ref={panel} tabIndex={-1} role="status" className="popover share-result">
      {outcome.kind === 'copied' ? (
        <p>
          <strong>Link copied.</strong> It is {describeLength(outcome.url.length)} long.
        </p>
      ) : (
        <>
          <p>
            <strong>Your browser did not let Hindsight copy the link.</strong> It is selected below:
            copy it with Ctrl+C (⌘C on a Mac). It is {describeLength(outcome.url.length)} long.
          </p>
          <label htmlFor="share-link-field">Link to this scorecard</label>
          <input
            ref={field}
            id="share-link-field"
            className="share-link-field"
            type="text"
            readOnly
            value={outcome.url}
            onFocus={(e) => e.currentTarget.select()}
          />
        </>
      )}
      <p className="hint">
        Whoever opens it sees a read-only copy of this scorecard as it is now, and can import it
        into their own Hindsight. The scorecard travels inside the link, after the #, which browsers
        never send to any server.
      </p>
      {long && (
        <p className="hint">
          Some e-mail and chat apps cut or refuse links this long. If it arrives broken, send the
          HTML file instead.
        </p>
      )}
      <div className="dialog-actions">
        {long && offerHtml}
        {dismiss}
      </div>
    </div>
  );
}
