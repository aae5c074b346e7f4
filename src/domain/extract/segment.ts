// Paragraphs and sentences with their offsets in the article text. Every later step works on
// slices of the original string, so a quote can always be cut back out of the text verbatim.

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Blocks separated by blank lines: news copy opens a new quotation in every paragraph. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const blank = /\n[ \t\r\f\v]*\n\s*/g;
  let start = 0;
  for (let m = blank.exec(text); m !== null; m = blank.exec(text)) {
    pushTrimmed(out, text, start, m.index);
    start = m.index + m[0].length;
  }
  pushTrimmed(out, text, start, text.length);
  return out;
}

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

// One segmenter for the module: building it is the costly part.
let segmenter: Intl.Segmenter | null = null;

/** Sentences of one paragraph (Intl.Segmenter, in Node and the browser), offsets in the text. */
export function sentences(paragraph: Span): Span[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const local: Span[] = [];
  for (const seg of segmenter.segment(paragraph.text)) {
    pushTrimmed(local, paragraph.text, seg.index, seg.index + seg.segment.length);
  }
  return local.map((s) => ({
    ...s,
    start: s.start + paragraph.start,
    end: s.end + paragraph.start,
  }));
}
