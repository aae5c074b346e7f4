// Who said it: an attribution verb ("said", "told", "according to" …) and the speaker next to
// it. "He", "she", "they" and a bare surname resolve through a SpeakerBook to the last person
// quoted (news copy's "he said" points at the current speaker, not at any name just mentioned).
import { isPersonName, isTitle } from '../names/names';
import { isPublication } from '../names/org-names';
import { PAIR_REFERENCE, type SpeakerBook } from './speaker-book';
import { boundaryBefore, contentAfter, phraseAfter, subjectBefore, type Who } from './subject';

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
  /** How the speaker was found: named, a pronoun, or a description ("the research firm"). */
  via: SpeakerVia;
}

/** How a proposal's speaker was found; `earlier` is carried from another sentence. */
export type SpeakerVia = 'named' | 'pronoun' | 'description' | 'earlier' | 'byline';

const VERBS =
  'said|says|say|told|tells|warned|warns|warn|claims|claimed|wrote|writes|believes|believed|' +
  'added|adds|argued|argues|predicted|predicts|insisted|insists|asked|asks|noted|cautioned|' +
  'conceded|suggested|warning';
/**
 * Verbs that carry a forecast as well as say who makes it ("IDC forecast that …", "Pep
 * Guardiola expects …"), and verbs of belief and disclosure ("he thinks", "Ma fears", "the
 * chief executive revealed"). They attribute only with a subject that names someone or an
 * unnamed source: "we expect" or "I think" inside a quotation is the quoted speaker's.
 */
const FORECASTING =
  'expects|expect|expecting|forecast|forecasts|predicting|forecasting|thinks|think|thought|believe|' +
  "(?:does|do|did)n['’]t\\s+(?:believe|expect|think|see)|(?:does|do|did)\\s+not\\s+(?:believe|expect|think|see)|" +
  'fears|feared|reckons|reckon|revealed|reveals|suggest|suggests|estimates|estimated|predict|' +
  '(?:is|are|was|were)\\s+(?:confident|convinced|optimistic|pessimistic|sure|certain)|' +
  'signall?ed|signals|indicated|indicates|hinted|hints|acknowledged|acknowledges|admitted|' +
  'admits|stressed|stresses|emphasi[sz]ed|announced|announces|stated|states|explained|' +
  'hopes|hoped|anticipates|anticipated|anticipate|foresees|foresaw|foresee|envisages|envisions|' +
  'doubts|doubted|feels|felt|worries|tipped|tips|backed|backs|guessed|guesses|confirmed|confirms|' +
  'reported|reports|concluded|concludes|calculated|calculates|maintained|maintains|contended|' +
  'contends|declared|commented|pointed out|observed|remarked|wagered|bets|' +
  '(?:is|are|was|were)\\s+(?:hopeful|doubtful|adamant|bullish|bearish|upbeat|gloomy)';
/** What a report or its publisher does: "the new forecast from OPEC calls for …". */
const PUBLISHING =
  'calls for|shows|sees|projects|projected|projecting|found|finds|' +
  'downgraded|upgraded|raised|lowered|revised|trimmed|gives|gave|puts|put';
/** Revising verbs publish only with a forecast for object: "CCS has downgraded expectations". */
const REVISES = /^(?:downgraded|upgraded|raised|lowered|revised|trimmed)$/i;
/** Odds given or put by a forecaster: "the model gives Clinton a 90% chance", "puts the odds at". */
const GIVES = /^(?:gives|gave|puts|put)$/i;
const GIVEN_ODDS = /^[^.;]{0,60}?\b(?:chance|odds|probability|likelihood)\b/i;
const REVISED =
  /^\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+){0,2}(?:expectations|forecasts?|outlook|estimates?|projections?|guidance)\b/i;
const ATTRIBUTION = new RegExp(
  `\\b(?:according to|${VERBS}|${FORECASTING}|${PUBLISHING})\\b`,
  'gi',
);
const FORECASTING_VERB = new RegExp(`^(?:${FORECASTING})$`, 'i');
const PUBLISHING_VERB = new RegExp(`^(?:${PUBLISHING})$`, 'i');
/** Verbs whose object is the listener, not the speaker: "told The Ride with JMV". */
const OBJECT_VERB = /^(?:told|tells|asked|asks|warned|warns|warn)$/i;
const PAST =
  /^(said|told|warned|claimed|wrote|believed|added|argued|predicted|insisted|noted|cautioned|conceded|suggested|forecast)$/i;
/** Unnamed sources a forecasting verb may have for subject: "analysts expect". */
const UNNAMED_SOURCE =
  /\b(?:analysts?|economists?|experts?|officials?|respondents|polls?|forecasters?|observers|investors|markets?|scientists?|specialists)$/i;

/** A finite verb: words before a comma that hold one are a clause, not a subject. */
const CLAUSE = /\b(?:will|would|could|should|may|might|is|are|was|were|has|have|had|to)\s/;

/** A firm called by what its people do: "the analyst", "the forecaster". */
const FIRM_AS_PERSON = /^the\s+(?:analyst|forecaster|researcher|research\s+house|consultant)$/i;

/** A be-auxiliary right before a verb makes it passive: "are forecast", "was predicted". */
const PASSIVE = /\b(?:is|are|was|were|be|been|being)\s+$/i;

/** The agent of a passive: "forecast by Canalys", "predicted by the IMF". */
const AGENT = /^\s+by\s+(?:the\s+)?/i;

const CONJUNCTION = /^(?:but|and|yet)(?:\s+(?:also|still))?$/i;

/** Attributions in a sentence, resolving their speakers (and updating who is quoted). */
export function findAttributions(sentence: string, book: SpeakerBook): Attribution[] {
  const out: Attribution[] = [];
  const colon = colonAttribution(sentence, book);
  if (colon) out.push(colon);
  for (const m of sentence.matchAll(ATTRIBUTION)) {
    const verbStart = m.index;
    const verbEnd = verbStart + m[0].length;
    const according = /^according to$/i.test(m[0]);
    // "Senate Forecast: …": a heading's noun before its colon, not a verb.
    if (/^\p{Lu}/u.test(m[0]) && verbStart > 0 && /^\s*:/.test(sentence.slice(verbEnd))) continue;
    const forecasting = FORECASTING_VERB.test(m[0]);
    // "Rents are forecast to climb": a passive names no one who forecasts, unless its agent
    // follows ("Shipments are forecast by Canalys to grow").
    const passive =
      !/ing$/i.test(m[0]) && PASSIVE.test(sentence.slice(Math.max(0, verbStart - 12), verbStart));
    const agent = passive ? AGENT.exec(sentence.slice(verbEnd, verbEnd + 8)) : null;
    if (passive && !agent) continue;
    const subject = according || agent ? null : subjectBefore(sentence, verbStart, book);
    if (!agent && forecasting && !namesSomeone(subject)) continue;
    if (!agent && PUBLISHING_VERB.test(m[0]) && !publishes(subject, book)) continue;
    if (REVISES.test(m[0]) && !REVISED.test(sentence.slice(verbEnd, verbEnd + 60))) continue;
    if (GIVES.test(m[0]) && !GIVEN_ODDS.test(sentence.slice(verbEnd, verbEnd + 80))) continue;
    const after = OBJECT_VERB.test(m[0])
      ? null
      : phraseAfter(sentence, verbEnd + (agent?.[0].length ?? 0), book);
    if (agent && after?.kind !== 'name') continue;
    // "Drones will deliver parcels by 2030, says Kestrel CEO": after a comma, the speaker
    // follows the verb when the words before it name nobody.
    // So does a clause before the comma ("Global Markets will rally, said Tom Reed"): a
    // name in it is what the speaker speaks of.
    const inverted =
      subject !== null &&
      /,\s*$/.test(sentence.slice(Math.max(0, verbStart - 4), verbStart)) &&
      (subject.kind === 'phrase'
        ? !namesSomeone(subject)
        : CLAUSE.test(sentence.slice(subject.from, verbStart))) &&
      after !== null &&
      (after.kind !== 'phrase' || describesSomeone(after.text));
    const who: Who | null = inverted ? after : (subject ?? after);
    if (who === null) continue;
    const named =
      who.kind !== 'phrase' || isPublication(who.text) || PAIR_REFERENCE.test(who.text)
        ? book.resolve(who.text)
        : null;
    // "The leading psephologist insisted": someone already quoted, described.
    // "He expects …, but believes …": a verb after a conjunction shares the subject before it.
    const shared = CONJUNCTION.test(who.text) ? (out.at(-1)?.speaker ?? book.current) : null;
    const speaker = named ?? shared ?? describedSpeaker(who.text, book);
    if (speaker !== null && who.org === true) book.markOrg(speaker);
    if (speaker !== null) book.heard(speaker);
    out.push({
      verbStart,
      verbEnd,
      past: PAST.test(m[0]),
      // The quote ends before the speaker's name, even when the subject found is the
      // apposition after it ("…,” Helena Strand, chief economist at X, said").
      cutAt: boundaryBefore(
        sentence,
        subject && !inverted ? Math.min(subject.from, who.start) : verbStart,
      ),
      contentFrom: contentAfter(sentence, subject ? verbEnd : who.end),
      speaker,
      speakerStart: who.start,
      speakerEnd: who.end,
      ...(speaker === null && who.text !== '' ? { description: who.text } : {}),
      describes: speaker === null && describesSomeone(who.text),
      via:
        who.kind === 'pronoun'
          ? 'pronoun'
          : named !== null && who.kind !== 'phrase'
            ? 'named'
            : shared !== null
              ? 'earlier'
              : 'description',
    });
  }
  return out;
}

/**
 * A definite description's person: one named before with that role ("Alibaba's chairman
 * said" after "Jack Ma, founder and chairman of Alibaba"), else, for "the …", the person
 * quoted last ("the leading psephologist insisted").
 */
function describedSpeaker(text: string, book: SpeakerBook): string | null {
  // "the 46-year-old", "the Spaniard": the person quoted last, by age or origin.
  if (/^the\s+(?:\d+-year-old|\p{Lu}\p{Ll}+)$/u.test(text)) return book.current;
  // "The analyst forecasts …" after a firm spoke, and no one in person since: the firm.
  if (FIRM_AS_PERSON.test(text) && (book.current === null || book.orgSpokeLast))
    return book.organisation;
  if (!describesSomeone(text) || /^(?:a|an|someone)\s/i.test(text)) return null;
  return book.byRole(text) ?? (/^the\s/i.test(text) ? book.current : null);
}

/** Words that describe one person by their role: "a former ambassador to the U.S.". */
export function describesSomeone(text: string): boolean {
  // "IBM CEO", "Westpac chief economist": an organisation's title, in a headline's ", says …".
  const words = text.split(/\s+/);
  if (/^\p{Lu}/u.test(text) && words.length <= 4 && isTitle(words.at(-1) ?? '')) return true;
  if (!/^(?:the|a|an|someone|[\p{L}’'-]+['’]s)\s/iu.test(text)) return false;
  return text
    .split(/\s+/)
    .some((w) => isTitle(w.replace(/['’]s$/, '')) || /^(?:expert|pollster)$/i.test(w));
}

/** Whether a subject publishes: a report ("the new forecast from OPEC"), an organisation. */
function publishes(subject: Who | null, book: SpeakerBook): boolean {
  if (subject === null) return false;
  if (subject.kind === 'phrase') return isPublication(subject.text);
  if (subject.kind !== 'name') return false;
  // An organisation, or a one-word name that is no person's surname ("Greyline sees").
  const named = book.resolve(subject.text) ?? '';
  return book.isOrg(named) || !named.includes(' ');
}

/** Whether a forecasting verb's subject says who forecasts: a name, "he", "analysts". */
function namesSomeone(subject: Who | null): boolean {
  if (subject === null) return false;
  if (subject.kind === 'name') return true;
  if (subject.kind === 'pronoun') return !/^they$/i.test(subject.text);
  const t = subject.text;
  return UNNAMED_SOURCE.test(t) || isPublication(t) || describesSomeone(t);
}

/**
 * "Ole Gunnar Solskjaer: Rashford will be back", "Brees: ‘I’m calling it’": a name, a colon;
 * or a transcript's speaker label alone on its line ("MIKE WALDEN:").
 */
const NAME_COLON = /^\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s*:(?:\s+(?=\S)|\s*$)/u;

/** "MIKE WALDEN" as a name is written: "Mike Walden". */
function titleCase(caps: string): string {
  if (/\p{Ll}/u.test(caps)) return caps;
  return caps
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase());
}

/**
 * A headline's or a transcript's attribution: a person's name, and nothing else, before a
 * colon ("Top four: …" or "Russia-Ukraine: …" name no one).
 */
function colonAttribution(sentence: string, book: SpeakerBook): Attribution | null {
  const m = NAME_COLON.exec(sentence);
  const text = m?.[1] && titleCase(m[1]);
  if (!m || !text) return null;
  if (!isPersonName(text) && !book.knows(text)) return null;
  // A label alone on its line is a transcript's, in capitals ("MIKE WALDEN:"); a heading
  // ("Key Findings:") is not.
  const label = m[0].trim().length === sentence.trim().length;
  if (label && /\p{Ll}/u.test(m[1] ?? '')) return null;
  const speaker = book.resolve(text);
  if (speaker === null || book.isOrg(speaker)) return null;
  book.heard(speaker);
  // Where the name stands as the text writes it ("MIKE WALDEN"), not as it is read.
  const start = m[0].indexOf(m[1]!);
  return {
    verbStart: start + text.length,
    verbEnd: m[0].length,
    past: false,
    cutAt: sentence.length,
    contentFrom: m[0].length,
    speaker,
    speakerStart: start,
    speakerEnd: start + text.length,
    describes: false,
    via: 'named',
  };
}
