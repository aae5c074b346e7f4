// How sure the extractor is of a proposal's speaker and deadline, with the reasons in words, so
// the review can put the unsure ones first. "Sure" means the text states it where the forecast
// is (a name at its attribution verb, a date in its words); "unsure" means the extractor
// inferred it (a pronoun, a sentence elsewhere, a byline, "next season", the article's
// election day) or found none.
import type { Proposal } from './extract';

export type Sureness = 'sure' | 'unsure';

export interface Confidence {
  level: Sureness;
  reason: string;
}

export interface ProposalConfidence {
  speaker: Confidence;
  deadline: Confidence;
  /** Either is unsure: the proposal deserves a look before it is added. */
  unsure: boolean;
}

const SPEAKER_REASONS: Record<NonNullable<Proposal['speakerVia']>, Confidence> = {
  named: { level: 'sure', reason: 'speaker named at the quote' },
  pronoun: { level: 'unsure', reason: 'speaker from a pronoun' },
  description: { level: 'unsure', reason: 'speaker from a description' },
  earlier: { level: 'unsure', reason: 'speaker carried from an earlier sentence' },
  byline: { level: 'unsure', reason: 'speaker is the writer named in the byline' },
};

export function speakerConfidence(p: Proposal): Confidence {
  if (p.speaker === null) return { level: 'unsure', reason: 'no speaker found' };
  return SPEAKER_REASONS[p.speakerVia ?? 'earlier'];
}

/** A time phrase that names its period outright: a year, a month, a date. */
const ABSOLUTE =
  /\b(?:1[89]|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b/i;

export function deadlineConfidence(p: Proposal): Confidence {
  if (p.deadlineFrom === 'election')
    return { level: 'unsure', reason: 'deadline inferred from the election day the article names' };
  if (p.deadlineFrom === 'season')
    return { level: 'unsure', reason: 'deadline inferred from the season the article is about' };
  if (p.deadlineFrom === 'headline')
    return { level: 'unsure', reason: 'deadline inferred from the period the headline names' };
  if (p.deadlineFrom === 'period')
    return { level: 'unsure', reason: 'deadline carried from the figure before it' };
  if (p.deadline === null) return { level: 'unsure', reason: 'no deadline found' };
  if (p.kind === 'present-state')
    return { level: 'unsure', reason: 'a remark on the present, dated on publication' };
  const time = p.highlights.find((h) => h.kind === 'time');
  if (!time) return { level: 'unsure', reason: 'deadline from a repeat of this forecast' };
  const phrase = p.sentence.slice(time.start, time.end);
  return ABSOLUTE.test(phrase)
    ? { level: 'sure', reason: `deadline from “${phrase}”` }
    : { level: 'unsure', reason: `deadline inferred from “${phrase}”` };
}

export function proposalConfidence(p: Proposal): ProposalConfidence {
  const speaker = speakerConfidence(p);
  const deadline = deadlineConfidence(p);
  return { speaker, deadline, unsure: speaker.level === 'unsure' || deadline.level === 'unsure' };
}

/** The proposals with the unsure ones first, each group in the text's order. */
export function unsureFirst(proposals: readonly Proposal[]): Proposal[] {
  const unsure: Proposal[] = [];
  const sure: Proposal[] = [];
  for (const p of proposals) (proposalConfidence(p).unsure ? unsure : sure).push(p);
  return [...unsure, ...sure];
}
