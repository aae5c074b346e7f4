// A forecast's later pieces proposed apart: "demand will rise by 0.7 mb/d in 2011, and by 1.3
// mb/d in 2012" is two forecasts, each dated by its own year (time/attached.ts cuts them).
// A later piece keeps the first one's cue, hedge and probability; it may name a speaker of its
// own ("…, while B, chief economist at C, said …"), and its words then start where the
// reported words do.
import type { SpeakerBook } from './attribution/speaker-book';
import type { Attribution, SpeakerVia } from './attribution/speakers';
import type { Proposal } from './extract';
import { toClaim } from './sentences/focus';
import type { Span } from './sentences/segment';
import type { Piece } from './time/attached';
import { bestDeadline, type TimePhrase } from './time/time-phrases';
import type { Highlight } from './wording/highlights';

export interface LaterPiece {
  piece: Piece;
  /** The first named attribution whose verb is in the piece. */
  named: Attribution | undefined;
  /** How the first piece's speaker was found. */
  via: SpeakerVia | undefined;
  book: SpeakerBook;
  highlight: (deadline: TimePhrase | null) => Highlight[];
}

export function laterPiece(first: Proposal, s: Span, later: LaterPiece): Proposal {
  const { piece, named, book } = later;
  const own = bestDeadline(piece.times);
  let from = Math.max(piece.start, Math.min(named?.contentFrom ?? 0, piece.end));
  while (from < piece.end && /[\s,]/.test(s.text[from]!)) from += 1;
  const words = s.text.slice(from, piece.end);
  const at = s.start + from;
  const speaker = named?.speaker ?? first.speaker;
  const role = speaker === null ? undefined : book.roleOf(speaker);
  const via = named?.via ?? later.via;
  const out: Proposal = {
    ...first,
    id: `ex-${at}-${at + words.length}`,
    quote: words,
    quoteStart: at,
    speaker,
    claim: toClaim(words),
    deadline: own ? own.deadline : first.deadline,
    highlights: later.highlight(own),
  };
  delete out.speakerRole;
  delete out.speakerVia;
  if (role !== undefined) out.speakerRole = role;
  if (speaker !== null && via) out.speakerVia = via;
  return out;
}
