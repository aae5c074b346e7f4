// A probability the text states in figures ("a 99 per cent chance", "60 percent likely", "one
// in three", "50-50"): it is the forecast's probability, ahead of any hedge word (issue 17).
import { countWork } from '../work';

export interface StatedOdds {
  probability: number;
  /** The words as they stand in the text. */
  phrase: string;
  start: number;
}

const PERCENT = String.raw`(\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)`;
const ODDS_WORD = String.raw`(?:chance|likelihood|probability|likely|odds)`;
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => number }[] = [
  {
    re: new RegExp(String.raw`${PERCENT}\s*-?\s*${ODDS_WORD}`, 'gi'),
    read: (m) => Number(m[1]) / 100,
  },
  {
    re: new RegExp(
      String.raw`${ODDS_WORD}\s+(?:of\s+)?(?:about|around|roughly|some|almost|nearly)?\s*${PERCENT}`,
      'gi',
    ),
    read: (m) => Number(m[1]) / 100,
  },
  {
    re: /\bone[ -]in[ -](two|three|four|five|six|ten|\d+)\b/gi,
    read: (m) => 1 / (ONE_IN[m[1]!.toLowerCase()] ?? Number(m[1])),
  },
  { re: /\b(?:50-50|fifty-fifty)\b/gi, read: () => 0.5 },
];
const ONE_IN: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10 };

/** The stated odds in `text`, first in the text first. */
export function findStatedOdds(text: string): StatedOdds[] {
  countWork(text.length);
  if (!/\d|one|fifty/i.test(text)) return [];
  const out: StatedOdds[] = [];
  for (const { re, read } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const probability = read(m as RegExpExecArray);
      if (probability >= 0 && probability <= 1)
        out.push({ probability, phrase: m[0], start: m.index });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
