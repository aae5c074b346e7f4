// Both palettes in src/app/styles.css against WCAG AA: 4.5:1 for text on each background it is
// drawn on, 3:1 for controls' borders, focus rings and marks. Read from the stylesheet itself,
// so a colour changed there is checked here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(resolve(__dirname, '../../../src/app/styles.css'), 'utf8');

type Theme = 'light' | 'dark';

/** Every `--name: light-dark(#light, #dark)` (or one colour for both) declared in :root. */
function palette(theme: Theme): Map<string, string> {
  const root = /:root\s*\{([^}]*)\}/.exec(CSS)?.[1] ?? '';
  const colours = new Map<string, string>();
  for (const [, name, value] of root.matchAll(/--([\w-]+):\s*([^;]+);/g)) {
    const pair = /^light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)$/i.exec(value!.trim());
    if (pair) colours.set(name!, theme === 'light' ? pair[1]! : pair[2]!);
    else if (/^#[0-9a-f]{6}$/i.test(value!.trim())) colours.set(name!, value!.trim());
  }
  return colours;
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const OUTCOMES = ['correct', 'incorrect', 'partly', 'unresolvable', 'annulled', 'pending'];
const FILLED = ['correct', 'incorrect', 'partly', 'unresolvable', 'annulled', 'overdue'];

/** [foreground, background(s), what it is]: text needs 4.5:1. */
const TEXT: [string, string[], string][] = [
  [
    'ink',
    ['paper', 'wash', 'hover', 'alert-wash'],
    'body text, on cards, the page, hovered buttons, alerts',
  ],
  ['ink', ['hl-cue', 'hl-hedge', 'hl-time'], 'highlighted words in a proposal'],
  ['muted', ['paper', 'wash'], 'hints, roles, axis labels'],
  ['accent', ['paper', 'wash'], 'links and the Today label'],
  ['overdue', ['paper', 'wash', 'alert-wash'], 'overdue counts and field errors'],
  ...OUTCOMES.map((o): [string, string[], string] => [
    o,
    ['paper', 'wash'],
    `${o} badges and choices`,
  ]),
  ...FILLED.map((o): [string, string[], string] => ['on-fill', [o], `symbols on ${o} marks`]),
  ['header-ink', ['header'], 'the title and the Theme label'],
  ['header-muted', ['header'], 'the tagline'],
  ['on-primary', ['primary', 'primary-hover'], 'primary buttons'],
];

/**
 * Non-text: controls' outlines, focus rings and the marks need 3:1 against what is around them
 * (`a|b`: either of two colours, whichever contrasts more).
 */
const GRAPHICS: [string, string[], string][] = [
  ['focus', ['paper', 'wash'], 'the focus ring'],
  ['header-focus', ['header'], 'the focus ring in the header'],
  ['control-border', ['paper', 'wash'], 'borders of buttons and fields'],
  // A header button shows by its fill (light) or its border (dark), whichever stands out.
  ['paper|control-border', ['header'], 'buttons and the Theme select in the header'],
  ['primary', ['paper'], 'a primary button'],
  ['accent', ['paper'], 'the Today line and the calibration dots'],
  ['muted', ['paper'], 'the calibration diagonal'],
  ['hl-cue-line', ['hl-cue'], 'the underline of a cue'],
  ['hl-hedge-line', ['hl-hedge'], 'the underline of a hedge'],
  ['hl-time-line', ['hl-time'], 'the underline of a time phrase'],
];

const cases = (pairs: [string, string[], string][], theme: Theme) =>
  pairs.flatMap(([fg, bgs, what]) => bgs.map((bg) => [theme, fg, bg, what] as const));

describe.each<Theme>(['light', 'dark'])('the %s palette', (theme) => {
  const colours = palette(theme);
  const colour = (name: string) => {
    const value = colours.get(name);
    if (!value) throw new Error(`--${name} is not a colour of the ${theme} palette`);
    return value;
  };

  it.each(cases(TEXT, theme))('%s: --%s on --%s (%s) reaches 4.5:1', (_t, fg, bg) => {
    expect(contrast(colour(fg), colour(bg))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(cases(GRAPHICS, theme))('%s: --%s against --%s (%s) reaches 3:1', (_t, fg, bg) => {
    const best = Math.max(...fg.split('|').map((name) => contrast(colour(name), colour(bg))));
    expect(best).toBeGreaterThanOrEqual(3);
  });

  it('tells the themes apart: the page is light in one and dark in the other', () => {
    const page = luminance(colour('wash'));
    expect(theme === 'light' ? page > 0.8 : page < 0.05).toBe(true);
  });
});

describe('contrast', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrast(a, b)).toBeCloseTo(ratio, 2);
  });
});
