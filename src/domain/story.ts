// The figures the story pages tell (the overview, an article's page, a speaker's page): how
// many forecasts, by whom, how many wait for judgement, how the judged ones went. Counted from
// forecast views (catalogue.ts); the scores themselves are scoring.ts's.
import type { ForecastView } from './catalogue';
import type { IsoDate } from './dates';
import { isOverdue } from './deadline';
import { isStatement } from './review';
import { scoringRows } from './catalogue';
import { OUTCOMES, type Outcome } from './model';
import type { Tally } from './scoring';
import { standingsOf, type Standing } from './standing';
import { tally } from './tally';

export interface StoryCounts {
  forecasts: number;
  /** Distinct speakers, in the order they first speak. */
  speakers: string[];
  /** Forecasts (not present-state statements) past their deadline and not judged. */
  due: number;
  /** Present-state statements not judged yet: checked apart from forecasts. */
  statementsToCheck: number;
  judged: number;
  outcomes: Record<Outcome, number>;
}

export function storyCounts(views: readonly ForecastView[], today: IsoDate): StoryCounts {
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  const speakers = new Set<string>();
  let due = 0;
  let statementsToCheck = 0;
  for (const view of views) {
    const outcome = view.state.outcome;
    speakers.add(view.forecast.speaker);
    outcomes[outcome] += 1;
    if (outcome !== 'pending') continue;
    if (isStatement(view)) statementsToCheck += 1;
    else if (isOverdue(view.forecast.deadline, outcome, today)) due += 1;
  }
  return {
    forecasts: views.length,
    speakers: [...speakers],
    due,
    statementsToCheck,
    judged: views.length - outcomes.pending,
    outcomes,
  };
}

/**
 * The forecasts an article leads with: those with a deadline (not statements of the present),
 * soonest deadline first, then the rest in the catalogue's order.
 */
export function headlineForecasts(views: readonly ForecastView[]): ForecastView[] {
  return views
    .filter((v) => !isStatement(v) && v.forecast.deadline !== null)
    .sort((a, b) => a.forecast.deadline!.latest.localeCompare(b.forecast.deadline!.latest));
}

export interface SpeakerStory {
  name: string;
  /** The role given with their latest forecast that gives one. */
  role: string | null;
  views: ForecastView[];
}

/** The speakers of `views`, each with their forecasts, in the order they first speak. */
export function speakerStories(views: readonly ForecastView[]): SpeakerStory[] {
  const byName = new Map<string, SpeakerStory>();
  for (const view of views) {
    const { speaker, speakerRole } = view.forecast;
    let story = byName.get(speaker);
    if (!story) byName.set(speaker, (story = { name: speaker, role: null, views: [] }));
    story.views.push(view);
    if (speakerRole?.trim()) story.role = speakerRole.trim();
  }
  return [...byName.values()];
}

export interface RankedSpeaker extends SpeakerStory {
  tally: Tally;
  standing: Standing;
}

/**
 * The speakers in their standing (standing.ts: Brier skill with coin tosses added, so a short
 * record is not ranked above a long one by luck), best first; `tooFew`, those with fewer than
 * MIN_RANKED forecasts with a probability judged, follow by how many forecasts they made.
 */
export function rankSpeakers(views: readonly ForecastView[]): {
  ranked: RankedSpeaker[];
  tooFew: RankedSpeaker[];
} {
  const stories = speakerStories(views);
  const standings = standingsOf(scoringRows(views));
  const all = stories.map((s) => ({
    ...s,
    tally: tally(s.name, scoringRows(s.views)),
    standing: standings.get(s.name)!,
  }));
  const rank = (s: RankedSpeaker) => (s.standing.status === 'ranked' ? s.standing.rank : Infinity);
  const ranked = all
    .filter((s) => s.standing.status === 'ranked')
    .sort((a, b) => rank(a) - rank(b));
  const tooFew = all
    .filter((s) => s.standing.status !== 'ranked')
    .sort((a, b) => b.views.length - a.views.length);
  return { ranked, tooFew };
}
