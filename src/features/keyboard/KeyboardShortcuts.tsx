import { Suspense, useEffect, useEffectEvent, useState } from 'react';
import type { Outcome } from '../../domain/model';
import type { Shortcut } from './key-map';
import type { ShortcutRunner } from './shortcut-queue';
import './keyboard.css';
import { lazyPart } from '../../ui/lazy-part';

const ShortcutsDialog = lazyPart(() =>
  import('./ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })),
);

/** The search box's id, which "/" focuses when the page has one. */
export const SEARCH_BOX_ID = 'forecast-search';

/**
 * What a shortcut did, in words for the live region, or null when it did nothing (the key then
 * keeps its usual effect).
 */
export type ShortcutResult = string | null;

interface Props {
  /** Registers what acts on a shortcut with the page's listener (useShortcutQueue). */
  register: (run: ShortcutRunner | null) => void;
  onMove: (step: 1 | -1) => ShortcutResult;
  onJudge: (outcome: Outcome) => ShortcutResult;
  onUndo: () => ShortcutResult;
}

/**
 * The page's keyboard shortcuts: j/k move, c/i/p/u/a judge, z undoes (through the handlers the
 * page passes in), / focuses the search box, ? lists them all. Renders the button that opens the
 * list, and a live region that says what a shortcut did.
 */
export function KeyboardShortcuts({ register, onMove, onJudge, onUndo }: Props) {
  const [helpOpen, setHelpOpen] = useState(false);
  const [said, setSaid] = useState('');

  function run(shortcut: Shortcut): ShortcutResult {
    switch (shortcut.kind) {
      case 'move':
        return onMove(shortcut.step);
      case 'judge':
        return onJudge(shortcut.outcome);
      case 'undo':
        return onUndo();
      case 'search': {
        const box = document.getElementById(SEARCH_BOX_ID);
        if (!box) return null;
        box.focus();
        if (box instanceof HTMLInputElement) box.select();
        return '';
      }
      case 'help':
        setHelpOpen(true);
        return '';
    }
  }

  const act = useEffectEvent((shortcut: Shortcut) => {
    const result = run(shortcut);
    if (result === null) return false;
    // An empty result acted silently (the focus moved, which is announced by itself).
    if (result !== '') setSaid(result);
    return true;
  });
  useEffect(() => {
    register((shortcut) => act(shortcut));
    return () => register(null);
  }, [register]);

  return (
    <>
      <button type="button" className="link-button" onClick={() => setHelpOpen(true)}>
        Keyboard shortcuts
      </button>
      <p role="status" className="visually-hidden">
        {said}
      </p>
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
