// Long and hostile article texts of any length, the same every time: the shapes that made
// extraction slow (work growing with the square of the text) or overflow the stack. Used by the
// linearity and stress tests, the bench (scripts/bench/long-extraction.ts) and the e2e test.
import { SEED_ARTICLE_TEXT } from '../../../src/data/seed-article';

export const LONG_SHAPES = [
  'capitalised',
  'time-phrases',
  'prose',
  'prose-one-paragraph',
  'no-full-stop',
  'nesting',
  'runs',
] as const;
export type LongShape = (typeof LONG_SHAPES)[number];

/** A small deterministic generator (a linear congruential one): no Math.random in tests. */
function numbers(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const CAPITALISED = (
  'Anna Berg Said The Central Bank Will Raise Rates By Next Summer According To Marek ' +
  'Zielinski Told Reporters Prices Could Fall In March 2025 Warned He She They Finance ' +
  'Minister Clara Jensen Expects Growth Until At Least Spring Before Winter Another Two Years'
).split(' ');

/** Capitalised words, a full stop every 8 to 20 of them, in one paragraph. */
function capitalised(chars: number): string {
  const next = numbers(1);
  const parts: string[] = [];
  let length = 0;
  let inSentence = 0;
  let sentenceLength = 8;
  while (length < chars) {
    const word = CAPITALISED[Math.floor(next() * CAPITALISED.length)]!;
    inSentence += 1;
    const end = inSentence >= sentenceLength;
    const piece = end ? `${word}. ` : `${word} `;
    if (end) {
      inSentence = 0;
      sentenceLength = 8 + Math.floor(next() * 13);
    }
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('').slice(0, chars);
}

const TIME_PHRASES =
  'by next summer, at least until spring 2024 until March 2025 for another two years in early ' +
  '2024 by the end of 2023 before winter within a year mid-2024 next year on Monday 15 March ' +
  '2023 Dec. 19 until at least the second half of 2026 in 18 months ';

const NO_FULL_STOP =
  'the war will last and Anna Berg said that prices could rise while he told reporters it may ' +
  'end, according to Marek Zielinski, and the bank is going to raise rates as they warned ';

const NESTING_OPEN = '“He said (it will [rain ‘and ';
const NESTING_CLOSE = 'soon’] she said) until 2025” ';

const RUNS = `Prices will rise${' '.repeat(400)}, is going to${', '.repeat(300)}; he said${'– '.repeat(200)}could  ${'\t'.repeat(100)}`;

/** Repeats `unit` to exactly `chars` characters. */
function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** A text of the given shape, `chars` characters long. */
export function longInput(shape: LongShape, chars: number): string {
  switch (shape) {
    case 'capitalised':
      return capitalised(chars);
    case 'time-phrases':
      return repeatTo(TIME_PHRASES, chars);
    case 'prose':
      return repeatTo(`${SEED_ARTICLE_TEXT}\n\n`, chars);
    case 'prose-one-paragraph':
      return repeatTo(`${SEED_ARTICLE_TEXT.replace(/\s*\n\s*/g, ' ')} `, chars);
    case 'no-full-stop':
      return repeatTo(NO_FULL_STOP, chars);
    case 'nesting': {
      const half = Math.floor(chars / 2);
      return repeatTo(NESTING_OPEN, half) + repeatTo(NESTING_CLOSE, chars - half);
    }
    case 'runs':
      return repeatTo(RUNS, chars);
  }
}
