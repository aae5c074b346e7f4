// The writer a byline names ("By Ana Ruiz", "Posted on the 15 October 2024 by Jobsanger",
// "Ana Ruiz is a columnist for …"): in an opinion column, its own forecasts, made in no one
// else's name, are the writer's. In a news report the writer's sentences stay unattributed,
// except those that say "I". Unnamed writers leave them unattributed.
import type { Proposal } from '../extract';
import { isPersonName } from '../names/names';
import { FIRST_PERSON } from '../propose';

/** A writer's name: capitalised words, initials with their full stop ("Richard D. Wolff"). */
const WRITER_NAME = String.raw`(?:[A-Z][\p{L}'’-]+)(?:[ \t]+(?:[A-Z]\.|[A-Z][\p{L}'’-]+)){0,3}`;
const WRITER = `(${WRITER_NAME})`;
/**
 * A line of its own near the top: "By Name", "Written by Name", "Posted … by Name", perhaps
 * followed by what the page adds ("| Updated 10:42 GMT", ", Senior Writer").
 */
const BYLINE = new RegExp(
  String.raw`^[ \t]*(?:By|BY|Written\s+by|Opinion\s+by|Author|Posted\b[^\n]{0,40}?\bby)[ \t]*:?[ \t]+${WRITER}` +
    String.raw`[ \t]*(?:(?:[,|•·\u2013\u2014]|\b(?:Published|Updated|Posted|Last\s+updated)\b)[^\n]*)?$`,
  'mu',
);
/**
 * A line of its own naming one or two writers, a comma, and the date: "Kyle Kondik and
 * Geoffrey Skelley, Sabato's Crystal Ball October 23rd, 2014".
 */
const DATED_BYLINE = new RegExp(
  String.raw`^[ \t]*(${WRITER_NAME}(?:[ \t]+and[ \t]+${WRITER_NAME})?)[ \t]*,[^\n]{0,80}?\b(?:19|20)\d\d[ \t]*$`,
  'mu',
);
/** "Ana Ruiz is a columnist for …", "Ana Ruiz writes about …": the writer, and a column's. */
const ABOUT_WRITER = new RegExp(
  String.raw`(?:^|\n)[ \t]*${WRITER}[ \t]+(?:is\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:columnist|writer|contributor|commentator|author|editor)|writes\s+(?:about|on|a\s+column))`,
  'u',
);
/** How far into the text a byline may stand. */
const BYLINE_REACH = 1500;
const QUOTE_MARKS = /["“”«»]/;
/**
 * In a column, words that credit someone else: a report of speech, or people who forecast
 * ("analysts expect"); a columnist's own "Expect a rate cut" or "Prediction: …" do not.
 */
const OTHERS_IN_COLUMN =
  /\b(?:said|says|say|told|according\s+to)\b|\b(?:analysts|economists|experts|polls?|forecasters|observers|markets?|investors|pundits|many|some|most|others|they|he|she)\s+(?:are\s+|is\s+|have\s+)?(?:predict|expect|forecast|believ|warn|argu|claim|suggest)\w*/i;
/** A heading or label that marks a column: "Opinion", "Column", "Commentary". */
const COLUMN_LABEL =
  /(?:^|\n)[ \t]*(?:Opinion|OPINION|Column|COLUMN|Commentary|Comment|Editorial|Analysis|Op-Ed|Blog)\b|\bmy\s+predictions\b|\bI\s+predict\b/;
/** Numbered predictions: a line opening "1." or "2)". */
const NUMBERED = /(?:^|\n)[ \t]*\d{1,2}[.)][ \t]+\p{Lu}/u;
/** The first person plural, which two writers use: "we" (and "we're"), "our", "us". */
const WE = /(?:^|[^\p{L}])(?:[Ww]e|[Oo]ur|[Uu]s)(?![\p{L}])/u;
/** Quotations, set aside when looking for the writer's own "I". */
const QUOTATION = /“[^”]{0,2000}”|"[^"\n]{0,2000}"/g;

/** A name on a line of its own, or before a comma, with a writer's title: "Ana Ruiz\nColumnist". */
const NAME_AND_TITLE = new RegExp(
  String.raw`(?:^|\n)[ \t]*${WRITER}[ \t]*(?:,[ \t]*|\n[ \t]*)(?:[\p{L}-]+[ \t]+){0,2}(?:[Cc]olumnist|[Cc]ontributor|[Cc]ontributing\s+[Ww]riter|[Oo]pinion\s+[Ww]riter|[Ww]riter|[Cc]ommentator|[Cc]orrespondent|[Ee]ditor)\b`,
  'u',
);

export function findByline(text: string): string | null {
  const top = text.slice(0, BYLINE_REACH);
  return (
    BYLINE.exec(top)?.[1] ??
    NAME_AND_TITLE.exec(top)?.[1] ??
    DATED_BYLINE.exec(top)?.[1] ??
    ABOUT_WRITER.exec(text)?.[1] ??
    null
  );
}

/** Whether the text reads as a column: a label, numbered predictions, the writer's own "I". */
export function isColumn(text: string): boolean {
  if (COLUMN_LABEL.test(text) || NUMBERED.test(text) || ABOUT_WRITER.test(text)) return true;
  return FIRST_PERSON.test(text.replace(QUOTATION, ' '));
}

/** A line that is a name and nothing else: "Steve Moorhouse". */
const NAME_LINE = /^[ \t]*(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,2})[ \t]*$/gmu;

export interface SectionWriter {
  name: string;
  /** Where the section starts. */
  from: number;
}

/**
 * Contributors who each write a section under their name on a line of its own ("Our staff
 * writers' predictions": "Steve Moorhouse", his picks, "Pierre Bajyana", hers). Two such lines
 * at least, each a person's name, make a panel; one alone may be any heading.
 */
export function sectionWriters(text: string): SectionWriter[] {
  const out: SectionWriter[] = [];
  for (const m of text.matchAll(NAME_LINE)) {
    const line = m[1] ?? '';
    if (isPersonName(line)) out.push({ name: line, from: m.index });
  }
  return out.length >= 2 ? out : [];
}

/**
 * Forecasts outside quotation marks that say "I", and in a column those that credit no one
 * else, credited to the writer the byline names, or to the contributor whose section holds
 * them.
 */
export function creditWriter(proposals: Proposal[], text: string): Proposal[] {
  const sections = sectionWriters(text);
  const byline = findByline(text);
  if (byline === null && sections.length === 0) return proposals;
  const column = sections.length > 0 || isColumn(text);
  let s = -1;
  return proposals.map((p) => {
    while (s + 1 < sections.length && sections[s + 1]!.from <= p.sentenceStart) s += 1;
    const writer = s >= 0 ? sections[s]!.name : byline;
    // Two writers say "we": "Kyle Kondik and Geoffrey Skelley" write "We're upgrading …".
    const own = writer?.includes(' and ') ? WE : FIRST_PERSON;
    return writer !== null &&
      p.speaker === null &&
      !QUOTE_MARKS.test(p.sentence) &&
      (own.test(p.sentence) || (column && !OTHERS_IN_COLUMN.test(p.sentence)))
      ? { ...p, speaker: writer, speakerVia: 'byline' as const }
      : p;
  });
}
