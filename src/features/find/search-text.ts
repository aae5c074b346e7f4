// Full-text search over the forecasts: the claim, the quote, the speaker and their role, the
// caveats, and the reader's own judgement note. Text is folded before it is compared, so case,
// accents and typographic quotes and dashes do not matter ("Solovey" finds "SOLOVEY",
// "senor" finds "señor", "putin's" finds "Putin’s"). Every term must occur (AND); a term in
// double quotes is a phrase.
import type { ForecastView } from '../../domain/catalogue';
import type { Forecast } from '../../domain/model';

const MARKS = /\p{M}/gu;
const FOLDS: [RegExp, string][] = [
  [/[‘’‚‛′`´]/gu, "'"],
  [/[“”„‟″«»]/gu, '"'],
  [/[‐‑‒–—―−]/gu, '-'],
  [/ß/gu, 'ss'],
  [/[æ]/gu, 'ae'],
  [/[œ]/gu, 'oe'],
  [/[ø]/gu, 'o'],
  [/[ł]/gu, 'l'],
  [/[đ]/gu, 'd'],
  [/\s+/gu, ' '],
];

/** Text as the search compares it: lower case, accents and typographic variants taken off. */
export function foldText(text: string): string {
  let folded = text.normalize('NFKD').replace(MARKS, '').toLowerCase();
  for (const [pattern, replacement] of FOLDS) folded = folded.replace(pattern, replacement);
  return folded;
}

/** The terms a query asks for, folded: words, and "phrases in double quotes" kept whole. */
export function queryTerms(query: string): string[] {
  const terms = new Set<string>();
  const folded = foldText(query);
  const pattern = /"([^"]*)"?|(\S+)/gu;
  for (const match of folded.matchAll(pattern)) {
    const term = (match[1] ?? match[2] ?? '').trim();
    if (term !== '') terms.add(term);
  }
  return [...terms];
}

/** Each forecast's searchable text, folded once: rebuilt only when the forecasts change. */
export type SearchIndex = ReadonlyMap<string, string>;

export function buildSearchIndex(forecasts: readonly Forecast[]): SearchIndex {
  const index = new Map<string, string>();
  for (const f of forecasts) {
    const parts = [f.claim, f.quote, f.speaker, f.speakerRole ?? '', f.note];
    index.set(f.id, foldText(parts.join('\n')));
  }
  return index;
}

/**
 * Folds the reader's notes, remembering each note's folded form: a judgement changes one note,
 * so the next search folds that one and reuses the rest.
 */
export function noteFolder(limit = 20_000): (note: string) => string {
  const cache = new Map<string, string>();
  return (note) => {
    if (note === '') return '';
    let folded = cache.get(note);
    if (folded === undefined) {
      if (cache.size >= limit) cache.clear();
      folded = foldText(note);
      cache.set(note, folded);
    }
    return folded;
  };
}

/**
 * The ids of the forecasts with every term, in the forecast's own text (`index`) or in the
 * reader's note on it (folded by `foldNote`).
 */
export function matchingIds(
  views: readonly ForecastView[],
  index: SearchIndex,
  terms: readonly string[],
  foldNote: (note: string) => string,
): Set<string> {
  const ids = new Set<string>();
  for (const view of views) {
    const text = index.get(view.forecast.id) ?? '';
    let note: string | null = null;
    const has = (term: string) =>
      text.includes(term) || (note ??= foldNote(view.state.note)).includes(term);
    if (terms.every(has)) ids.add(view.forecast.id);
  }
  return ids;
}
