// The time phrases of a sentence that can date one of its forecasts, and those that make a
// statement a forecast by themselves.
import type { Span } from '../sentences/segment';
import { BracketWalk } from '../sentences/clauses';
import { isTimeOfSpeaking, startsPastEvent } from '../wording/cues';
import { FULL_MONTH, type TimePhrase } from './time-phrases';
import type { TimeReader } from './time-reader';

/**
 * A weekday alone ("on Sunday", "Tuesday"): in a reported sentence it dates the speaking or
 * the news ("On Sunday the minister said …"), not the forecast; "by Friday" still counts.
 */
const BARE_WEEKDAY =
  /^(?:on\s+|this\s+|last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i;
const REPORTED =
  /\b(?:said|told|announced|revealed|wrote|warned|added|noted|predicted|forecast|argued|insisted|stated|explained|claimed|reported|published|released)\b/i;

/**
 * A month named without its year in a clause told in the past ("as inflation fell to 2.4% in
 * March", "after the bank made a similar cut in February") is the last one, not the next:
 * chrono reads it forward, so it is set aside. A participle after "be" ("will be raised in
 * May") is no past.
 */
const MONTH_LEAD = /^(?:in|on|during)\s+/i;
const PAST_CLAUSE =
  /\b(?:was|were|had|did|fell|rose|grew|slid|jumped|dropped|climbed|eased|slowed|shrank|contracted|expanded|peaked|came|hit|saw|began|took|won|lost|(?<!\b(?:be|been|being|is|are|was|were|get|gets|got)\s+)(?:made|raised|lowered|reduced|lifted|posted|recorded|ended|started))\b(?:[^,;:.!?\u201C\u201D"]|\.(?=\d))*$/i;
/** Words that turn a clause forward after all: "fell … and will rise again in March". */
const FORWARD_CLAUSE =
  /\b(?:will|would|could|may|might|shall|going|expects?|expected|predicted|forecast|until|next)\b(?:[^,;:.!?\u201C\u201D"]|\.(?=\d))*$/i;

/** What follows a date that is the subject of a past event: "[next] summer was …". */
const PAST_EVENT_REACH = 100;

/**
 * "by / until / before <time>", "at least until", "for another <duration>" make a statement a
 * forecast by themselves; a plain window ("in 2024") or span ("for four years") does not.
 */
export function isTimeCue(t: TimePhrase, publishedOn: string): boolean {
  if (t.deadline.latest <= publishedOn) return false;
  return (
    t.sense === 'point' ||
    t.sense === 'lower-bound' ||
    /\b(?:another|at least|within)\b/i.test(t.text)
  );
}

/**
 * The sentence's time phrases (in its offsets) that can set a deadline: not in a parenthesis
 * (a photo's date), not past, not the subject of a past event.
 */
export function usableTimes(
  s: Span,
  ctx: { times: TimeReader; publishedOn: string },
): TimePhrase[] {
  const out: TimePhrase[] = [];
  const brackets = new BracketWalk(s.text);
  for (const t of ctx.times.startingIn(s)) {
    // A phrase may take the punctuation after the sentence ("in March,"), never more.
    if (t.end > s.end + 1) continue;
    const local = { ...t, start: t.start - s.start, end: Math.min(t.end, s.end) - s.start };
    if (brackets.inside(local.start) || t.deadline.latest < ctx.publishedOn) continue;
    if (isTimeOfSpeaking(s.text.slice(0, local.start))) continue;
    if (BARE_WEEKDAY.test(t.text) && REPORTED.test(s.text)) continue;
    const before = s.text.slice(0, local.start);
    if (FULL_MONTH.test(t.text.replace(MONTH_LEAD, ''))) {
      const past = before.search(PAST_CLAUSE);
      if (past >= 0 && !FORWARD_CLAUSE.test(before.slice(past))) continue;
    }
    if (!startsPastEvent(s.text.slice(local.end, local.end + PAST_EVENT_REACH))) out.push(local);
  }
  return out;
}
