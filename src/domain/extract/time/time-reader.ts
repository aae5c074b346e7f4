// The text's time phrases, read a chunk at a time as the sentences come: whole paragraphs
// together while they fit in a chunk (chrono's cost per call is high, so reading sentence by
// sentence costs far more per word), a long paragraph in chunks of its sentences. Chunks end
// where sentences end, and a phrase never crosses a sentence's end (see usableTimes), so the
// chunks find what one reading of the whole text would.
import type { Span } from '../sentences/segment';
import { findTimePhrases, type TimePhrase } from './time-phrases';
import { countWork } from '../work';

/**
 * chrono-node reads 1,000 to 16,000 characters at about 0.4 ms a thousand (measured in Node on
 * dense time phrases); below 1,000 its cost per call dominates, and its end-of-period refiner
 * reads all the text before each date it finds, so a chunk's cost grows with its square.
 */
export const TIME_CHUNK_CHARS = 8000;

/** A time phrase names a unit, a season, a month, a day or a year: else chrono is skipped. */
export const TIME_HINT =
  /\b(?:spring|summer|autumn|fall|winter|years?|months?|weeks?|weekend|days?|decades?|quarter|half|[qh][1-4]|christmas|tomorrow|tonight|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mid-\d|\d{4})/i;

export class TimeReader {
  private phrases: TimePhrase[] = [];
  private cursor = 0;
  /** The text offset up to which phrases have been read. */
  private readTo = 0;

  constructor(
    private readonly text: string,
    private readonly publishedOn: string,
  ) {}

  /**
   * Reads the phrases of paragraph `index` (whose sentences are `sents`) unless they are read:
   * with the whole paragraphs after it that fit in one chunk, or in chunks of its sentences.
   */
  cover(pars: readonly Span[], index: number, sents: readonly Span[]): void {
    const par = pars[index]!;
    if (par.end <= this.readTo) return;
    const chunks: [number, number][] = [];
    if (par.end - par.start <= TIME_CHUNK_CHARS) {
      let last = index;
      while (last + 1 < pars.length && pars[last + 1]!.end - par.start <= TIME_CHUNK_CHARS)
        last += 1;
      chunks.push([par.start, pars[last]!.end]);
    } else {
      for (const s of sents) {
        const open = chunks[chunks.length - 1];
        if (open && s.end - open[0] <= TIME_CHUNK_CHARS) open[1] = s.end;
        else chunks.push([s.start, s.end]);
      }
    }
    this.phrases = [];
    for (const [from, to] of chunks) this.read(from, to);
    this.cursor = 0;
    this.readTo = chunks[chunks.length - 1]?.[1] ?? par.end;
  }

  private read(from: number, to: number): void {
    const chunk = this.text.slice(from, to);
    countWork(chunk.length);
    if (!TIME_HINT.test(chunk)) return;
    for (const t of findTimePhrases(chunk, this.publishedOn))
      this.phrases.push({ ...t, start: t.start + from, end: t.end + from });
  }

  /** The phrases that start in `s`, in text offsets. Sentences must come in text order. */
  startingIn(s: Span): TimePhrase[] {
    const all = this.phrases;
    while (this.cursor < all.length && all[this.cursor]!.start < s.start) this.cursor += 1;
    const out: TimePhrase[] = [];
    for (let i = this.cursor; i < all.length && all[i]!.start < s.end; i += 1) out.push(all[i]!);
    return out;
  }
}
