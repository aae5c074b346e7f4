// Which words of a proposal's sentence to mark for the reader: the hedge, the forecast cues it
// does not overlap, the time phrase that set the deadline, and who said it.
import type { Cue } from './cues';
import type { HedgeHit } from './hedges';
import type { Attribution } from './speakers';
import type { TimePhrase } from './time-phrases';

/** A span to highlight, with offsets within the proposal's `sentence`. */
export interface Highlight {
  kind: 'cue' | 'hedge' | 'time' | 'speaker';
  start: number;
  end: number;
  text: string;
}

export function highlights(
  sentence: string,
  cues: readonly Cue[],
  hedge: HedgeHit,
  time: TimePhrase | null,
  attributions: readonly Attribution[],
): Highlight[] {
  const spans: Omit<Highlight, 'text'>[] = [];
  if (hedge.start !== undefined && hedge.end !== undefined)
    spans.push({ kind: 'hedge', start: hedge.start, end: hedge.end });
  for (const c of cues) {
    if (!spans.some((h) => c.start < h.end && c.end > h.start))
      spans.push({ kind: 'cue', start: c.start, end: c.end });
  }
  if (time) spans.push({ kind: 'time', start: time.start, end: time.end });
  for (const a of attributions) {
    if (a.speaker !== null)
      spans.push({ kind: 'speaker', start: a.speakerStart, end: a.speakerEnd });
  }
  return spans
    .sort((a, b) => a.start - b.start)
    .map((h) => ({ ...h, text: sentence.slice(h.start, h.end) }));
}
