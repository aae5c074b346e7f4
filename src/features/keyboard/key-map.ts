// The keyboard shortcuts as data: which key does what, and when a key press is the reader
// typing rather than a shortcut. No React here, so both are tested as plain functions.
import type { Outcome } from '../../domain/model';

export type Shortcut =
  | { kind: 'move'; step: 1 | -1 }
  | { kind: 'judge'; outcome: Outcome }
  | { kind: 'undo' }
  | { kind: 'search' }
  | { kind: 'help' };

/** Every shortcut by its key, in the order the "Keyboard shortcuts" dialog lists them. */
export const KEY_MAP: ReadonlyMap<string, Shortcut> = new Map<string, Shortcut>([
  ['j', { kind: 'move', step: 1 }],
  ['k', { kind: 'move', step: -1 }],
  ['c', { kind: 'judge', outcome: 'correct' }],
  ['i', { kind: 'judge', outcome: 'incorrect' }],
  ['p', { kind: 'judge', outcome: 'partly' }],
  ['u', { kind: 'judge', outcome: 'unresolvable' }],
  ['a', { kind: 'judge', outcome: 'annulled' }],
  ['z', { kind: 'undo' }],
  ['/', { kind: 'search' }],
  ['?', { kind: 'help' }],
]);

type KeyPress = Pick<
  KeyboardEvent,
  'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey' | 'isComposing'
>;

/**
 * The shortcut a key press asks for, or null. Ctrl, Alt and Meta belong to the browser and the
 * system, so they cancel any shortcut; Shift cancels a letter's (Shift+J is not j), but not the
 * "?" and "/" that some layouts need it for. Caps Lock gives "J" without Shift, which counts as j.
 */
export function shortcutFor(press: KeyPress): Shortcut | null {
  if (press.ctrlKey || press.altKey || press.metaKey || press.isComposing) return null;
  const letter = /^[a-z]$/i.test(press.key);
  if (letter && press.shiftKey) return null;
  return KEY_MAP.get(letter ? press.key.toLowerCase() : press.key) ?? null;
}

/** Input types a letter key does not type into; every other input type takes text. */
const NOT_TEXT = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

const EDITABLE =
  '[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

/**
 * True when keys pressed at `target` are typing: a text-like input, a textarea, a select (which
 * finds options by their first letter) or anything editable.
 */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  // isContentEditable where the browser has it; the attribute where it does not (jsdom).
  return (
    (target instanceof HTMLElement && target.isContentEditable === true) ||
    target.closest(EDITABLE) !== null
  );
}

/**
 * True when a shortcut may act on a key pressed at `target`: not while typing, and not while a
 * dialog is open (Add article, Import, this help): its own keys come first, and the page behind
 * it is not the reader's to change until it closes.
 */
export function shortcutsAllowed(target: EventTarget | null): boolean {
  if (isTyping(target)) return false;
  if (target instanceof Element && target.closest('dialog, [role="dialog"]')) return false;
  return document.querySelector('dialog[open]') === null;
}
