// The "Keyboard shortcuts" dialog, loaded the first time it is opened.
import { useId, useRef } from 'react';
import { useModal } from '../../ui/use-modal';
import { OUTCOME_LABELS } from '../../domain/model';
import { KEY_MAP, type Shortcut } from './key-map';
import './shortcuts-dialog.css';

interface Props {
  onClose: () => void;
}

/** What a shortcut does, in the dialog's words. */
export function describeShortcut(shortcut: Shortcut): string {
  switch (shortcut.kind) {
    case 'move':
      return shortcut.step === 1
        ? 'Next forecast (in the review queue: next item)'
        : 'Previous forecast (in the review queue: previous item)';
    case 'judge':
      return `Judge it ${OUTCOME_LABELS[shortcut.outcome]}`;
    case 'undo':
      return 'Undo its latest change (in the review queue: the latest judgement made there)';
    case 'search':
      return 'Search the forecasts';
    case 'help':
      return 'Show these shortcuts';
  }
}

/**
 * A modal dialog listing every shortcut. Escape or Close shuts it, and the focus goes back to
 * where it was when the dialog opened.
 */
export function ShortcutsDialog({ onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useModal(ref);

  return (
    <dialog
      ref={ref}
      className="shortcuts-dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={headingId}>Keyboard shortcuts</h2>
      <p className="hint">
        They work anywhere on the page except while you type in a field. With the focus in the
        review queue, they act on its items; elsewhere on the focused or chosen forecast.
      </p>
      <table className="shortcuts-table">
        <caption className="visually-hidden">Keys and what they do</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Does</th>
          </tr>
        </thead>
        <tbody>
          {[...KEY_MAP].map(([key, shortcut]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{describeShortcut(shortcut)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
