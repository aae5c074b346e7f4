import type { Proposal } from '../../domain/extract/extract';
import { readForecastFields } from '../../domain/forecast-fields';
import { percentText } from '../../domain/percent';
import { defaultCriteria } from '../../domain/hand-forecast';
import type { Forecast, Source } from '../../domain/model';
import type { ProposalEdits } from './ProposalItem';

export interface ArticleFields {
  title: string;
  publishedOn: string;
  url: string;
  text: string;
}

/**
 * The chosen proposals as forecasts of a new source, or the first problem in words (naming the
 * proposal by its quote, so the reader knows which one to fix).
 */
export function toArticle(
  article: ArticleFields,
  chosen: readonly { proposal: Proposal; edits: ProposalEdits }[],
  newId: () => string,
): { source: Source; forecasts: Forecast[] } | { error: string } {
  const source: Source = {
    id: `src-${newId()}`,
    title: article.title.trim(),
    publishedOn: article.publishedOn,
    text: article.text,
    ...(article.url.trim() ? { url: article.url.trim() } : {}),
  };
  const forecasts: Forecast[] = [];
  for (const { proposal, edits } of chosen) {
    const read = readForecastFields({ ...edits, note: '' });
    const name = `“${proposal.quote.slice(0, 60)}…”`;
    if ('error' in read) return { error: `${name}: ${read.error}` };
    // The quote stays verbatim: an edit may trim it, never reword it.
    const quote = edits.quote.trim();
    if (!quote || !article.text.includes(quote))
      return { error: `${name}: the quote must be words copied from the article text.` };
    const role = edits.role.trim();
    const proposed = percentText(proposal.probability);
    forecasts.push({
      id: `fc-${newId()}`,
      sourceId: source.id,
      speaker: edits.speaker.trim() || 'Unknown speaker',
      ...(role ? { speakerRole: role } : {}),
      quote,
      claim: read.patch.claim,
      madeOn: article.publishedOn,
      deadline: read.patch.deadline,
      kind: proposal.kind,
      probability: read.patch.probability,
      // A figure the reader changed is theirs; one left as proposed follows the lexicon.
      ...(edits.percent !== proposed ? { probabilitySource: 'manual' as const } : {}),
      hedge: proposal.hedge,
      resolutionCriteria: defaultCriteria(read.patch.deadline?.latest ?? ''),
      note: proposal.repeats > 0 ? `Stated ${proposal.repeats + 1} times in the article.` : '',
      tags: [],
    });
  }
  return { source, forecasts };
}
