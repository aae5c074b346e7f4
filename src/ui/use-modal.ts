import { useEffect, type RefObject } from 'react';

/**
 * Opens a `<dialog>` as a modal when it mounts (or, without modal support, in place, with the
 * focus taken to `focus` or its first button by hand) and closes it when it unmounts, handing the
 * focus back to what had it before.
 */
export function useModal(
  ref: RefObject<HTMLDialogElement | null>,
  focus?: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const dialog = ref.current;
    const returnTo = document.activeElement;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else {
        dialog.setAttribute('open', '');
        if (!focus) dialog.querySelector('button')?.focus();
      }
    }
    focus?.current?.focus();
    return () => {
      dialog?.close?.();
      if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
    };
    // Once, for the dialog's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
