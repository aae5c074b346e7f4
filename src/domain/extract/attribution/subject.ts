// The speaker next to an attribution verb: the subject before it (past asides and comma
// appositives) or the phrase after it, and where the reported words start and end. Each look
// reaches at most ATTRIBUTION_REACH characters from the verb, so a verb costs the same however
// long its sentence.
import { isSpace } from '../sentences/segment';
import { countWork } from '../work';
import { NOT_NAME_WORDS, findNames, isTitle } from './names';
import { publisherOf } from './org-names';
import { PRONOUN, type SpeakerBook } from './speaker-book';

const BOUNDARY = /[,;:.!?\u201C\u201D\u2018"([\]\u2013\u2014]/;
// (?<!\s) starts a match only where a run of spaces starts: each run is read once, not once
// for every space in it.
const ADVERBS =
  /(?<!\s)\s+(?:rightly|also|previously|recently|later|once|has|have|had|is|are|was|were|then|now|further|again|already|still|even|repeatedly)$/i;

export interface Who {
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
export function subjectBefore(
  sentence: string,
  verbStart: number,
  book: SpeakerBook,
): (Who & { from: number }) | null {
  const floor = Math.max(0, verbStart - ATTRIBUTION_REACH);
  countWork(verbStart - floor);
  let headEnd = skipSpacesBack(sentence, floor, verbStart);
  const aside = ASIDE.exec(sentence.slice(floor, headEnd));
  if (aside) headEnd = skipSpacesBack(sentence, floor, floor + aside.index);
  const adverb = ADVERBS.exec(sentence.slice(floor, headEnd));
  let end = adverb ? floor + adverb.index : headEnd;
  let first: (Who & { from: number }) | null = null;
  // An acronym in brackets is part of the subject: "European Central Bank (ECB) … member";
  // a dash typed as hyphens ("NEW YORK (CNNMoney) -- OPEC") ends a segment like a dash.
  const scan = sentence
    .slice(0, verbStart)
    .replace(/\([^()]{1,12}\)/g, (b) => ' '.repeat(b.length))
    .replace(/(?<=\s)-{1,2}(?=\s)/g, (d) => '\u2014'.repeat(d.length));
  for (let step = 0; step < 3; step += 1) {
    let start = end;
    while (start > floor && !BOUNDARY.test(scan[start - 1] ?? '')) start -= 1;
    if (start === floor && floor > 0) break;
    const raw = sentence.slice(start, end);
    const text = raw.trim();
    const from = start + raw.length - raw.trimStart().length;
    const count = text === '' ? 0 : text.split(/\s+/).length;
    if (count > (step === 0 ? 8 : 6)) {
      // A long clause may still end in its subject: "… but Saints quarterback Drew Brees told".
      const tail = step === 0 ? tailSpeaker(text) : undefined;
      if (tail)
        return {
          kind: 'name',
          text: tail.name,
          start: from + tail.start,
          end: from + tail.end,
          from: from + tail.start,
        };
      break;
    }
    if (count > 0) {
      const who = classifyWho(text, from, book, start === 0);
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

/** "with Gartner predicting": a one-word subject of an absolute clause. */
const WITH_SUBJECT = /\bwith\s+([A-Z][\p{L}-]+)$/u;

/**
 * The speaker a long clause ends in: a person ("… but Saints quarterback Drew Brees told"), an
 * organisation its unnamed staff speak for ("… analysts of the firm Capital Economics
 * believe"), or the subject of an absolute clause ("… this week with Gartner predicting").
 */
function tailSpeaker(text: string): { name: string; start: number; end: number } | undefined {
  const tail = findNames(text).at(-1);
  if (tail && tail.end === text.length) {
    if (!tail.org || STAFF_OF.test(text.slice(0, tail.start))) return tail;
    return undefined;
  }
  const w = WITH_SUBJECT.exec(text);
  if (!w?.[1] || NOT_NAME_WORDS.has(w[1])) return undefined;
  const start = text.length - w[1].length;
  return { name: w[1], start, end: text.length };
}

/** The speaker after the verb: "said Vladislav Inozemtsev (pictured)", "says a scientist". */
export function phraseAfter(sentence: string, verbEnd: number, book: SpeakerBook): Who {
  const rest = sentence.slice(verbEnd, verbEnd + ATTRIBUTION_REACH);
  countWork(rest.length);
  const lead = rest.length - rest.trimStart().length;
  const m = /^[^,;:.!?()\u2013\u2014\u201C\u201D]*/.exec(rest.trimStart());
  const text = (m?.[0] ?? '').trim();
  return classifyWho(text, verbEnd + lead, book, false);
}

/** Where a speaker's own words end: "Gopinath | at the World Economic Forum". */
const HEAD_END = /\s+(?:at|in|on|of|for|from|during|after|before|with|to|as|via)\s/;

/** Words that may stand before a pronoun subject in its clause. */
const LEADING =
  /^(?:even|though|although|because|as|since|while|whereas|if|and|but|so|yet|that|when|now|also|still)$/i;

/** Unnamed people (plural) who speak for the organisation named after them, up to it. */
const STAFF_OF =
  /\b(?:analysts|economists|researchers|experts|scientists|forecasters|strategists)\s+(?:of|at|from|with)\s[^,;]*$/i;

function classifyWho(text: string, start: number, book: SpeakerBook, initial: boolean): Who {
  const words = text.split(/\s+/);
  const lastWord = words[words.length - 1] ?? '';
  // "he", "and she", "even though he": a pronoun after conjunctions alone.
  if (PRONOUN.test(lastWord) && words.slice(0, -1).every((w) => LEADING.test(w))) {
    const at = start + text.lastIndexOf(lastWord);
    return { kind: 'pronoun', text: lastWord, start: at, end: at + lastWord.length };
  }
  const names = findNames(text);
  const person = names.findLast((n) => !n.org);
  const asName = (n: { name: string; start: number; end: number }): Who => ({
    kind: 'name',
    text: n.name,
    start: start + n.start,
    end: start + n.end,
  });
  if (person) {
    // Two people speaking together: "Colin Rallings and Michael Thrasher said".
    const before = names[names.indexOf(person) - 1];
    if (before && !before.org && /^\s*(?:and|&)\s*$/.test(text.slice(before.end, person.start)))
      return asName({ ...person, name: `${before.name} and ${person.name}`, start: before.start });
    return asName(person);
  }
  // A surname or a one-word organisation ("Gopinath at the World Economic Forum", "IDC"):
  // the words before any preposition.
  const head = text.split(HEAD_END)[0] ?? '';
  const headWords = head.split(/\s+/).filter(Boolean);
  // Words that end in a title describe someone: "European Central Bank governing council
  // member", "Nomura's chief UK economist".
  const described = isTitle(lastWord.replace(/['’]s$/, ''));
  // "The update, produced by the UK Met Office, shows": the publisher speaks.
  const publisher = names.at(-1);
  if (publisher?.org && publisher.end === text.length && publisherOf(text) !== null)
    return asName(publisher);
  // Unnamed people who speak for an organisation named after them: "analysts of the
  // consulting company Capital Economics" are Capital Economics.
  const last = names.at(-1);
  if (last?.org && last.end === text.length && STAFF_OF.test(text.slice(0, last.start)))
    return asName(last);
  const org = names.findLast((n) => n.org && n.end <= head.length);
  if (org && !described && !/^\p{Ll}/u.test(text)) return asName(org);
  // A surname or a one-word organisation ("Gopinath at the World Economic Forum", "IDC"): a
  // capitalised word that starts a sentence is one only when the text has named it before.
  const surname = headWords.findLast(
    (w, i) =>
      /^[A-Z][\p{L}-]+$/u.test(w) &&
      !NOT_NAME_WORDS.has(w) &&
      (book.knows(w) || /^[A-Z]{2,}$/.test(w) || !(initial && i === 0)),
  );
  const [a, and, b] = headWords.slice(-3);
  if (headWords.length === 3 && and === 'and' && a && b && book.knows(a) && book.knows(b)) {
    const at = text.indexOf(a);
    const end = text.indexOf(b, at + a.length) + b.length;
    return { kind: 'name', text: `${a} and ${b}`, start: start + at, end: start + end };
  }
  if (surname && headWords.length <= 3 && !described) {
    const at = start + text.indexOf(surname);
    return { kind: 'name', text: surname, start: at, end: at + surname.length };
  }
  return { kind: 'phrase', text, start, end: start + text.length };
}

export function boundaryBefore(sentence: string, at: number): number {
  const i = skipSpacesBack(sentence, Math.max(0, at - ATTRIBUTION_REACH), at);
  return i > 0 && /[,\u2013\u2014]/.test(sentence[i - 1] ?? '') ? i - 1 : at;
}

/** Past "that", a comma or a colon after an attribution: where the reported words begin. */
export function contentAfter(sentence: string, from: number): number {
  const rest = sentence.slice(from, from + ATTRIBUTION_REACH);
  countWork(rest.length);
  const that = /^[^.;\u201C\u201D\u2018]{0,80}?\bthat\b\s*/.exec(rest);
  if (that) return from + that[0].length;
  const punct = /^\s*[,:]\s*/.exec(rest);
  return punct ? from + punct[0].length : from;
}
