// Whether "he" or "she" can be a given person: from an honorific the text gives them ("Ms
// Ruiz", "Sir John") or a common first name. Unknown is the usual answer, and it never rules
// anyone out: only a known mismatch moves a pronoun past the person quoted last.
export type Gender = 'f' | 'm';

const HONORIFIC_BEFORE = /\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Madam)\.?\s+$/;
const FEMALE_HONORIFICS = new Set(['Mrs', 'Ms', 'Miss', 'Dame', 'Lady', 'Madam']);

const FEMALE = new Set(
  (
    'Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty ' +
    'Margaret Sandra Ashley Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca ' +
    'Laura Sharon Cynthia Kathleen Amy Angela Anna Emma Olivia Sophie Hannah Rachel Claire ' +
    'Catherine Helen Julia Maria Marie Anne Christine Christina Janet Janet Ruth Alice Grace ' +
    'Kamala Hillary Theresa Ursula Christine Nicola Angela Jacinda Gita Kristalina Janet Marina ' +
    'Sofia Elena Irina Olga Natalia Ana Lucia Isabel Carmen Ines Fatima Aisha Priya Mei Yuki ' +
    'Ingrid Astrid Greta Heidi Chloe Lucy Zoe Ella Mia Ava Isla Nora Clara Vera Tess Mara Lena'
  ).split(' '),
);
const MALE = new Set(
  (
    'James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel ' +
    'Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Edward ' +
    'Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin ' +
    'Scott Brandon Benjamin Samuel Frank Gregory Raymond Alexander Patrick Jack Dennis Jerry ' +
    'Tyler Aaron Henry Peter Adam Nathan Douglas Zachary Walter Kyle Harold Carl Arthur Roger ' +
    'Joe Barack Vladimir Emmanuel Olaf Boris Rishi Keir Xi Narendra Pep Tom Tim Bill Ben Sam ' +
    'Jean Pierre Francois Hans Karl Klaus Sergei Dmitry Ivan Igor Oleg Alexei Juan Carlos Jose ' +
    'Luis Miguel Ahmed Mohammed Ali Omar Hiroshi Kenji Wei Raj Arvind Rahul Lars Erik Sven Piet'
  ).split(' '),
);

/** The gender the text implies for the person named at [start, …) of `sentence`, if any. */
export function genderOf(name: string, sentence: string, start: number): Gender | null {
  const honorific = HONORIFIC_BEFORE.exec(sentence.slice(Math.max(0, start - 8), start))?.[1];
  if (honorific) return FEMALE_HONORIFICS.has(honorific) ? 'f' : 'm';
  const first = name.split(' ')[0] ?? '';
  if (FEMALE.has(first)) return 'f';
  if (MALE.has(first)) return 'm';
  return null;
}

export function pronounGender(word: string): Gender | null {
  if (/^she$/i.test(word)) return 'f';
  if (/^he$/i.test(word)) return 'm';
  return null;
}
