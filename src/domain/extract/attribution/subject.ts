// The speaker next to an attribution verb: the subject before it (past asides and comma
// appositives) or the phrase after it, and where the reported words start and end. Each look
// reaches at most ATTRIBUTION_REACH characters from the verb, so a verb costs the same however
// long its sentence.
import { isSpace } from '../sentences/segment';
import { countWork } from '../work';
import { findNames } from '../names/names';
import type { SpeakerBook } from './speaker-book';
import { classifyWho, tailSpeaker, type Who } from './who';

export type { Who } from './who';

const BOUNDARY = /[,;:.!?\u201C\u201D\u2018"([\]\u2013\u2014]/;
// (?<!\s) starts a match only where a run of spaces starts: each run is read once, not once
// for every space in it.
const ADVERBS =
  /(?<!\s)(?:\s+(?:rightly|also|previously|recently|later|once|has|have|had|is|are|was|were|been|long|then|now|further|again|already|still|even|repeatedly))+$/i;
/** A manner adverb between subject and verb: "polls overwhelmingly predict" (lower case only). */
const LY_ADVERB = /(?<!\s)\s+[a-z]+ly$/;

/**
 * How far from its verb attribution looks for the speaker, the subject's appositives and the
 * reported words. The longest reach in the labelled set, the shipped article and the e2e
 * article is 175 characters, before the verb ("Valery Solovey – a former professor at …
 * diplomats – said"); after it, 34. About twice the longest, so each verb costs the same
 * however long its sentence.
 */
export const ATTRIBUTION_REACH = 400;

const RELATIVE = /^(?:who|which)\s/i;
/** Unnamed people, the subject on their own: "officials", "Western diplomats", "some analysts". */
const UNNAMED_PLURAL =
  /^(?:[\p{L}-]+\s+){0,2}(?:analysts|economists|experts|officials|observers|diplomats|sources|investors|traders|scientists|forecasters|strategists|people)$/iu;
/** The full stop of an abbreviation or initial, which ends no segment: "St. Olaf", "Lt. Gen.". */
const ABBREVIATION_STOP =
  /(?<=\b(?:St|Mt|Dr|Mr|Mrs|Ms|Co|Inc|Ltd|Corp|Jr|Sr|Lt|Gen|Col|Gov|Sen|Rep|[A-Z]))\./g;

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
  const head = sentence.slice(floor, headEnd);
  const adverb = ADVERBS.exec(head) ?? LY_ADVERB.exec(head);
  let end = adverb ? floor + adverb.index : headEnd;
  let first: (Who & { from: number }) | null = null;
  // An acronym in brackets is part of the subject: "European Central Bank (ECB) … member";
  // a dash typed as hyphens ("NEW YORK (CNNMoney) -- OPEC") ends a segment like a dash, and
  // an abbreviation's full stop none.
  const scan = sentence
    .slice(0, verbStart)
    .replace(/\([^()]{1,12}\)/g, (b) => ' '.repeat(b.length))
    .replace(/(?<=\s)-{1,2}(?=\s)/g, (d) => '\u2014'.repeat(d.length))
    .replace(ABBREVIATION_STOP, ' ');
  // The first segment with words: after an apposition's closing comma ("Name, chief economic
  // adviser at the EY ITEM Club, expects") the apposition is the first.
  let lead = 0;
  for (let step = 0; step < 3; step += 1) {
    let start = end;
    while (start > floor && !BOUNDARY.test(scan[start - 1] ?? '')) start -= 1;
    if (start === floor && floor > 0) break;
    const raw = sentence.slice(start, end);
    const text = raw.trim();
    const from = start + raw.length - raw.trimStart().length;
    const count = text === '' ? 0 : text.split(/\s+/).length;
    // An empty segment, or a relative clause ("Name, who was ambassador from 2015 to 2019,
    // warned"): the subject is before it.
    if ((count === 0 || RELATIVE.test(text)) && step === lead && sentence[start - 1] === ',') {
      lead += 1;
      end = start - 1;
      continue;
    }
    if (count > (step === lead ? 8 : 6)) {
      // A long clause may still end in its subject: "… but Saints quarterback Drew Brees told".
      const tail = tailSpeaker(text, step === 0);
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
      const classified = classifyWho(text, from, book, start === 0);
      const who: Who = placeOfOrg(sentence, start, classified, book)
        ? { ...classified, kind: 'phrase' }
        : classified;
      // Past the first segment, only a name right before the comma is the speaker.
      const adjacent = step === 0 || who.end === from + text.length;
      if (who.kind !== 'phrase' && adjacent) return { ...who, from: first?.from ?? from };
      if (step === lead) first = { ...who, from };
      // "At the summit, officials warned": unnamed people are the whole subject.
      if (step === lead && UNNAMED_PLURAL.test(text)) break;
    }
    if (sentence[start - 1] !== ',') break;
    end = start - 1;
  }
  return first;
}

/**
 * "Nuffield College, Oxford, said": a lone word the text has not named before, right after an
 * organisation and a comma, is where the organisation is, not who speaks.
 */
function placeOfOrg(sentence: string, start: number, who: Who, book: SpeakerBook): boolean {
  if (who.kind !== 'name' || who.text.includes(' ') || book.knows(who.text)) return false;
  if (sentence[start - 1] !== ',') return false;
  const before = sentence.slice(Math.max(0, start - 61), start - 1);
  const last = findNames(before).at(-1);
  return last !== undefined && last.org && last.end === before.length;
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

export function boundaryBefore(sentence: string, at: number): number {
  let i = skipSpacesBack(sentence, Math.max(0, at - ATTRIBUTION_REACH), at);
  // A comma inside the closing quotation mark: "…in 2026,” Helena Strand said".
  if (i > 1 && /[\u201D\u2019"']/.test(sentence[i - 1] ?? '') && sentence[i - 2] === ',') i -= 1;
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
