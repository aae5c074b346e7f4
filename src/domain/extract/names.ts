// People's names and roles as news copy writes them: a Name is two or more capitalised words
// ("Vladislav Inozemtsev"); a role is an appositive after it ("director of …", "a former
// professor at …") or a title before it ("Kremlin pundit Valery Solovey").
import { countWork } from './work';

export interface NameSpan {
  name: string;
  start: number;
  end: number;
}

/** Capitalised words that start sentences or clauses and are never part of a name. */
export const NOT_NAME_WORDS = new Set(
  (
    'But And The A An So As Now This That These Those There Then In On At For If When While ' +
    'According Even Another Such Also Yet Or Nor After Before Since Until By With Without From ' +
    'Meanwhile However Still Here He She They We I It His Her Their Our Its Mr Mrs Ms Dr'
  ).split(' '),
);

const TITLES = new Set(
  (
    'Minister President General Professor Prof Senator Governor Chancellor Secretary Director ' +
    'Chairman Chairwoman Judge Ambassador Admiral Colonel Captain Mayor Sir Dame Lord Lady Dr ' +
    'Mr Mrs Ms Rev Commissioner Envoy Chief Leader'
  ).split(' '),
);

const CAP_WORD = String.raw`[A-Z][\p{L}\p{M}.-]*(?:['’][\p{L}]+)?`;
const NAME_RUN = new RegExp(`${CAP_WORD}(?:\\s+${CAP_WORD})+`, 'gu');
const POSSESSIVE = /['’]s$/;
const WORD = new RegExp(CAP_WORD, 'gu');

/** Names in `text`, in order; leading function words ("But Gallyamov …") are dropped. */
export function findNames(text: string): NameSpan[] {
  countWork(text.length);
  const out: NameSpan[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    const words = [...m[0].matchAll(WORD)].map((w) => ({
      word: w[0],
      start: m.index + w.index,
      end: m.index + w.index + w[0].length,
    }));
    let first = 0;
    while (first < words.length && NOT_NAME_WORDS.has(words[first]?.word ?? '')) first += 1;
    // A title is the role, not the name: "Finance Minister Clara Jensen" is Clara Jensen.
    const isTitle = (w: string): boolean => TITLES.has(w) || ROLE_NOUN.test(w);
    const title = words.findLastIndex((w, i) => i < words.length - 2 && isTitle(w.word));
    if (title >= first) first = title + 1;
    // A possessive ("Putin’s former speechwriter") ends the name at that word.
    let last = first;
    while (last < words.length - 1 && !POSSESSIVE.test(words[last]?.word ?? '')) last += 1;
    const a = words[first];
    const b = words[last];
    if (!a || !b || last - first < 1) continue;
    const end = POSSESSIVE.test(b.word) ? b.end - 2 : b.end;
    out.push({ name: text.slice(a.start, end), start: a.start, end });
  }
  return out;
}

const ROLE_NOUNS =
  'speechwriter|pundit|expert|analyst|economist|scientist|professor|director|minister|adviser|' +
  'advisor|official|spokesman|spokeswoman|spokesperson|strategist|historian|commentator|' +
  'journalist|editor|critic|ambassador|general|chief|head|president|governor|senator|' +
  'researcher|author|columnist|lawmaker|leader|investor|banker|forecaster|envoy|secretary|mayor|' +
  'chancellor|chairman|chairwoman|commissioner|judge|admiral|colonel|captain';
const ROLE_NOUN = new RegExp(`^(?:${ROLE_NOUNS})$`, 'i');
const ROLE_BEFORE = new RegExp(`((?:[\\p{L}’'-]+\\s+){0,3}(?:${ROLE_NOUNS}))\\s+$`, 'iu');
/**
 * The most of the text after a name a role can take: ROLE_AFTER matches at most 164 characters
 * after an aside in brackets ("(pictured)": 10 in the labelled set and the shipped article).
 */
const ROLE_REACH = 300;
const ROLE_AFTER = /^\s*(?:\([^)]*\)\s*)?[,–—]\s*((?:a|an|the|[a-z])[^,;.–—]{2,160})/;

/** The role the text gives the person named at [start, end) of `text`, if any. */
export function roleNear(text: string, start: number, end: number): string | undefined {
  // A title before the name ("Putin’s former speechwriter Abbas Gallyamov") is the role; an
  // appositive after it may be an aside ("– now a critic –"), so it comes second.
  const before = ROLE_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  if (before?.[1]) return tidyRole(before[1].replace(/^(?:another|a|an|the)\s+/i, ''));
  countWork(60 + ROLE_REACH);
  const after = ROLE_AFTER.exec(text.slice(end, end + ROLE_REACH));
  if (after?.[1] && after[1].split(/\s+/).length <= 24) return tidyRole(after[1]);
  return undefined;
}

function tidyRole(role: string): string {
  const r = role.trim().replace(/\s+/g, ' ');
  return r.charAt(0).toUpperCase() + r.slice(1);
}
