// The keyboard shortcuts listen from the first render, but the code that acts on them (what j,
// c or z do where the focus is, the help dialog: KeyboardShortcuts and the app's handlers) is
// out of the first load: fetched when the first shortcut is pressed, or when the reader nears
// the footer. A shortcut pressed before it has arrived waits here and runs as soon as that code
// has registered itself.
import { useCallback, useRef, useState } from 'react';
import type { Shortcut } from './key-map';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';

/** Acts on a shortcut; true when it did something (the key's own effect is then prevented). */
export type ShortcutRunner = (shortcut: Shortcut) => boolean;

/**
 * Starts listening. Returns how the acting code registers itself (null: it went away), and
 * whether a shortcut has been pressed before it did: the page then fetches it at once, rather
 * than when the reader nears the footer, where its help button is.
 */
export function useShortcutQueue(): [(run: ShortcutRunner | null) => void, boolean] {
  const runner = useRef<ShortcutRunner | null>(null);
  const waiting = useRef<Shortcut[]>([]);
  const [pressed, setPressed] = useState(false);
  useKeyboardShortcuts((shortcut) => {
    if (runner.current) return runner.current(shortcut);
    waiting.current.push(shortcut);
    setPressed(true);
    return true;
  });
  const register = useCallback((run: ShortcutRunner | null) => {
    runner.current = run;
    if (run) for (const shortcut of waiting.current.splice(0)) run(shortcut);
  }, []);
  return [register, pressed];
}
