// The forecasts of the shipped article, catalogued by hand. Quotes are copied byte for byte
// from SEED_ARTICLE_TEXT (curly quotes included) and a test holds them to it.
//
// Conventions, so entries are comparable:
// - Probabilities come from the hedge words (median readings of "Perceptions of Probability"
//   and Sherman Kent's words of estimative probability): certainly 0.95; I am sure, This is
//   correct, hopeless (that it fails) 0.9; will, would, does not exist (flat assertion) 0.85;
//   can (capacity) 0.8; should / probably 0.75; I believe, I think, I don't see 0.7; impossible
//   to predict -> null. A flat assertion with no hedge word at all has hedge '' and 0.85.
// - Present-state claims describe the day of publication, so their deadline is that day: they
//   can be judged at once.
// - A statement repeated by a caption ("experts said") is one forecast; the note names the repeat.
// - The entries are kept in three files by what they are about (catalogue/), in the article's
//   order; the short titles are in seed-titles.ts.
import type { Forecast } from '../domain/model';
import { COURSE_OF_THE_WAR } from './catalogue/course-of-the-war';
import { KREMLIN_WAY_OUT } from './catalogue/kremlin-way-out';
import { WHO_ENDS_PUTINS_RULE } from './catalogue/who-ends-putins-rule';
import { SEED_TITLES } from './seed-titles';

const CATALOGUE: Forecast[] = [...WHO_ENDS_PUTINS_RULE, ...COURSE_OF_THE_WAR, ...KREMLIN_WAY_OUT];

/** The catalogue, each forecast with its short title. */
export const SEED_FORECASTS: Forecast[] = CATALOGUE.map((f) => ({
  ...f,
  title: SEED_TITLES[f.id],
}));
