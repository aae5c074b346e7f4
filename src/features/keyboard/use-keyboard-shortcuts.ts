import { useEffect, useEffectEvent } from 'react';
import { shortcutFor, shortcutsAllowed, type Shortcut } from './key-map';

/**
 * Calls `onShortcut` for each shortcut pressed anywhere on the page, except while the reader is
 * typing in a field or working in a dialog, or with Ctrl, Alt or Meta held. `onShortcut` says
 * whether it acted; only then is the key's own effect (a scroll, a browser's find) prevented.
 */
export function useKeyboardShortcuts(onShortcut: (shortcut: Shortcut) => boolean): void {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const shortcut = shortcutFor(event);
    if (!shortcut || !shortcutsAllowed(event.target)) return;
    if (onShortcut(shortcut)) event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => handle(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
