// The role the text gives a person: a title before the name ("Westpac Chief Economist Bill
// Evans", "leading polling expert Sir John Curtice") or an apposition after it ("Andrew
// Goodwin, senior economist at Oxford Economics,", "Jamey Gordon, who is a rehab specialist
// with …"). Empty rather than wrong: words that name no role, or that make a clause, are none.
import { countWork } from '../work';
import { ROLE_NOUNS } from './names';

/** The role nouns, lower case or capitalised ("economist", "Economist", "CEO"), plural too. */
const NOUNS = `(?:${ROLE_NOUNS.split('|')
  .map((n) => `[${n[0]}${n[0]!.toUpperCase()}]${n.slice(1)}`)
  .join('|')}|CEO)s?`;
/** A lower-case word in a role's "of …" phrase: not a verb or a clause's start. */
const PLAIN_WORD = String.raw`(?!(?:said|says|told|that|who|which|will|would|is|are|was|were|has|have|had)\b)\p{Ll}+`;
/**
 * "Head coach", "WMO Secretary-General", "Professor of Political Science at Siena College",
 * "administration spokesman on the war,": a few words, a role noun, and what it is of or at.
 */
const ROLE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}’'-])((?:[\p{L}’'.-]+\s+){0,3}(?:[\p{L}]+-)?${NOUNS}` +
    String.raw`(?:\s+(?:of|at|for|on|to|with)(?:\s+(?:\p{Lu}[\p{L}.&’'-]*|${PLAIN_WORD})){1,6})?),?\s+$`,
  'u',
);
/**
 * Honorifics and ranks between a role and the name: "expert Sir John Curtice", "spokesman
 * retired Admiral John Kirby", "Secretary-General Professor Petteri Taalas".
 */
const HONORIFICS =
  /(?:\b(?:retired|former)\s+(?:General|Admiral|Colonel|Captain|Major)\s+|\b(?:Sir|Dame|Lord|Lady|Mr|Mrs|Ms|Dr|Prof|Professor|Lt|Gen|Col|Capt|Adm|Maj|Sgt|Rev)\.?\s+)+$/u;
const ROLE_BEFORE_REACH = 100;
/**
 * The most of the text after a name a role can take: ROLE_AFTER matches at most 164 characters
 * after an aside in brackets ("(pictured)": 10 in the labelled set and the shipped article).
 */
const ROLE_REACH = 300;
/** An abbreviation's full stop does not end an apposition: "with St. Vincent Sports". */
const APPOSITION_CHAR = String.raw`(?:[^,;.–—]|(?<=\b(?:St|Mt|Co|Inc|Ltd|Corp|Jr|Sr|Dr|[A-Z]))\.)`;
const ROLE_AFTER = new RegExp(
  String.raw`^\s*(?:\([^)]*\)\s*)?[,–—]\s*(?:who\s+(?:is|was)\s+(?:now\s+)?)?` +
    String.raw`((?:a|an|the|[a-z]|[A-Z])${APPOSITION_CHAR}{2,160})`,
  'u',
);
/** An apposition is a role when it names one ("economist", "head of …", "… at Barclays"). */
const ROLE_WORDS = new RegExp(
  `\\b(?:${ROLE_NOUNS}|ceo|boss|coach|manager|pollster|psephologist|specialist|diplomat|` +
    `founder|chairman|member|spokesman|vp|quarterback|player|officer)s?\\b|\\bin\\s+command\\b`,
  'iu',
);
/** … or where they work: "at Barclays", "of the IMF" (a capital, case and all). */
const ROLE_PLACE = /\b(?:at|of|for|with)\s+(?:the\s+)?\p{Lu}/u;
const ATTRIBUTION_VERB =
  /\s+(?:said|says|told|tells|added|noted|warned|expects?|predicts?|predicted|believes|insisted|argued)\b/i;
/** "and he", "and she": a clause of its own starts after the role. */
const NEW_CLAUSE = /\s+and\s+(?:he|she|they|it|we|I)\b/;
/** Words that make an apposition a clause of its own: ", voter turnout will be high". */
const CLAUSE_WORDS =
  /\b(?:will|would|could|should|may|might|is|are|was|were|has|have|had|said|says|told|expects?|predicts?)\b/i;

/** The title before a name, honorifics and ranks aside, or the title they are. */
function titleBefore(text: string): string | undefined {
  const stripped = text.replace(HONORIFICS, '');
  const m = ROLE_BEFORE.exec(stripped) ?? (stripped === text ? null : ROLE_BEFORE.exec(text));
  return m?.[1]?.replace(LEAD_WORDS, '');
}

/** Words the few before a role noun may take in that are not the role's: "said", "does the". */
const LEAD_WORDS =
  /^(?:(?:according|to|said|says|told|tells|added|does|did|do|is|was|are|were|has|have|had|and|but|while|that|as|by|with|another|a|an|the)\s+)+/i;

/**
 * The role the text gives the person named at [start, end) of `text`, if any; a title before
 * the name starts after `floor` (where the person named before it ends: "Keir Starmer and
 * Chancellor Rachel Reeves").
 */
export function roleNear(text: string, start: number, end: number, floor = 0): string | undefined {
  // A title before the name ("Putin’s former speechwriter Abbas Gallyamov") is the role; an
  // appositive after it may be an aside ("– now a critic –"), so it comes second.
  countWork(ROLE_BEFORE_REACH + ROLE_REACH);
  const before = titleBefore(text.slice(Math.max(floor, start - ROLE_BEFORE_REACH), start));
  if (before) return tidyRole(before);
  return roleAfter(text, end);
}

/** The apposition after a name, when it names a role. */
export function roleAfter(text: string, end: number): string | undefined {
  const after = ROLE_AFTER.exec(text.slice(end, end + ROLE_REACH));
  // "a rehab specialist with St. Vincent Sports and he would …": a new clause ends it.
  const role = after?.[1]?.split(ATTRIBUTION_VERB)[0]?.split(NEW_CLAUSE)[0];
  if (!role || role.split(/\s+/).length > 24 || /^who\b/i.test(role)) return undefined;
  if (!ROLE_WORDS.test(role) && !ROLE_PLACE.test(role)) return undefined;
  return CLAUSE_WORDS.test(role) ? undefined : tidyRole(role);
}

function tidyRole(role: string): string {
  const r = role.trim().replace(/\s+/g, ' ');
  return r.charAt(0).toUpperCase() + r.slice(1);
}
