// Which words of a proposal's sentence to mark for the reader: the hedge, the forecast cues it
// does not overlap, the time phrase that set the deadline, and who said it.
import type { Cue } from './cues';
import type { HedgeHit } from './hedges';
import type { Attribution } from '../attribution/speakers';
import type { TimePhrase } from '../time/time-phrases';

/** A span to highlight, with offsets within the proposal's `sentence`. */
export interface Highlight {
  kind: 'cue' | 'hedge' | 'time' | 'speaker';
  start: number;
  end: number;
  text: string;
}

/** `cues` in text order; `attributions` those whose speakers to mark. */
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
  // Cues come in text order, so one overlaps a cue marked before it exactly when it starts
  // before the furthest end marked so far: one comparison each, not one per mark.
  let cueEnd = -1;
  for (const c of cues) {
    const onHedge = hedge.start !== undefined && c.start < hedge.end! && c.end > hedge.start;
    if (onHedge || c.start < cueEnd) continue;
    spans.push({ kind: 'cue', start: c.start, end: c.end });
    cueEnd = Math.max(cueEnd, c.end);
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
