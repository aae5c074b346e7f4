import { describe, expect, it } from 'vitest';
import {
  isTyping,
  KEY_MAP,
  shortcutFor,
  shortcutsAllowed,
  type Shortcut,
} from '../../src/features/keyboard/key-map';

const press = (key: string, modifiers: Partial<Record<string, boolean>> = {}) => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  shiftKey: false,
  isComposing: false,
  ...modifiers,
});

describe('shortcutFor', () => {
  it.each<[string, Shortcut]>([
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
  ])('%s → %j', (key, shortcut) => {
    expect(shortcutFor(press(key))).toEqual(shortcut);
  });

  it('lists exactly these keys, for the dialog', () => {
    expect([...KEY_MAP.keys()]).toEqual(['j', 'k', 'c', 'i', 'p', 'u', 'a', 'z', '/', '?']);
  });

  it.each(['ctrlKey', 'altKey', 'metaKey'])('is cancelled by %s', (modifier) => {
    for (const key of KEY_MAP.keys())
      expect(shortcutFor(press(key, { [modifier]: true }))).toBe(null);
  });

  it('is cancelled by Shift on a letter, but not on “?”, which needs it on most layouts', () => {
    expect(shortcutFor(press('J', { shiftKey: true }))).toBe(null);
    expect(shortcutFor(press('C', { shiftKey: true }))).toBe(null);
    expect(shortcutFor(press('?', { shiftKey: true }))).toEqual({ kind: 'help' });
  });

  it('reads a capital letter without Shift (Caps Lock) as the letter', () => {
    expect(shortcutFor(press('C'))).toEqual({ kind: 'judge', outcome: 'correct' });
  });

  it('ignores other keys and keys pressed while composing text', () => {
    for (const key of ['x', 'Enter', 'Escape', ' ', 'ArrowDown', 'PageDown', '1', 'Tab'])
      expect(shortcutFor(press(key))).toBe(null);
    expect(shortcutFor(press('c', { isComposing: true }))).toBe(null);
  });
});

describe('the “typing in a field” guard', () => {
  function element(html: string): Element {
    document.body.innerHTML = html;
    return document.body.querySelector('[data-target]')!;
  }

  it.each([
    ['a text input', '<input data-target>'],
    ['a search box', '<input type="search" data-target>'],
    ['a date field', '<input type="date" data-target>'],
    ['a URL field', '<input type="url" data-target>'],
    ['a number field', '<input type="number" data-target>'],
    ['a textarea', '<textarea data-target></textarea>'],
    ['a select', '<select data-target><option>a</option></select>'],
    ['an editable element', '<div contenteditable="true" data-target></div>'],
    ['text inside an editable element', '<div contenteditable><p data-target>x</p></div>'],
  ])('treats keys in %s as typing', (_name, html) => {
    const target = element(html);
    expect(isTyping(target)).toBe(true);
    expect(shortcutsAllowed(target)).toBe(false);
  });

  it.each([
    ['an Outcome radio', '<input type="radio" data-target>'],
    ['a checkbox', '<input type="checkbox" data-target>'],
    ['a button', '<button data-target>Go</button>'],
    ['a focused card', '<article tabindex="-1" data-target>A card</article>'],
    ['the page', '<p data-target>text</p>'],
    ['a region made read-only', '<div contenteditable="false" data-target></div>'],
  ])('lets shortcuts act on keys pressed at %s', (_name, html) => {
    const target = element(html);
    expect(isTyping(target)).toBe(false);
    expect(shortcutsAllowed(target)).toBe(true);
  });

  it('holds shortcuts back inside a dialog, whose own keys come first', () => {
    expect(shortcutsAllowed(element('<dialog open><button data-target>OK</button></dialog>'))).toBe(
      false,
    );
    expect(shortcutsAllowed(element('<div role="dialog"><p data-target>x</p></div>'))).toBe(false);
  });

  it('holds them back while a dialog is open elsewhere on the page', () => {
    const target = element('<p data-target>text</p><dialog open><button>OK</button></dialog>');
    expect(shortcutsAllowed(target)).toBe(false);
    document.querySelector('dialog')!.removeAttribute('open');
    expect(shortcutsAllowed(target)).toBe(true);
  });

  it('lets shortcuts act when the event has no element target (the document)', () => {
    document.body.innerHTML = '';
    expect(isTyping(null)).toBe(false);
    expect(shortcutsAllowed(document)).toBe(true);
  });
});
