// What the Add article dialog and its extraction worker say to each other.
import type { Proposal } from '../../domain/extract/extract';
import type { LexiconEntry } from '../../domain/model';

export interface ExtractRequest {
  text: string;
  publishedOn: string;
  lexicon: readonly LexiconEntry[];
}

export type ExtractReply =
  | { type: 'progress'; done: number; sentences: number }
  /** Proposals come in batches, so no single message takes the page long to receive. */
  | { type: 'proposals'; batch: Proposal[] }
  | { type: 'done' }
  | { type: 'error'; message: string };

/** Proposals per message: about 1 MB of structured clone at most for the page to take in. */
export const PROPOSAL_BATCH = 500;
