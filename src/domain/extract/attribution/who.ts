// What the words next to an attribution verb are: a name (a person, two people, an
// organisation, a surname), a pronoun, or a phrase that only describes someone ("the
// research firm", "a senior economist at …"), which speakers.ts and the speaker book resolve.
import { NOT_NAME_WORDS, findNames, isTitle } from '../names/names';
import { namesNoSpeaker } from '../names/not-speakers';
import { publisherOf } from '../names/org-names';
import { PRONOUN, type SpeakerBook } from './speaker-book';

export interface Who {
  kind: 'name' | 'pronoun' | 'phrase';
  text: string;
  start: number;
  end: number;
  /** The name is an organisation's, told by its staff: "Goldman Sachs analysts". */
  org?: boolean;
}

/** Between two people speaking together: "and", and perhaps the second's title. */
const PAIR_GAP = /^\s*(?:and|&)\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;

/** Staff who speak for the organisation named just before them. */
const AFFILIATION = /^\s+(?:of|at|from)\s+(?:the\s+)?$/i;
const STAFF = /^\s+(?:analysts|economists|strategists|researchers|forecasters|experts)$/;

/** "with Gartner predicting": a one-word subject of an absolute clause. */
const WITH_SUBJECT = /\bwith\s+([A-Z][\p{L}-]+)$/u;

/**
 * The speaker a long clause ends in: a person ("… but Saints quarterback Drew Brees told"), an
 * organisation its unnamed staff speak for ("… analysts of the firm Capital Economics
 * believe"), or the subject of an absolute clause ("… this week with Gartner predicting").
 */
export function tailSpeaker(
  text: string,
  first: boolean,
): { name: string; start: number; end: number } | undefined {
  const names = findNames(text);
  const tail = names.at(-1);
  if (tail && tail.end === text.length) {
    // Two people speaking together: "… Philip Rush and Michael Lee, of X, expect".
    const before = names.at(-2);
    if (!tail.org && before && !before.org && PAIR_GAP.test(text.slice(before.end, tail.start)))
      return { name: `${before.name} and ${tail.name}`, start: before.start, end: tail.end };
    if (!first) return undefined;
    if (!tail.org || STAFF_OF.test(text.slice(0, tail.start))) return tail;
    return undefined;
  }
  if (!first) return undefined;
  const w = WITH_SUBJECT.exec(text);
  if (!w?.[1] || NOT_NAME_WORDS.has(w[1])) return undefined;
  const start = text.length - w[1].length;
  return { name: w[1], start, end: text.length };
}

/** Where a speaker's own words end: "Gopinath | at the World Economic Forum". */
const HEAD_END = /\s+(?:at|in|on|of|for|from|during|after|before|with|to|as|via)\s/g;

/** Where the head ends: at the first HEAD_END outside a name ("the Bank of England | at …"). */
function headEnd(text: string, names: readonly { start: number; end: number }[]): number {
  for (const m of text.matchAll(HEAD_END))
    if (!names.some((n) => n.start <= m.index && m.index < n.end)) return m.index;
  return text.length;
}

/** A prepositional phrase, never a subject: "of Nordbank", "In Washington", "After the war". */
const PREPOSITION =
  /^(?:of|at|from|with|for|in|on|by|after|before|during|since|until|amid|despite|following|under|across|throughout|ahead\s+of|speaking\s+(?:at|to|on|in))\s/i;

/** Unnamed staff after an organisation's one-word name: "Gartner analysts" speak for it. */
const HEAD_STAFF =
  /^(?:analysts|economists|strategists|researchers|forecasters|experts|officials|scientists)$/;

/**
 * Capitalised common nouns that open a sentence as its whole subject ("Analysts expect"): any
 * other lone capitalised word there is a name ("Nomura said").
 */
const COMMON_SUBJECT =
  /^(?:Analysts|Economists|Experts|Officials|Observers|Diplomats|Sources|Investors|Traders|Scientists|Forecasters|Strategists|Researchers|Polls|Surveys|Markets|Critics|Voters|Fans|Police|Authorities|Doctors|Campaigners|Activists|Residents|Everyone|Nobody|Someone|Insiders|Reports|Estimates|Forecasts|Projections|Data|Figures)$/;

/** Words that may stand before a pronoun subject in its clause. */
const LEADING =
  /^(?:even|though|although|because|as|since|while|whereas|if|and|but|so|yet|that|when|now|also|still)$/i;

/** Unnamed people (plural) who speak for the organisation named after them, up to it. */
const STAFF_OF =
  /\b(?:analysts|economists|researchers|experts|scientists|forecasters|strategists)\s+(?:of|at|from|with)\s[^,;]*$/i;

/** … and one named in a word: "economists at JPMorgan". */
const STAFF_OF_ONE =
  /\b(?:analysts|economists|researchers|experts|scientists|forecasters|strategists)\s+(?:of|at|from|with)\s+(?:the\s+)?(\p{L}[\p{L}&-]+)$/iu;

export function classifyWho(text: string, start: number, book: SpeakerBook, initial: boolean): Who {
  const words = text.split(/\s+/);
  const lastWord = words[words.length - 1] ?? '';
  // "he", "and she", "even though he": a pronoun after conjunctions alone.
  if (PRONOUN.test(lastWord) && words.slice(0, -1).every((w) => LEADING.test(w))) {
    const at = start + text.lastIndexOf(lastWord);
    return { kind: 'pronoun', text: lastWord, start: at, end: at + lastWord.length };
  }
  // "with IDC forecasting …": the subject of an absolute clause follows "with".
  const absolute = /^with\s+(?=\p{Lu})/iu.exec(text);
  if (absolute) {
    const rest = text.slice(absolute[0].length);
    return classifyWho(rest, start + absolute[0].length, book, false);
  }
  // "of Nordbank", "at the agency": a prepositional phrase set off by commas is no subject.
  // So is one that opens a sentence: "In Washington, the president said", "At the summit, …".
  if (PREPOSITION.test(text)) return { kind: 'phrase', text, start, end: start + text.length };
  const names = findNames(text);
  // A description ("senior economist at Cambridge Econometrics", "a friend of Ana Ruiz") is
  // headed by its first words: a name after its preposition is not the speaker.
  const headLength = /^\p{Ll}/u.test(text) ? headEnd(text, names) : text.length;
  // Places and events ("the Middle East", "the World Cup") name no one who speaks.
  // "Ivo Marek of Tarnwell Sachs": a name right after another's "of" or "at" is where the
  // first works, not who speaks.
  const person = names.findLast(
    (n, i) =>
      !n.org &&
      n.end <= headLength &&
      !namesNoSpeaker(n.name, book.knows(n.name)) &&
      !(i > 0 && AFFILIATION.test(text.slice(names[i - 1]!.end, n.start))),
  );
  const asName = (n: { name: string; start: number; end: number }): Who => ({
    kind: 'name',
    text: n.name,
    start: start + n.start,
    end: start + n.end,
  });
  if (person) {
    // Two people speaking together: "Colin Rallings and Michael Thrasher said".
    const before = names[names.indexOf(person) - 1];
    if (before && !before.org && PAIR_GAP.test(text.slice(before.end, person.start)))
      return asName({ ...person, name: `${before.name} and ${person.name}`, start: before.start });
    if (STAFF.test(text.slice(person.end))) return { ...asName(person), org: true };
    return asName(person);
  }
  // A surname or a one-word organisation ("Gopinath at the World Economic Forum", "IDC"):
  // the words before any preposition.
  const head = text.slice(0, headEnd(text, names));
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
  const staffOf = STAFF_OF_ONE.exec(text);
  if (staffOf?.[1] && /^\p{Lu}/u.test(staffOf[1]) && !NOT_NAME_WORDS.has(staffOf[1])) {
    const at = text.length - staffOf[1].length;
    return {
      kind: 'name',
      text: staffOf[1],
      start: start + at,
      end: start + text.length,
      org: true,
    };
  }
  const org = names.findLast((n) => n.org && n.end <= head.length);
  // "the Bank of England", not "the bank's chief economist".
  if (org && !described && !/^\p{Ll}/u.test(text.replace(/^the\s+/, ''))) return asName(org);
  // A surname or a one-word organisation ("Gopinath at the World Economic Forum", "IDC"): a
  // capitalised word that starts a sentence is one only when the text has named it before.
  // It heads the subject: only unnamed staff may follow it ("Gartner analysts", not "the
  // Gulf states"), and a lone word may be a possessive name ("Moody's said").
  const surname = headWords.findLast(
    (w, i) =>
      (/^[A-Z][\p{L}-]+$/u.test(w) ||
        (headWords.length === 1 && /^[A-Z][\p{L}-]+['’]s$/u.test(w))) &&
      !NOT_NAME_WORDS.has(w) &&
      headWords.slice(i + 1).every((x) => HEAD_STAFF.test(x)) &&
      !namesNoSpeaker(capitalsUpTo(headWords, i), book.knows(w)) &&
      (book.knows(w) ||
        /^[A-Z]{2,}$/.test(w) ||
        (headWords.length === 1 && book.seenInside(w)) ||
        !(initial && i === 0) ||
        (headWords.length === 1 && !COMMON_SUBJECT.test(w) && !/[^'’s]s$/.test(w))),
  );
  // "the Spaniard", "the Briton": a description of someone named before, not a surname.
  if (
    headWords.length === 2 &&
    /^the$/i.test(headWords[0] ?? '') &&
    !book.knows(headWords[1] ?? '') &&
    !/^[A-Z]{2,}$/.test(headWords[1] ?? '')
  )
    return { kind: 'phrase', text, start, end: start + text.length };
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

/** The capitalised words that end at headWords[i]: "Wall Street" for "Street". */
function capitalsUpTo(headWords: readonly string[], i: number): string {
  let from = i;
  while (from > 0 && /^\p{Lu}/u.test(headWords[from - 1] ?? '')) from -= 1;
  return headWords.slice(from, i + 1).join(' ');
}
