// What the keyboard shortcuts do on this page (use-shortcut-handlers.ts) and their help, fetched
// just after the first render; the listener itself (useShortcutQueue, in App) is there from the
// start, and keeps what is pressed meanwhile.
import { KeyboardShortcuts } from '../features/keyboard/KeyboardShortcuts';
import type { ShortcutRunner } from '../features/keyboard/shortcut-queue';
import { useShortcutHandlers, type ShortcutContext } from './use-shortcut-handlers';

interface Props extends ShortcutContext {
  register: (run: ShortcutRunner | null) => void;
}

export function ShortcutsPart({ register, ...context }: Props) {
  const shortcuts = useShortcutHandlers(context);
  return <KeyboardShortcuts register={register} {...shortcuts} />;
}
