// Full-text search over the forecasts: the claim, the quote, the speaker and their role, the
// caveats, and the reader's own judgement note. Text is folded before it is compared, so case,
// accents and typographic quotes and dashes do not matter ("Solovey" finds "SOLOVEY",
// "senor" finds "señor", "putin's" finds "Putin’s"). Every term must occur (AND); a term in
// double quotes is a phrase.
import type { ForecastView } from '../../domain/catalogue';
import type { Forecast } from '../../domain/model';

const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\u0020-\u007e\s]/u;
const SPACES = /\s+/gu;
const SPECIAL: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '′': "'",
  '´': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '″': '"',
  '«': '"',
  '»': '"',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '−': '-',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
};
const SPECIALS = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'gu');

/** Text as the search compares it: lower case, accents and typographic variants taken off. */
export function foldText(text: string): string {
  let folded = text.toLowerCase();
  // Most text is plain ASCII, which needs no more than this: at 10,000 forecasts the
  // Unicode steps would take most of the time spent folding.
  if (NON_ASCII.test(folded)) {
    folded = folded
      .normalize('NFKD')
      .replace(MARKS, '')
      .replace(SPECIALS, (c) => SPECIAL[c] ?? c);
  }
  return folded.replace(SPACES, ' ');
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

/**
 * Each forecast's searchable text, folded once per version of the forecast: an edit refolds the
 * one forecast it changed, and `warm` folds them ahead of the first search, a slice at a time.
 */
export interface SearchTexts {
  of(forecast: Forecast): string;
  /** Folds the forecasts not folded yet while `hasTime()`; true once every one is. */
  warm(forecasts: readonly Forecast[], hasTime: () => boolean): boolean;
}

export function searchTexts(): SearchTexts {
  const folded = new WeakMap<Forecast, string>();
  const of = (f: Forecast) => {
    let text = folded.get(f);
    if (text === undefined) {
      text = foldText([f.claim, f.quote, f.speaker, f.speakerRole ?? '', f.note].join('\n'));
      folded.set(f, text);
    }
    return text;
  };
  let warming: { forecasts: readonly Forecast[]; next: number } | null = null;
  return {
    of,
    warm(forecasts, hasTime) {
      if (warming?.forecasts !== forecasts) warming = { forecasts, next: 0 };
      while (warming.next < forecasts.length && hasTime()) of(forecasts[warming.next++]!);
      return warming.next >= forecasts.length;
    },
  };
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
 * The ids of the forecasts with every term, in the forecast's own text (`texts`) or in the
 * reader's note on it (folded by `foldNote`).
 */
export function matchingIds(
  views: readonly ForecastView[],
  texts: SearchTexts,
  terms: readonly string[],
  foldNote: (note: string) => string,
): Set<string> {
  const ids = new Set<string>();
  for (const view of views) {
    const text = texts.of(view.forecast);
    let note: string | null = null;
    const has = (term: string) =>
      text.includes(term) || (note ??= foldNote(view.state.note)).includes(term);
    if (terms.every(has)) ids.add(view.forecast.id);
  }
  return ids;
}
