// Who the text has named so far: surnames, acronyms, organisations, roles, and who is being
// quoted. "He", "she", "they", a bare surname and "the agency" resolve through it.
import { genderOf, pronounGender, type Gender } from '../names/gender';
import { BEFORE_COMMA, HONORIFIC, findNames } from '../names/names';
import { namesNoSpeaker } from '../names/not-speakers';
import { roleAfter, roleNear } from '../names/roles';
import { OrgBook } from './org-book';
import {
  ACRONYM_AFTER,
  ACRONYM_BEFORE,
  ORG_REFERENCE,
  publisherOf,
  shortNames,
} from '../names/org-names';

export const PRONOUN = /^(he|she|they)$/i;
/** "The pair", "the duo", "both men": the two people last quoted together. */
export const PAIR_REFERENCE =
  /^(?:the|both)\s+(?:[\p{L}-]+\s+)?(?:pair|duo|two|couple|men|women)$/iu;

/** How many recent people a gendered pronoun may look back over. */
const RECENT_PEOPLE = 6;

/** A capitalised word after a lower-case word or a comma: not capitalised for starting. */
const PROPER_INSIDE = /(?<=[\p{Ll},]\s{1,3})\p{Lu}[\p{Ll}-]+\b/gu;

export class SpeakerBook {
  private readonly bySurname = new Map<string, string>();
  private readonly roles = new Map<string, string>();
  private readonly orgs = new OrgBook();
  /** Capitalised words met inside a sentence, after a lower-case word: proper nouns. */
  private readonly proper = new Set<string>();
  /** The person most recently quoted: organisations are never "he" or "she". */
  current: string | null = null;
  /** The person most recently named, quoted or not: "she" before anyone is quoted. */
  private lastNamed: string | null = null;
  private lastHeardOrg = false;
  private lastPair: string | null = null;
  /** Sentences read; when lastNamed was named as a subject, and when current was quoted. */
  private sentences = 0;
  private subjectAt = -1;
  private heardAt = -1;
  /** People named or quoted, most recent first (a few): "she" may skip a man quoted last. */
  private recent: string[] = [];
  private readonly genders = new Map<string, Gender>();

  /** Remember every name in the sentence, so a later bare surname can be resolved. */
  noteNames(sentence: string): void {
    this.sentences += 1;
    for (const m of sentence.matchAll(PROPER_INSIDE)) this.proper.add(m[0]);
    let subject = true;
    let floor = 0;
    for (const found of findNames(sentence)) {
      const n = { ...found, name: this.known(found.name) };
      const acronym =
        ACRONYM_AFTER.exec(sentence.slice(n.end, n.end + 12))?.[1] ??
        ACRONYM_BEFORE.exec(sentence.slice(Math.max(0, n.start - 12), n.start))?.[1];
      if (acronym) this.orgs.abbreviate(acronym, n.name);
      // A place or an event ("the Middle East", "the World Cup") is no one to quote.
      if (!n.org && namesNoSpeaker(n.name, this.bySurname.has(n.name.split(' ').at(-1) ?? ''))) {
        subject = false;
        continue;
      }
      if (n.org) {
        for (const short of shortNames(n.name)) this.orgs.abbreviate(short, n.name);
        this.orgs.add(n.name);
        continue;
      }
      // "He" in the next sentence is most likely its subject, named first: "Chaly signs a
      // book honouring Shimon Peres. He warned …" is Chaly.
      if (subject) {
        this.lastNamed = n.name;
        // Named as the sentence's subject: a few words, no clause, before it.
        const lead = sentence.slice(0, n.start);
        this.subjectAt = /[,“”"]/.test(lead) || lead.split(/\s+/).length > 7 ? -1 : this.sentences;
      }
      subject = false;
      this.remember(n.name);
      const gender = genderOf(n.name, sentence, n.start);
      if (gender && !this.genders.has(n.name)) this.genders.set(n.name, gender);
      // Any word after the first may be the one a later mention keeps: "Villeroy" and
      // "Galhau" both stand for "Francois Villeroy de Galhau".
      for (const surname of n.name.split(' ').slice(1))
        if (/^\p{Lu}/u.test(surname) && !this.bySurname.has(surname))
          this.bySurname.set(surname, n.name);
      // "Keir Starmer and Chancellor Rachel Reeves": the second's title starts after "and".
      const coordinated = /^\s*(?:and|&)\s/.test(sentence.slice(floor, n.start)) ? floor : 0;
      const role = roleNear(sentence, n.start, n.end, coordinated);
      if (role !== undefined && !this.roles.has(n.name)) this.roles.set(n.name, role);
      floor = n.end;
    }
    this.noteAppositions(sentence);
  }

  /**
   * "Mr. Crocker, a retired career ambassador,": an apposition to a later mention gives the
   * role a bare title ("Ambassador Ryan Crocker") or nothing did not.
   */
  private noteAppositions(sentence: string): void {
    for (const m of sentence.matchAll(BEFORE_COMMA)) {
      const full = this.bySurname.get(m[0]);
      if (full === undefined || this.roles.get(full)?.includes(' ')) continue;
      const role = roleAfter(sentence, m.index + m[0].length);
      if (role !== undefined) this.roles.set(full, role);
    }
  }

  resolve(word: string): string | null {
    if (PRONOUN.test(word)) return this.byPronoun(word);
    if (ORG_REFERENCE.test(word)) return this.orgs.fitting(word);
    if (PAIR_REFERENCE.test(word)) return this.lastPair;
    // "The new forecast from OPEC": its publisher.
    const publisher = publisherOf(word);
    if (publisher !== null) return this.resolve(publisher);
    // "Rallings and Thrasher": each surname resolved, the pair speaks together.
    const pair = / and /.exec(word);
    if (pair)
      return `${this.resolve(word.slice(0, pair.index)) ?? ''} and ${this.resolve(word.slice(pair.index + 5)) ?? ''}`;
    if (word.includes(' ')) return this.known(word);
    // An organisation's acronym ("WMO") or a one-word name ("Gartner") stands for itself.
    return this.bySurname.get(word) ?? this.orgs.expand(word) ?? word;
  }

  /**
   * The person quoted last, unless the pronoun's gender is known not to be theirs: then the
   * most recent person it can be ("she said" after a man was quoted goes to the woman named
   * before him).
   */
  private byPronoun(word: string): string | null {
    // "They" are two people quoted together, or else an unnamed group ("analysts … They say").
    if (/^they$/i.test(word)) return this.current?.includes(' and ') ? this.current : null;
    // A person introduced as the subject of a sentence since the last quotation: "Jamie
    // Carragher disagrees. Writing in the Telegraph, he predicted …".
    const introduced = this.subjectAt > this.heardAt ? this.lastNamed : null;
    const fallback = introduced ?? this.current ?? this.lastNamed;
    const want = pronounGender(word);
    if (want === null || fallback === null) return fallback;
    const fits = (name: string): boolean => (this.genders.get(name) ?? want) === want;
    if (fits(fallback)) return fallback;
    return this.recent.find((name) => this.genders.get(name) === want) ?? fallback;
  }

  /**
   * A run of capitalised words that ends in a person already named is that person: "the
   * United States Valeriy Chaly" after "Valeriy Chaly".
   */
  private known(name: string): string {
    const words = name.split(' ');
    const full = this.bySurname.get(words.at(-1) ?? '');
    if (full === undefined || full === name) return name;
    // "Lord Harrow" after "John Harrow": a title and the surname are the full name given first.
    if (words.length > 1 && words.slice(0, -1).every((w) => HONORIFIC.test(w))) return full;
    if (!name.endsWith(` ${full}`)) return name;
    return full;
  }

  /**
   * The person a definite description fits ("Alibaba's chairman", "the Ukrainian diplomat"):
   * among the few named last, one whose role holds its title and any name it gives.
   */
  byRole(description: string): string | null {
    const words = description.replace(/['’]s\b/g, '').split(/\s+/);
    const title = (words.at(-1) ?? '').toLowerCase().replace(/[^\p{L}-]/gu, '');
    const names = words.filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An)$/.test(w));
    const fits = (person: string): boolean => {
      const role = this.roles.get(person)?.toLowerCase();
      if (role === undefined || title === '' || !new RegExp(`\\b${title}\\b`).test(role))
        return false;
      return names.every((n) => role.includes(n.toLowerCase()));
    };
    return this.recent.find(fits) ?? null;
  }

  private remember(name: string): void {
    this.recent = [name, ...this.recent.filter((n) => n !== name)].slice(0, RECENT_PEOPLE);
  }

  /** Whether the last speaker heard was an organisation, not a person. */
  get orgSpokeLast(): boolean {
    return this.lastHeardOrg;
  }

  /** The organisation last named or heard. */
  get organisation(): string | null {
    return this.orgs.latest;
  }

  /**
   * Whether a capitalised word was met inside a sentence ("a Canalys analyst"): a proper noun,
   * so "Canalys expects" at the start of a later sentence names someone, for all it ends in s.
   */
  seenInside(word: string): boolean {
    return this.proper.has(word);
  }

  /** Whether a one-word name was met before: a surname, an acronym, a one-word organisation. */
  knows(word: string): boolean {
    return this.bySurname.has(word) || this.orgs.knows(word);
  }

  /** Who a resolved attribution names: people become "he" and "she", organisations "it". */
  heard(speaker: string): void {
    const oneWord = !speaker.includes(' ');
    if (oneWord) this.orgs.hearOneWord(speaker);
    // A one-word speaker that is no known surname is an organisation ("Gartner said"):
    // "the research firm" is it from then on, and it is never "he" or "she".
    this.lastHeardOrg = this.isOrg(speaker) || oneWord;
    if (this.lastHeardOrg) this.orgs.note(speaker);
    else {
      if (speaker.includes(' and ')) this.lastPair = speaker;
      this.current = speaker;
      this.heardAt = this.sentences;
      this.remember(speaker);
    }
  }

  /** A name the text shows is an organisation's after all ("Goldman Sachs analysts"). */
  markOrg(name: string): void {
    this.orgs.mark(name);
  }

  isOrg(name: string): boolean {
    return this.orgs.isOrg(name);
  }

  /**
   * The name as the text gives it in full, once it has: "WMO" in a headline is the World
   * Meteorological Organization the article names later.
   */
  canonical(name: string): string {
    return this.orgs.canonical(name);
  }

  /** A proposal's speaker and role as the whole text gives them. */
  settle(p: { speaker: string | null; speakerRole?: string }): void {
    if (p.speaker === null) return;
    p.speaker = this.canonical(p.speaker);
    const role = this.roleOf(p.speaker);
    if (role !== undefined) p.speakerRole = role;
  }

  /** An organisation the text has named that `words` name: "an analyst at Nordwell Research". */
  orgIn(words: string): string | null {
    return this.orgs.in(words);
  }

  /** A role the text gave by describing the person before naming them, if none is known. */
  giveRole(name: string, role: string): void {
    if (!this.roles.has(name)) this.roles.set(name, role);
  }

  roleOf(name: string): string | undefined {
    // Two people speaking together: the role given them ("polling experts A and B").
    const pair = / and /.exec(name);
    if (pair)
      return this.roleOf(name.slice(0, pair.index)) ?? this.roleOf(name.slice(pair.index + 5));
    return this.roles.get(name);
  }
}
