// Deadlines the text states once and its forecasts refer back to: the day of the election it
// reports on, the end of the sports season it is about, and the period a figure just before
// was given for. A forecast that names no time of its own but speaks of that election ("a
// close race", "turnout will be high") or that season ("a top-four finish", "Comeback Player
// of the Year") is dated by it; so is a figure after a figure for a period ("Shipments will
// fall 10% in 2023. Tablets will drop 5%."). Read once per text, in time proportional to its
// length (a handful of regular expressions, no nesting).
import * as chrono from 'chrono-node';
import { addDays, toDate, toIsoDate, yearOf, type IsoDate } from '../../dates';
import type { Deadline } from '../../model';
import type { Proposal } from '../extract';
import { headings } from '../headlines';
import type { Span } from '../sentences/segment';
import { findTimePhrases } from './time-phrases';

export interface CarriedDeadlines {
  electionDay: IsoDate | null;
  seasonEnd: IsoDate | null;
}

export type CarriedFrom = 'election' | 'season' | 'period' | 'headline';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** "today's election", "tonight’s election results", "Tuesday's election". */
const DAY_ELECTION =
  /\b(today|tonight|sunday|monday|tuesday|wednesday|thursday|friday|saturday)['’]s\s+(?:\w+\s+){0,2}elections?\b/i;
/** "next week's election", "this week's general election". */
const WEEK_ELECTION = /\b(next|this)\s+week['’]s\s+(?:\w+\s+){0,2}elections?\b/i;
/** "the local council elections loom on 2 May", "the election on November 8". */
const ELECTION_ON =
  /\belections?\b[^.;!?]{0,40}?\bon\s+(\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?)\b/;
/** "the 4 July election", "the November 5 general election", "Sunday's runoff" aside. */
const DATED_ELECTION =
  /\b(\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:st|nd|rd|th)?(?:\s+[a-z]+){0,2}\s+(?:elections?|vote|polls?|referendum)\b/;
/**
 * A United States general election the text names without its date: presidential, midterm, or
 * the House and Senate races held with both.
 */
const US_ELECTION =
  /\b(presidential\s+(?:elections?|race|campaign)|midterms?|mid-term|(?:House|Senate|congressional)\s+(?:elections?|races?))\b/i;

/** The first Tuesday after the first Monday of November: the United States' election day. */
function usElectionDay(year: number): IsoDate {
  const first = toDate(`${year}-11-01`).getUTCDay();
  const firstMonday = 1 + ((8 - first) % 7);
  return `${year}-11-${String(firstMonday + 1).padStart(2, '0')}`;
}

function nextWeekday(publishedOn: IsoDate, name: string): IsoDate {
  const want = WEEKDAYS.indexOf(name.toLowerCase());
  const day = toDate(publishedOn).getUTCDay();
  return addDays(publishedOn, (want - day + 7) % 7);
}

export function findElectionDay(text: string, publishedOn: IsoDate): IsoDate | null {
  const day = DAY_ELECTION.exec(text)?.[1];
  if (day) return /^to/i.test(day) ? publishedOn : nextWeekday(publishedOn, day);
  // "next week's election": by the end of next week (its Sunday), the day not being named.
  const week = WEEK_ELECTION.exec(text)?.[1];
  if (week) return addDays(nextWeekday(publishedOn, 'sunday'), /^next/i.test(week) ? 7 : 0);
  const on = ELECTION_ON.exec(text)?.[1] ?? DATED_ELECTION.exec(text)?.[1];
  if (on) {
    const parsed = chrono.parseDate(on, toDate(publishedOn), { forwardDate: true });
    if (parsed) return toIsoDate(parsed);
  }
  const us = US_ELECTION.exec(text)?.[1];
  if (!us) return null;
  const year = yearOf(publishedOn);
  const presidential = /^presidential/i.test(us);
  if (year % 2 !== 0 || (presidential && year % 4 !== 0)) return null;
  const day2 = usElectionDay(year);
  return day2 >= publishedOn ? day2 : null;
}

/**
 * The end of the season a sports text is about: the one under way, or the next when the
 * text is written between seasons (a season's end before publication is last season's). Leagues by the words that mark them; approximate days, as
 * the season's last day is never more than a few weeks from them.
 */
const LEAGUES: readonly { marks: RegExp; end: string }[] = [
  { marks: /\b(?:NFL|quarterback|Super Bowl|touchdowns?)\b/, end: '02-03' },
  { marks: /\b(?:NBA|NHL|Stanley Cup)\b/, end: '06-15' },
  { marks: /\b(?:MLB|World Series|baseball)\b/i, end: '10-31' },
  {
    marks:
      /\b(?:Premier League|Champions League|La Liga|Bundesliga|Serie A|Ligue 1|FA Cup|relegat\w*)\b/,
    end: '05-25',
  },
];

export function findSeasonEnd(text: string, publishedOn: IsoDate): IsoDate | null {
  // "the season", "this campaign", "2018/19": a sports text speaks of a season.
  if (!/\bseasons?\b|\bcampaign\b|\b20\d\d\/\d\d\b/i.test(text)) return null;
  const league = LEAGUES.find((l) => l.marks.test(text));
  if (!league) return null;
  const end = `${yearOf(publishedOn)}-${league.end}`;
  return end >= publishedOn ? end : `${yearOf(publishedOn) + 1}-${league.end}`;
}

export function findCarriedDeadlines(text: string, publishedOn: IsoDate): CarriedDeadlines {
  return {
    electionDay: findElectionDay(text, publishedOn),
    seasonEnd: findSeasonEnd(text, publishedOn),
  };
}

const ABOUT_ELECTION =
  /\b(?:win|wins|winning|won|victory|race|elections?|votes?|voters|voting|turnout|polls?|seats|outcome|results?|losses|gains?|surprise|clos(?:e|er|est)|tight|swing|night|majority|retak\w*|(?:hold|holding|keep|keeping)\s+(?:on\s+to\s+)?the\s+(?:House|Senate))\b/i;
/** A different election than the one the text reports on. */
const OTHER_ELECTION = /\b(?:next|last|previous|future)\s+(?:\w+\s+)?election\b/i;
const ABOUT_SEASON =
  /\b(?:this|next|the\s+new)\s+(?:season|campaign)\b|\brelegated\b|\btop\s+(?:scorer|flight)\b|\bGolden\s+Boot\b|\bseason['’]s\s+end\b|\bend\s+of\s+(?:the|this)\s+(?:regular\s+)?season\b|\btop[- ]four\b|\btitle\b|\bchampions?(?:hip)?\b|\bof\s+the\s+Year\b|\bplay-?offs?\b|\brelegat\w*|\bleague\b|\bfinish\b/i;

/** The carried deadline that dates a forecast's words, and where it comes from. */
export function carriedDeadline(
  quote: string,
  carried: CarriedDeadlines,
): { latest: IsoDate; from: CarriedFrom } | null {
  if (carried.seasonEnd && ABOUT_SEASON.test(quote))
    return { latest: carried.seasonEnd, from: 'season' };
  if (carried.electionDay && ABOUT_ELECTION.test(quote) && !OTHER_ELECTION.test(quote))
    return { latest: carried.electionDay, from: 'election' };
  return null;
}

/**
 * Forecasts without a time of their own, dated by the election or the season the text is
 * about (time/carried.ts); a remark on the present stays undated by them unless it speaks of
 * that election or season.
 */
export function carryDeadlines(
  proposals: Proposal[],
  text: string,
  publishedOn: string,
): Proposal[] {
  if (proposals.length === 0) return proposals;
  const carried = findCarriedDeadlines(text, publishedOn);
  if (carried.electionDay === null && carried.seasonEnd === null) return proposals;
  return proposals.map((p) => {
    const undated = p.deadline === null || p.kind === 'present-state';
    const found = undated ? carriedDeadline(p.quote, carried) : null;
    if (!found) return p;
    return { ...p, deadline: { latest: found.latest }, kind: 'dated', deadlineFrom: found.from };
  });
}

/** A figure: "5%", "$85", "300 million", "1.3 mb/d". */
const FIGURE = /\d/;

/**
 * A figure with no time of its own, in the paragraph where the forecast just before gave a
 * figure for a period (a year, a quarter, a month: a window, not a "by" date), is for that
 * period: "IDC expects shipments to fall 10% in 2023. Tablets will drop 5%." Only figures,
 * only within a paragraph and only from the forecast right before: a claim without a figure
 * ("the market will recover") or in a new paragraph is no continuation of a list of numbers.
 * `proposals` are in the text's order, and `pars` its paragraphs.
 */
export function carryPeriods(proposals: Proposal[], pars: readonly Span[]): Proposal[] {
  let par = 0;
  let previous: { par: number; proposal: Proposal } | null = null;
  return proposals.map((p) => {
    while (par + 1 < pars.length && pars[par + 1]!.start <= p.sentenceStart) par += 1;
    const before = previous?.par === par ? previous.proposal.deadline : null;
    const carried =
      p.deadline === null && before?.earliest !== undefined && FIGURE.test(p.quote)
        ? { ...p, deadline: before, kind: 'dated' as const, deadlineFrom: 'period' as const }
        : p;
    previous = { par, proposal: carried };
    return carried;
  });
}

/**
 * A headline over a list of forecasts for a period: "Twenty predictions for 2021", "Our
 * 2018/19 Premier League predictions", "Ten things that will not happen in 2020". A headline
 * over one forecast ("Oil demand to peak by 2029") dates that forecast, not every other claim
 * in its article, so it sets no period.
 */
const PREDICTIONS_HEADLINE = /\b(?:predictions?|forecasts?|outlook|things\s+that\s+will)\b/i;

/** A season named in a headline: "2018/19", "the new season", "this campaign". */
const SEASON_NAMED = /\b(?:19|20)\d\d\/\d\d\b|\bseason\b|\bcampaign\b/i;

/**
 * The period such a headline names: the sports season it names (its end), or its one time
 * phrase, if that is not over.
 */
export function headlinePeriod(text: string, publishedOn: string): Deadline {
  const first = headings(text).spans[0];
  if (!first || !PREDICTIONS_HEADLINE.test(first.text)) return null;
  const seasonEnd = SEASON_NAMED.test(first.text) ? findSeasonEnd(text, publishedOn) : null;
  if (seasonEnd !== null) return { latest: seasonEnd };
  const times = findTimePhrases(first.text, publishedOn);
  const only = times.length === 1 ? times[0] : undefined;
  return only && only.deadline.latest >= publishedOn ? only.deadline : null;
}

/**
 * Forecasts with no time of their own, under a headline that lists forecasts for a period,
 * are for that period (marked inferred).
 */
export function carryHeadlinePeriod(
  proposals: Proposal[],
  text: string,
  publishedOn: string,
): Proposal[] {
  if (proposals.length === 0) return proposals;
  const period = headlinePeriod(text, publishedOn);
  if (period === null) return proposals;
  return proposals.map((p) =>
    p.deadline === null
      ? { ...p, deadline: period, kind: 'dated' as const, deadlineFrom: 'headline' as const }
      : p,
  );
}
