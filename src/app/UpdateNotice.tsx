import { useState } from 'react';
import './update-notice.css';

interface Props {
  /** Lets the waiting version take over, then reloads the page into it. */
  onReload: () => Promise<void>;
  /** Hides the notice; the new version then starts the next time Hindsight is opened. */
  onLater: () => void;
}

/**
 * Says that a newer version has been downloaded and is waiting. It blocks nothing: the reader
 * reloads when it suits them (a reload keeps everything, as saves are flushed when a page
 * hides), or carries on and gets the new version next time.
 */
export function UpdateNotice({ onReload, onLater }: Props) {
  const [reloading, setReloading] = useState(false);
  return (
    <div className="update-notice-body">
      <p>A new version is ready.</p>
      <button
        type="button"
        className="primary"
        disabled={reloading}
        onClick={() => {
          setReloading(true);
          void onReload();
        }}
      >
        Reload
      </button>
      <button type="button" onClick={onLater} disabled={reloading}>
        Later
      </button>
    </div>
  );
}
