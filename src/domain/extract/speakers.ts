// Who said it: an attribution verb ("said", "told", "according to" …) and the speaker next to
// it. "He", "she", "they" and a bare surname resolve through a SpeakerBook to the last person
// quoted (news copy's "he said" points at the current speaker, not at any name just mentioned).
import { NOT_NAME_WORDS, findNames, isTitle, roleNear } from './names';
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
  /** The description is one person's ("the secretary-general of the WMO"): named nearby. */
  describes?: boolean;
}

const VERBS =
  'said|says|say|told|tells|warned|warns|warn|claims|claimed|wrote|writes|believes|believed|' +
  'added|adds|argued|argues|predicted|predicts|insisted|insists|asked|asks|noted|cautioned|' +
  'conceded|suggested|warning';
/**
 * Verbs that carry a forecast as well as say who makes it ("IDC forecast that …", "Pep
 * Guardiola expects …"). They attribute only with a subject that names someone or an unnamed
 * source: "we expect" inside a quotation is the quoted speaker's.
 */
const FORECASTING = 'expects|expect|forecast|forecasts|predicting|forecasting';
const ATTRIBUTION = new RegExp(`\\b(?:according to|${VERBS}|${FORECASTING})\\b`, 'gi');
const FORECASTING_VERB = new RegExp(`^(?:${FORECASTING})$`, 'i');
/** Verbs whose object is the listener, not the speaker: "told The Ride with JMV". */
const OBJECT_VERB = /^(?:told|tells|asked|asks|warned|warns|warn)$/i;
const PAST =
  /^(said|told|warned|claimed|wrote|believed|added|argued|predicted|insisted|noted|cautioned|conceded|suggested|forecast)$/i;
/** Unnamed sources a forecasting verb may have for subject: "analysts expect". */
const UNNAMED_SOURCE =
  /\b(?:analysts?|economists?|experts?|officials?|respondents|polls?|forecasters?|observers|investors|markets?|scientists?|specialists)$/i;
const PRONOUN = /^(he|she|they)$/i;
const BOUNDARY = /[,;:.!?\u201C\u201D\u2018"([\]\u2013\u2014]/;
// (?<!\s) starts a match only where a run of spaces starts: each run is read once, not once
// for every space in it.
const ADVERBS =
  /(?<!\s)\s+(?:rightly|also|previously|recently|later|once|has|have|had|is|are|was|were|then|now)$/i;

/** "the agency", "the research firm", "the report": the organisation last named. */
const ORG_REFERENCE =
  /^(?:the|its)\s+(?:[a-z]+\s+)?(?:agency|firm|company|bank|group|organi[sz]ation|report|cartel|body|institute|consultancy|outlook)$/i;
/** "Full Name (ACRONYM)": the acronym stands for the name from then on. */
const ACRONYM_AFTER = /^\s*\(([A-Z][A-Z&.]{1,7})\)/;

export class SpeakerBook {
  private readonly bySurname = new Map<string, string>();
  private readonly roles = new Map<string, string>();
  private readonly acronyms = new Map<string, string>();
  private readonly orgs = new Set<string>();
  private readonly heardOrgs = new Set<string>();
  /** The person most recently quoted: organisations are never "he" or "she". */
  current: string | null = null;
  /** The person most recently named, quoted or not: "she" before anyone is quoted. */
  private lastNamed: string | null = null;
  private lastOrg: string | null = null;

  /** Remember every name in the sentence, so a later bare surname can be resolved. */
  noteNames(sentence: string): void {
    for (const n of findNames(sentence)) {
      const acronym = ACRONYM_AFTER.exec(sentence.slice(n.end, n.end + 12))?.[1];
      if (acronym && !this.acronyms.has(acronym)) this.acronyms.set(acronym, n.name);
      if (n.org) {
        this.orgs.add(n.name);
        this.lastOrg = n.name;
        continue;
      }
      const surname = n.name.split(' ').pop() ?? n.name;
      this.lastNamed = n.name;
      if (!this.bySurname.has(surname)) this.bySurname.set(surname, n.name);
      const role = roleNear(sentence, n.start, n.end);
      if (role !== undefined && !this.roles.has(n.name)) this.roles.set(n.name, role);
    }
  }

  resolve(word: string): string | null {
    if (PRONOUN.test(word)) return this.current ?? this.lastNamed;
    if (ORG_REFERENCE.test(word)) return this.lastOrg;
    if (word.includes(' ')) return word;
    // An organisation's acronym ("WMO") or a one-word name ("Gartner") stands for itself.
    return this.bySurname.get(word) ?? this.acronyms.get(word) ?? word;
  }

  /** Whether a one-word name was met before: a surname, an acronym, a one-word organisation. */
  knows(word: string): boolean {
    return this.bySurname.has(word) || this.acronyms.has(word) || this.heardOrgs.has(word);
  }

  /** Who a resolved attribution names: people become "he" and "she", organisations "it". */
  heard(speaker: string): void {
    if (!speaker.includes(' ')) this.heardOrgs.add(speaker);
    if (this.isOrg(speaker)) this.lastOrg = speaker;
    else this.current = speaker;
  }

  isOrg(name: string): boolean {
    return (
      this.orgs.has(name) || [...this.acronyms.values()].includes(name) || /^[A-Z]{2,}$/.test(name)
    );
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
    const forecasting = FORECASTING_VERB.test(m[0]);
    const subject = according ? null : subjectBefore(sentence, verbStart, book);
    if (forecasting && !namesSomeone(subject)) continue;
    const after = OBJECT_VERB.test(m[0]) ? null : phraseAfter(sentence, verbEnd, book);
    const who: Who | null = subject ?? after;
    if (who === null) continue;
    const named =
      who.kind !== 'phrase' || ORG_REFERENCE.test(who.text) ? book.resolve(who.text) : null;
    // "The leading psephologist insisted": someone already quoted, described.
    const speaker =
      named ?? (describesSomeone(who.text) && /^the\s/i.test(who.text) ? book.current : null);
    if (speaker !== null) book.heard(speaker);
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
      describes: speaker === null && describesSomeone(who.text),
    });
  }
  return out;
}

/** Words that describe one person by their role: "a former ambassador to the U.S.". */
export function describesSomeone(text: string): boolean {
  if (!/^(?:the|a|an|someone|[\p{L}’'-]+['’]s)\s/iu.test(text)) return false;
  return text
    .split(/\s+/)
    .some((w) => isTitle(w.replace(/['’]s$/, '')) || /^(?:expert|pollster)$/i.test(w));
}

/** Whether a forecasting verb's subject says who forecasts: a name, "he", "analysts". */
function namesSomeone(subject: Who | null): boolean {
  if (subject === null) return false;
  if (subject.kind === 'name') return true;
  if (subject.kind === 'pronoun') return !/^they$/i.test(subject.text);
  const t = subject.text;
  return UNNAMED_SOURCE.test(t) || ORG_REFERENCE.test(t) || describesSomeone(t);
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
function subjectBefore(
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
  // An acronym in brackets is part of the subject: "European Central Bank (ECB) … member".
  const scan = sentence
    .slice(0, verbStart)
    .replace(/\([^()]{1,12}\)/g, (b) => ' '.repeat(b.length));
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
      const tail = step === 0 ? findNames(text).findLast((n) => !n.org) : undefined;
      if (tail && tail.end === text.length)
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

/** The speaker after the verb: "said Vladislav Inozemtsev (pictured)", "says a scientist". */
function phraseAfter(sentence: string, verbEnd: number, book: SpeakerBook): Who {
  const rest = sentence.slice(verbEnd, verbEnd + ATTRIBUTION_REACH);
  countWork(rest.length);
  const lead = rest.length - rest.trimStart().length;
  const m = /^[^,;:.!?()\u2013\u2014\u201C\u201D]*/.exec(rest.trimStart());
  const text = (m?.[0] ?? '').trim();
  return classifyWho(text, verbEnd + lead, book, false);
}

/** Where a speaker's own words end: "Gopinath | at the World Economic Forum". */
const HEAD_END = /\s+(?:at|in|on|of|for|from|during|after|before|with|to|as|via)\s/;

function classifyWho(text: string, start: number, book: SpeakerBook, initial: boolean): Who {
  const words = text.split(/\s+/);
  const lastWord = words[words.length - 1] ?? '';
  if (PRONOUN.test(lastWord) && words.length <= 2) {
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
  if (person) return asName(person);
  // A surname or a one-word organisation ("Gopinath at the World Economic Forum", "IDC"):
  // the words before any preposition.
  const head = text.split(HEAD_END)[0] ?? '';
  const headWords = head.split(/\s+/).filter(Boolean);
  // Words that end in a title describe someone: "European Central Bank governing council
  // member", "Nomura's chief UK economist".
  const described = isTitle(lastWord.replace(/['’]s$/, ''));
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
  if (surname && headWords.length <= 3 && !described) {
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
