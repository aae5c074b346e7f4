// A forecast the reader adds by hand to an article: their words checked as the editor checks
// them (forecast-fields.ts), its probability proposed by the hedge lexicon from the quote, as
// the extractor would propose it, until the reader sets one of their own.
import { chooseHedge, findHedges, foldForMatch } from './extract/wording/hedges';
import {
  readForecastDetails,
  readForecastFields,
  type ForecastDetailsText,
  type ForecastFieldsText,
} from './forecast-fields';
import type { Forecast, LexiconEntry, Source } from './model';

/** What the lexicon reads in a quote: the hedge words that speak for it, and their probability. */
export interface Wording {
  hedge: string;
  probability: number | null;
}

export function wordingOf(quote: string, lexicon: readonly LexiconEntry[]): Wording {
  const { phrase, probability } = chooseHedge(findHedges(foldForMatch(quote), lexicon), lexicon);
  return { hedge: phrase, probability };
}

/** The test a forecast is judged by when the reader writes none. */
export function defaultCriteria(latest: string): string {
  return latest
    ? `Correct if this has happened as stated by ${latest}; incorrect if it has not. Review before scoring.`
    : 'Correct if this happens as stated; incorrect if the opposite does. Review before scoring.';
}

export type HandForecastText = ForecastDetailsText & ForecastFieldsText;

/**
 * The forecast, or the first problem in words. The quote must stand in the article word for
 * word; the forecast is made the day the article was published; a probability other than the
 * one the lexicon reads in the quote is the reader's own, left alone by lexicon edits.
 */
export function handForecast(
  source: Source,
  fields: HandForecastText,
  lexicon: readonly LexiconEntry[],
  id: string,
): { forecast: Forecast } | { error: string } {
  const latest = fields.latest.trim();
  const criteria = fields.criteria.trim() || defaultCriteria(latest);
  const details = readForecastDetails({ ...fields, criteria }, source.text);
  if ('error' in details) return details;
  const read = readForecastFields(fields, source.publishedOn);
  if ('error' in read) return read;
  const wording = wordingOf(details.details.quote, lexicon);
  const manual = read.patch.probability !== wording.probability;
  const { speakerRole, ...rest } = details.details;
  return {
    forecast: {
      id,
      sourceId: source.id,
      ...rest,
      ...(speakerRole ? { speakerRole } : {}),
      claim: read.patch.claim,
      madeOn: source.publishedOn,
      deadline: read.patch.deadline,
      probability: read.patch.probability,
      ...(manual ? { probabilitySource: 'manual' as const } : {}),
      hedge: wording.hedge,
      note: read.patch.note,
      tags: [],
    },
  };
}
