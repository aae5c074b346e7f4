// Who said it: an attribution verb ("said", "told", "according to" …) and the speaker next to
// it. "He", "she", "they" and a bare surname resolve through a SpeakerBook to the last person
// quoted (news copy's "he said" points at the current speaker, not at any name just mentioned).
import { NOT_NAME_WORDS, findNames, roleNear } from './names';
import { isSpace } from './segment';
import { countWork } from './work';

export interface Attribution {
  /** The attribution verb, offsets within the sentence. */
  verbStart: number;
  verbEnd: number;
  /** A past-tense verb ("said"): a "would" after it is a reported "will". */
  past: boolean;
  /** Where a trailing attribution (", he said") starts: cut the quote here. */
  cutAt: number;
  /** Where the reported words start after a leading one ("He said, …", "told X that …"). */
  contentFrom: number;
  speaker: string | null;
  speakerStart: number;
  speakerEnd: number;
  /** What the text calls an unnamed speaker ("a prominent political scientist"). */
  description?: string;
}

const VERBS =
  'said|says|say|told|tells|warned|warns|warn|claims|claimed|wrote|writes|believes|believed|' +
  'added|adds|argued|argues|predicted|predicts|insisted|insists|asked|asks';
const ATTRIBUTION = new RegExp(`\\b(?:according to|${VERBS})\\b`, 'gi');
const PAST = /^(said|told|warned|claimed|wrote|believed|added|argued|predicted|insisted)$/i;
const PRONOUN = /^(he|she|they)$/i;
const BOUNDARY = /[,;:.!?\u201C\u201D\u2018"([\]\u2013\u2014]/;
// (?<!\s) starts a match only where a run of spaces starts: each run is read once, not once
// for every space in it.
const ADVERBS = /(?<!\s)\s+(?:rightly|also|previously|recently|later|once|has|have|had|then|now)$/i;

export class SpeakerBook {
  private readonly bySurname = new Map<string, string>();
  private readonly roles = new Map<string, string>();
  /** The person most recently quoted. */
  current: string | null = null;
  /** The person most recently named, quoted or not: "she" before anyone is quoted. */
  private lastNamed: string | null = null;

  /** Remember every name in the sentence, so a later bare surname can be resolved. */
  noteNames(sentence: string): void {
    for (const n of findNames(sentence)) {
      const surname = n.name.split(' ').pop() ?? n.name;
      this.lastNamed = n.name;
      if (!this.bySurname.has(surname)) this.bySurname.set(surname, n.name);
      const role = roleNear(sentence, n.start, n.end);
      if (role !== undefined && !this.roles.has(n.name)) this.roles.set(n.name, role);
    }
  }

  resolve(word: string): string | null {
    if (PRONOUN.test(word)) return this.current ?? this.lastNamed;
    if (word.includes(' ')) return word;
    return this.bySurname.get(word) ?? null;
  }

  roleOf(name: string): string | undefined {
    return this.roles.get(name);
  }
}

/** Attributions in a sentence, resolving their speakers (and updating who is quoted). */
export function findAttributions(sentence: string, book: SpeakerBook): Attribution[] {
  const out: Attribution[] = [];
  for (const m of sentence.matchAll(ATTRIBUTION)) {
    const verbStart = m.index;
    const verbEnd = verbStart + m[0].length;
    const according = /^according to$/i.test(m[0]);
    const subject = according ? null : subjectBefore(sentence, verbStart);
    const who: Who = subject ?? phraseAfter(sentence, verbEnd);
    const speaker = who.kind === 'phrase' ? null : book.resolve(who.text);
    if (speaker !== null) book.current = speaker;
    out.push({
      verbStart,
      verbEnd,
      past: PAST.test(m[0]),
      cutAt: boundaryBefore(sentence, subject ? subject.from : verbStart),
      contentFrom: contentAfter(sentence, subject ? verbEnd : who.end),
      speaker,
      speakerStart: who.start,
      speakerEnd: who.end,
      ...(speaker === null && who.text !== '' ? { description: who.text } : {}),
    });
  }
  return out;
}

interface Who {
  kind: 'name' | 'pronoun' | 'phrase';
  text: string;
  start: number;
  end: number;
}

/**
 * How far from its verb attribution looks for the speaker, the subject's appositives and the
 * reported words. The longest reach in the labelled set, the shipped article and the e2e
 * article is 175 characters, before the verb ("Valery Solovey – a former professor at …
 * diplomats – said"); after it, 34. About twice the longest, so each verb costs the same
 * however long its sentence.
 */
export const ATTRIBUTION_REACH = 400;

const ASIDE = /(?:\([^()]*\)|[\u2013\u2014][^\u2013\u2014]*[\u2013\u2014])$/;

/** `end` moved back over the spaces before it, never below `floor`. */
function skipSpacesBack(sentence: string, floor: number, end: number): number {
  let i = end;
  while (i > floor && isSpace(sentence[i - 1])) i -= 1;
  return i;
}

/**
 * The subject just before a verb, skipping an aside ("Gallyamov – now a critic – said") and
 * comma appositives ("Marek Zielinski, the agency’s director, said"). `from` is where the whole
 * subject starts, so a trailing attribution is cut there. Reads ATTRIBUTION_REACH characters
 * back at most: a subject segment that runs past them is too long to be one.
 */
function subjectBefore(sentence: string, verbStart: number): (Who & { from: number }) | null {
  const floor = Math.max(0, verbStart - ATTRIBUTION_REACH);
  countWork(verbStart - floor);
  let headEnd = skipSpacesBack(sentence, floor, verbStart);
  const aside = ASIDE.exec(sentence.slice(floor, headEnd));
  if (aside) headEnd = skipSpacesBack(sentence, floor, floor + aside.index);
  const adverb = ADVERBS.exec(sentence.slice(floor, headEnd));
  let end = adverb ? floor + adverb.index : headEnd;
  let first: (Who & { from: number }) | null = null;
  for (let step = 0; step < 3; step += 1) {
    let start = end;
    while (start > floor && !BOUNDARY.test(sentence[start - 1] ?? '')) start -= 1;
    if (start === floor && floor > 0) break;
    const raw = sentence.slice(start, end);
    const text = raw.trim();
    const from = start + raw.length - raw.trimStart().length;
    const count = text === '' ? 0 : text.split(/\s+/).length;
    if (count > (step === 0 ? 8 : 6)) break;
    if (count > 0) {
      const who = classifyWho(text, from);
      // Past the first segment, only a name right before the comma is the speaker.
      const adjacent = step === 0 || who.end === from + text.length;
      if (who.kind !== 'phrase' && adjacent) return { ...who, from: first?.from ?? from };
      if (step === 0) first = { ...who, from };
    }
    if (sentence[start - 1] !== ',') break;
    end = start - 1;
  }
  return first;
}

/** The speaker after the verb: "said Vladislav Inozemtsev (pictured)", "says a scientist". */
function phraseAfter(sentence: string, verbEnd: number): Who {
  const rest = sentence.slice(verbEnd, verbEnd + ATTRIBUTION_REACH);
  countWork(rest.length);
  const lead = rest.length - rest.trimStart().length;
  const m = /^[^,;:.!?()\u2013\u2014\u201C\u201D]*/.exec(rest.trimStart());
  const text = (m?.[0] ?? '').trim();
  return classifyWho(text, verbEnd + lead);
}

function classifyWho(text: string, start: number): Who {
  const words = text.split(/\s+/);
  const lastWord = words[words.length - 1] ?? '';
  if (PRONOUN.test(lastWord) && words.length <= 2) {
    const at = start + text.lastIndexOf(lastWord);
    return { kind: 'pronoun', text: lastWord, start: at, end: at + lastWord.length };
  }
  const names = findNames(text);
  const name = names[names.length - 1];
  if (name)
    return { kind: 'name', text: name.name, start: start + name.start, end: start + name.end };
  const surname = words.find((w) => /^[A-Z][\p{L}-]+$/u.test(w) && !NOT_NAME_WORDS.has(w));
  if (surname && words.length <= 3) {
    const at = start + text.indexOf(surname);
    return { kind: 'name', text: surname, start: at, end: at + surname.length };
  }
  return { kind: 'phrase', text, start, end: start + text.length };
}

function boundaryBefore(sentence: string, at: number): number {
  const i = skipSpacesBack(sentence, Math.max(0, at - ATTRIBUTION_REACH), at);
  return i > 0 && /[,\u2013\u2014]/.test(sentence[i - 1] ?? '') ? i - 1 : at;
}

/** Past "that", a comma or a colon after an attribution: where the reported words begin. */
function contentAfter(sentence: string, from: number): number {
  const rest = sentence.slice(from, from + ATTRIBUTION_REACH);
  countWork(rest.length);
  const that = /^[^.;\u201C\u201D\u2018]{0,80}?\bthat\b\s*/.exec(rest);
  if (that) return from + that[0].length;
  const punct = /^\s*[,:]\s*/.exec(rest);
  return punct ? from + punct[0].length : from;
}
