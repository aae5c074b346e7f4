// A headline restates the forecast its article opens with, in fewer and other words ("'More
// likely than not' world to see 1.5C warming soon - WMO" over "The World Meteorological
// Organization said … global temperatures are more likely to exceed 1.5 degrees Celsius …
// over the next five years"). Proposed on its own it has neither speaker nor deadline, and the
// reader would judge one forecast twice; folded into the forecast it restates, the article's
// words give both (issue 17: "fold them into one proposal and keep the best-dated one").
import type { Proposal } from './extract';
import type { Span } from './sentences/segment';
import { NEGATION } from './dedupe';
import { contentTokens, sharedCount } from './sentences/tokens';

/**
 * A heading is short and ends without a full stop: the headline, a standfirst, a kicker. The
 * body starts at the first line longer than a heading.
 */
const HEADING_MAX_WORDS = 25;
const ENDS_SENTENCE = /[.!?][\u201D\u2019"')\]]*$/;
/**
 * How many of the body's first forecasts a heading may restate: the lede and the paragraphs
 * right after it. A headline never summarises the tenth forecast of its article.
 */
export const LEDE_FORECASTS = 8;
/**
 * A restatement shares at least this many of the heading's content words (stemmed) with the
 * forecast, and at least this share of them: a headline is a dozen words, of which the lede
 * repeats the subject, the verb's stem and the figure, rarely the headline's own phrasing.
 */
const MIN_SHARED = 3;
const MIN_SHARE = 0.3;

/** Word stems good enough to compare a headline with its lede: "cutting" and "cuts" are "cut". */
function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of contentTokens(text))
    out.add(w.length > 4 ? w.replace(/(?:ing|ed|es|s)$/, '') : w);
  return out;
}

/**
 * How many lines may come before the body: a headline, a kicker, a standfirst, a byline, a
 * date and a caption or two. A text whose first lines are all short is no article with a
 * headline (a list, a transcript), and has no headings.
 */
export const HEADING_LINES = 12;

/**
 * The lines before the body that read as headings, and where the body starts: the first line
 * longer than a heading. Lines, not paragraphs: a page copied from a browser often puts its
 * headline, byline and lede on lines of one paragraph.
 */
export function headings(text: string): { spans: Span[]; bodyStart: number } {
  const spans: Span[] = [];
  const line = /[^\n]+/g;
  let seen = 0;
  for (let m = line.exec(text); m !== null && seen < HEADING_LINES; m = line.exec(text)) {
    const trimmed = m[0].trim();
    if (trimmed === '') continue;
    seen += 1;
    if (trimmed.split(/\s+/).length > HEADING_MAX_WORDS) return { spans, bodyStart: m.index };
    if (!ENDS_SENTENCE.test(trimmed))
      spans.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return { spans: [], bodyStart: text.length };
}

/**
 * Proposals with each heading's forecast folded into the opening forecast it restates. The
 * body's forecast is kept (it has the speaker and the fuller words); it takes the heading's
 * deadline when it has none, and counts the heading as a repeat. A heading whose speaker
 * differs from the forecast's, or that negates what the forecast does not, is no restatement.
 */
export function foldHeadlines(proposals: readonly Proposal[], text: string): Proposal[] {
  const { spans, bodyStart } = headings(text);
  if (spans.length === 0) return [...proposals];
  const inHeading = (p: Proposal): boolean =>
    spans.some((h) => p.sentenceStart >= h.start && p.sentenceStart < h.end);
  const out = [...proposals];
  const lede = out
    .flatMap((p, i) => (p.sentenceStart >= bodyStart ? [i] : []))
    .slice(0, LEDE_FORECASTS);
  const ledeStems = lede.map((i) => stems(out[i]!.quote));
  const folded = new Set<number>();
  out.forEach((h, hi) => {
    if (!inHeading(h)) return;
    const own = stems(h.quote);
    const negated = NEGATION.test(h.quote);
    let best = -1;
    let bestShared = 0;
    lede.forEach((i, k) => {
      const p = out[i]!;
      if (h.speaker !== null && p.speaker !== h.speaker) return;
      if (NEGATION.test(p.quote) !== negated) return;
      const n = sharedCount(own, ledeStems[k]!);
      if (n > bestShared) {
        bestShared = n;
        best = i;
      }
    });
    if (best === -1 || bestShared < MIN_SHARED || bestShared < MIN_SHARE * own.size) return;
    const into = out[best]!;
    const dated = into.deadline === null && h.deadline !== null;
    out[best] = {
      ...into,
      repeats: into.repeats + h.repeats + 1,
      ...(dated ? { deadline: h.deadline, kind: h.kind } : {}),
    };
    folded.add(hi);
  });
  return out.filter((_, i) => !folded.has(i));
}
