import { useId, useRef, type ReactNode } from 'react';
import { useModal } from './use-modal';

interface Props {
  title: string;
  children: ReactNode;
  /** The confirming button's name ("Delete"). */
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal question with two answers. Escape or Cancel shuts it; the focus starts on Cancel, the
 * answer that changes nothing, and goes back to where it was when the dialog closes.
 */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const bodyId = useId();
  useModal(ref, cancel);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={headingId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={headingId}>{title}</h2>
      <div id={bodyId}>{children}</div>
      <div className="editor-actions">
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button ref={cancel} type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
