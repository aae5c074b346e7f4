// People's names and roles as news copy writes them: a Name is two or more capitalised words
// ("Vladislav Inozemtsev"); a role is an appositive after it ("director of …", "a former
// professor at …") or a title before it ("Kremlin pundit Valery Solovey").
import { countWork } from '../work';

export interface NameSpan {
  name: string;
  start: number;
  end: number;
  /** An organisation ("Oxford Economics", "International Data Corp"), not a person. */
  org: boolean;
}

/** Capitalised words that start sentences or clauses and are never part of a name. */
export const NOT_NAME_WORDS = new Set(
  (
    'But And The A An So As Now This That These Those There Then In On At For If When While ' +
    'According Even Another Such Also Yet Or Nor After Before Since Until By With Without From ' +
    'Meanwhile However Still Here He She They We I It His Her Their Our Its Mr Mrs Ms Dr ' +
    'Many Some Several Most Few Other Others All Both Each Every Half Last Next First Former ' +
    'Latest Two Three Further Similarly Indeed Though Although Unless Out Of Off Over Under ' +
    'Among Amid Despite During Against Through Within Across Around Inside Outside Like Whether ' +
    "Just Let Let's Let’s One Perhaps Maybe Only"
  ).split(' '),
);

const TITLES = new Set(
  (
    'Minister President General Professor Prof Senator Governor Chancellor Secretary Director ' +
    'Chairman Chairwoman Chair Judge Ambassador Admiral Colonel Captain Mayor Sir Dame Lord Lady Baroness Baron Dr ' +
    'Mr Mrs Ms Rev Commissioner Envoy Chief Leader CEO Coach Boss Lt Gen Adm Sen Rep Gov QB'
  ).split(' '),
);

/**
 * Words that make a capitalised run an organisation: "Siena College", "Oxford Economics". A
 * person named after one in the same run ("Siena College Jack Collens") is the words after it.
 */
const ORG_WORDS = new Set(
  (
    'College University Institute Bank Fund Corp Corporation Inc Ltd Group Agency Organization ' +
    'Organisation Office Council Forum Club Association Party Committee Ministry Department ' +
    'Commission Union Nations Economics Insight Research Center Centre Company Capital ' +
    'Securities Analytics Board Reserve Authority Administration Service Services Bureau ' +
    'School Foundation Trust Society Federation League Times Post News Radio Press Network ' +
    'Markets Partners Holdings Energy Motors Airlines Team Tracker Forecasting Magazine Journal ' +
    'Herald Tribune Gazette Chronicle Chamber Institution Academy Court Confederation ' +
    'Panel Programme Program Conference Coalition ' +
    'Observatory Ratings Consulting Consultants Management Investments Financial Technologies ' +
    'Laboratories Labs Statistics Associates Advisors Advisers Parliament Congress Senate ' +
    'Government Treasury Cabinet Assembly Alliance Industries Monitor Watch'
  ).split(' '),
);

/** Particles inside a name: "Francois Villeroy de Galhau", "Ursula von der Leyen". */
const PARTICLE = String.raw`(?:de|del|della|der|den|di|du|da|van|von|la|le|bin|ibn|al)`;

const CAP_WORD = String.raw`[A-Z][\p{L}\p{M}.-]*(?:['’][\p{L}]+)?`;
const NAME_RUN = new RegExp(
  `${CAP_WORD}(?:\\s+(?:${PARTICLE}\\s+(?:${PARTICLE}\\s+)?)?${CAP_WORD})+`,
  'gu',
);
/** A title ending in "of" before a run: "Secretary of State Antony Blinken" is Antony Blinken. */
const TITLE_OF =
  /\b(?:Secretary|Minister|Director|Governor|President|Chancellor|Head|Chief|Professor)\s+of\s+$/i;
const POSSESSIVE = /['’]s$/;
const WORD = new RegExp(CAP_WORD, 'gu');

/**
 * A full stop after a word ends the sentence, unless the word is an initial or an abbreviation
 * ("John F.", "U.S.", "Jr.").
 */
function endsSentence(word: string): boolean {
  return (
    /[^.]\.$/.test(word) &&
    !/^(?:[A-Z]|Jr|Sr|St|Mt|No|[A-Z]\.[A-Z.]*)\.$/.test(word) &&
    !isTitle(word.slice(0, -1))
  );
}

/**
 * Organisations named with "of" or "for": "the Bank of England", "the Office for National
 * Statistics", "the Royal Institution of Chartered Surveyors". Titles after the name are a
 * person's ("Bank of England Governor Andrew Bailey").
 */
const ORG_OF = new RegExp(
  `(?:${CAP_WORD}\\s+){0,3}(?:${[...ORG_WORDS].join('|')})\\s+(?:of|for|on)\\s+(?:the\\s+)?${CAP_WORD}(?:\\s+${CAP_WORD}){0,3}`,
  'gu',
);

function orgsWithOf(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of text.matchAll(ORG_OF)) {
    const words = [...m[0].matchAll(/\S+/gu)].map((w) => ({
      word: w[0],
      start: m.index + w.index,
      end: m.index + w.index + w[0].length,
    }));
    let first = 0;
    while (first < words.length && NOT_NAME_WORDS.has(words[first]?.word ?? '')) first += 1;
    let last = words.findIndex(
      (w, i) => i > first + 1 && (isTitle(w.word) || /[,.;:]$/.test(w.word)),
    );
    if (last === -1) last = words.length - 1;
    else if (!/[,.;:]$/.test(words[last]?.word ?? '')) last -= 1;
    const a = words[first];
    const b = words[last];
    if (!a || !b) continue;
    const end =
      b.end -
      (/[,.;:]$/.test(b.word) ? 1 : 0) -
      (POSSESSIVE.test(b.word.replace(/[,.;:]$/, '')) ? 2 : 0);
    const name = text.slice(a.start, end);
    if (!/\s(?:of|for|on)\s/.test(name)) continue;
    out.push({ name, start: a.start, end, org: true });
  }
  return out;
}

/** Names in `text`, in order; leading function words ("But Gallyamov …") are dropped. */
export function findNames(text: string): NameSpan[] {
  countWork(text.length);
  const withOf = /\s(?:of|for|on)\s/.test(text) ? orgsWithOf(text) : [];
  const runs = findRuns(text).filter(
    (n) => !withOf.some((o) => n.start < o.end && o.start < n.end),
  );
  if (withOf.length === 0) return runs;
  return [...runs, ...withOf].sort((x, y) => x.start - y.start);
}

/** Whether the words are one person's name and nothing else: "Steve Moorhouse", not "Top four". */
export function isPersonName(text: string): boolean {
  const names = findNames(text);
  return names.length === 1 && !names[0]!.org && names[0]!.name === text;
}

function findRuns(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    const words = [...m[0].matchAll(WORD)].map((w) => ({
      word: w[0],
      start: m.index + w.index,
      end: m.index + w.index + w[0].length,
    }));
    let first = 0;
    while (first < words.length && NOT_NAME_WORDS.has(words[first]?.word.replace(/\.$/, '') ?? ''))
      first += 1;
    // A heading in capitals stuck to the name: "MARKETS LIVE Goldman Sachs" is Goldman Sachs.
    first = pastHeading(words, first);
    // A title is the role, not the name: "Finance Minister Clara Jensen" is Clara Jensen (and
    // "Professors A and B" are A and B), and
    // so is an organisation before a person: "Siena College Jack Collens" is Jack Collens.
    // …but not when the words after the organisation's are an organisation's again: "Energy
    // Information Administration" is one name.
    const orgAfter = (i: number): boolean =>
      words.slice(i + 1).some((w) => ORG_WORDS.has(w.word.replace(/[,.;:]$/, '')));
    const title = words.findLastIndex(
      (w, i) =>
        i < words.length - 2 &&
        (isTitle(w.word.replace(/\.$/, '')) ||
          isTitle(w.word.replace(/s$/, '')) ||
          (ORG_WORDS.has(w.word) && !orgAfter(i))),
    );
    if (title >= first) first = title + 1;
    if (words.length - first >= 3 && TITLE_OF.test(text.slice(Math.max(0, m.index - 40), m.index)))
      first += 1;
    // An organisation's possessive before a name is no part of it: "Investec’s Ellie Henderson".
    if (POSSESSIVE.test(words[first]?.word ?? '') && words.length - first >= 3) first += 1;
    // A possessive ("Putin’s former speechwriter") ends the name at that word.
    let last = first;
    while (
      last < words.length - 1 &&
      !POSSESSIVE.test(words[last]?.word ?? '') &&
      !endsSentence(words[last]?.word ?? '')
    )
      last += 1;
    const a = words[first];
    const b = words[last];
    if (!a || !b || last - first < 1) continue;
    const end = POSSESSIVE.test(b.word) ? b.end - 2 : endsSentence(b.word) ? b.end - 1 : b.end;
    const kept = words.slice(first, last + 1);
    // "Assistant Professor", "Senior European Economist": a title alone names nobody.
    if (isTitle(b.word.replace(POSSESSIVE, ''))) continue;
    // "NEW YORK (Reuters) -": a dateline, not a name; acronyms are single words.
    if (kept.every((w) => !/\p{Ll}/u.test(w.word))) continue;
    const org = kept.some((w) =>
      ORG_WORDS.has(w.word.replace(/[,.;:]$/, '').replace(POSSESSIVE, '')),
    );
    out.push({ name: text.slice(a.start, end), start: a.start, end, org });
  }
  return out;
}

/**
 * Past a heading's words in capitals before a name in mixed case: two or more, or one too long
 * for an acronym that leads a name ("CCS Insight" keeps "CCS").
 */
function pastHeading(words: readonly { word: string }[], first: number): number {
  let i = first;
  while (i < words.length && /^\p{Lu}[\p{Lu}\d&-]+$/u.test(words[i]?.word ?? '')) i += 1;
  if (i === first || i >= words.length - 1) return first;
  const single = i - first === 1 && (words[first]?.word.length ?? 0) < 5;
  return single ? first : i;
}

export const ROLE_NOUNS =
  'speechwriter|pundit|expert|analyst|economist|scientist|professor|director|minister|adviser|' +
  'advisor|official|spokesman|spokeswoman|spokesperson|strategist|historian|commentator|' +
  'journalist|editor|critic|ambassador|general|chief|head|president|governor|senator|' +
  'researcher|author|columnist|lawmaker|leader|investor|banker|forecaster|envoy|secretary|mayor|' +
  'chancellor|chairman|chairwoman|chair|commissioner|judge|admiral|colonel|captain|ceo|boss|coach|' +
  'manager|pollster|psephologist|diplomat|specialist|quarterback|spokesperson|founder|executive|' +
  'member|defender|striker|midfielder|goalkeeper|winger|pitcher|batsman|bowler|driver|' +
  'lawyer|attorney|doctor|physician|engineer|consultant|trader|broker|owner|partner';
const ROLE_NOUN = new RegExp(`^(?:${ROLE_NOUNS})$`, 'i');

/** A title word, alone or in a compound ("Secretary-General"). */
export function isTitle(w: string): boolean {
  return w.split('-').some((part) => TITLES.has(part) || ROLE_NOUN.test(part));
}

/** Words a later mention puts before a surname: "Lord Harrow", "Dame Price", "Dr. Ruiz". */
export const HONORIFIC =
  /^(?:Lord|Lady|Baroness|Baron|Dame|Sir|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Rev|Gen|Lt|Col|Adm|Sen|Rep|Gov)\.?$/;
/** A capitalised word right before a comma: a surname an apposition may follow. */
export const BEFORE_COMMA = /(?<![\p{L}\p{M}'’.-])\p{Lu}[\p{L}\p{M}'’-]+(?=\s*,)/gu;
