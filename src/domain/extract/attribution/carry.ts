// The speaker of a sentence that has no attribution of its own, from its neighbours in the
// paragraph (issue 17). News copy attributes a quotation once: "“A. B,” she said." gives
// both sentences to her, and "She said A. “B.”" does too. The writer's own sentences (no
// quotation marks) carry only a speaker attributed earlier in the same paragraph ("Ma said
// A. Non-human CEOs will B."), or the one quoted just before when they report speech in the
// past ("would", "could": "Such a coup would involve his guards."); otherwise they are the
// writer's. An unnamed source ("some officials said") carries as nobody.
import { FIRST_PERSON } from '../propose';
import type { QuoteSpan } from '../sentences/quotes';
import type { Span } from '../sentences/segment';
import type { Attribution, SpeakerVia } from './speakers';
import type { SpeakerBook } from './speaker-book';

export interface Carried {
  speaker: string | null;
  via: SpeakerVia;
}

/** What is known of each sentence of a paragraph, in order. */
export interface SentenceSpeech {
  attributions: readonly Attribution[];
  /** In quotation marks, or words in the first person: someone's own words. */
  quoted: boolean;
  /** Backshifted ("would", "could", "might"): reported speech, if anyone was speaking. */
  reported: boolean;
}

const named = (found: readonly Attribution[]): Attribution | undefined =>
  found.find((a) => a.speaker !== null);

/**
 * An attribution a sentence's speaker comes from: one that names someone, or, outside
 * quotation marks, an unnamed source. Inside them "as officials say" is the speaker's aside.
 */
function counts(s: SentenceSpeech): boolean {
  return s.attributions.length > 0 && (!s.quoted || named(s.attributions) !== undefined);
}

/**
 * Each sentence's speaker. `before` is who was quoted when the paragraph began, and `speech`
 * whether the paragraph before it was someone's words. Reads the paragraph twice: backwards
 * for the attribution that ends each run of quoted sentences, forwards for the last one
 * before each sentence.
 */
export function carrySpeakers(
  sentences: readonly SentenceSpeech[],
  before: string | null,
  speech: boolean,
): Carried[] {
  const n = sentences.length;
  const ahead: (string | null | undefined)[] = new Array<string | null | undefined>(n);
  let next: string | null | undefined;
  for (let i = n - 1; i >= 0; i -= 1) {
    const s = sentences[i]!;
    if (!s.quoted) next = undefined;
    else if (counts(s)) next = named(s.attributions)?.speaker ?? null;
    ahead[i] = next;
  }
  const out: Carried[] = [];
  let last: { speaker: string | null } | undefined;
  for (let i = 0; i < n; i += 1) {
    const s = sentences[i]!;
    if (counts(s)) {
      const a = named(s.attributions);
      out.push(a ? { speaker: a.speaker, via: a.via } : { speaker: null, via: 'earlier' });
      last = { speaker: s.attributions.at(-1)?.speaker ?? null };
      continue;
    }
    const forward = s.quoted ? ahead[i] : undefined;
    let speaker: string | null;
    if (forward !== undefined) speaker = forward;
    else if (last) speaker = last.speaker;
    else speaker = s.quoted || (s.reported && speech) ? before : null;
    out.push({ speaker, via: 'earlier' });
  }
  return out;
}

/** A closing quotation mark without its opening one: the end of a quotation begun earlier. */
const STRAY_CLOSE = /\u201D|[.,!?\u2026][\u2019']/;
const BACKSHIFT = /\b(?:would|could|might)\b/i;

/**
 * How the paragraph before ended: inside a quotation it left open (this one's words are in it
 * up to its first quotation mark), with quotation marks in it, or without.
 */
export type Before = 'open' | 'quoted' | 'plain';

/**
 * What carrySpeakers needs of a paragraph's sentences. Words in the first person without
 * marks are someone's own after a quotation ("As for the army, I am sure …"), and otherwise
 * the writer's.
 */
export function speechOf(
  sents: readonly Span[],
  attributions: readonly (readonly Attribution[])[],
  quotes: readonly (readonly QuoteSpan[])[],
  before: Before,
): SentenceSpeech[] {
  let open = before === 'open';
  let quoting = before !== 'plain';
  return sents.map((s, i) => {
    const marks = (quotes[i]?.length ?? 0) > 0 || STRAY_CLOSE.test(s.text);
    quoting ||= marks;
    const quoted = marks || open || (quoting && FIRST_PERSON.test(s.text));
    if (marks) open = false;
    return { attributions: attributions[i] ?? [], quoted, reported: BACKSHIFT.test(s.text) };
  });
}

/** How a paragraph ends, for the next (see Before). */
export function endOf(par: Span, quotes: readonly QuoteSpan[]): Before {
  const last = quotes.at(-1);
  if (last !== undefined && last.innerEnd === par.end && !/[\u201D"\u2019']$/.test(par.text))
    return 'open';
  return last !== undefined || STRAY_CLOSE.test(par.text) ? 'quoted' : 'plain';
}

/** The writer's passive of expectation: "shipments are expected to exceed …". */
const PASSIVE_EXPECTATION =
  /\b(?:is|are|was|were|be)\s+(?:now\s+|also\s+)?(?:expected|forecast|predicted|projected|estimated|seen)\s+to\b/i;
const QUOTE_MARK = /["“”‘’]/;

/**
 * A writer's passive expectation outside quotation marks, carried from a person who speaks for
 * an organisation ("Ishan Dutt, a Canalys analyst, said … . Shipments are expected to exceed
 * …"), is the organisation's forecast, not that person's words: it goes to the organisation
 * the person's role names, when the text has named it as one.
 */
export function creditInstitution(
  p: {
    speaker: string | null;
    speakerRole?: string;
    speakerVia?: SpeakerVia;
    quote: string;
    sentence: string;
  },
  book: SpeakerBook,
): void {
  if (p.speakerVia !== 'earlier' || p.speaker === null || p.speakerRole === undefined) return;
  if (QUOTE_MARK.test(p.sentence) || !PASSIVE_EXPECTATION.test(p.quote)) return;
  const org = book.orgIn(p.speakerRole);
  if (org === null) return;
  p.speaker = org;
  delete p.speakerRole;
}
