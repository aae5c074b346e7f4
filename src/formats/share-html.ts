// The scorecard as one self-contained HTML page, for sending to someone who has no Hindsight:
// the per-speaker summary, then every forecast grouped by its article. It runs no scripts and
// loads nothing (its Content-Security-Policy forbids both, so even a mistake here could not make
// it fetch), it reads the same with scripts off, and its stylesheet covers light, dark and print.
// All outside text is HTML-escaped (html-escape.ts); only http(s) evidence becomes a link. Its
// one <script> is a data block: the verdicts as ClaimReview JSON-LD (claimreview.ts), which no
// browser runs, escaped so that no text in it can end the element.
import { forecastViews, type ForecastView } from '../domain/catalogue';
import { formatDay, toIsoDate } from '../domain/dates';
import { KIND_LABELS, OUTCOME_LABELS, type AppData, type Source } from '../domain/model';
import { DEFAULT_PARTLY_CREDIT, type PartlyCredit } from '../domain/scoring';
import { linkUrl, unlinkedUrlText } from '../domain/urls';
import { buildClaimReviews, claimReviewScriptText } from './claimreview';
import { escapeHtml, tag } from './html-escape';
import { editedAfterJudgementNote, formatDeadline, formatProbability } from './markdown';
import { SHARE_HTML_STYLE } from './share-html-style';
import { summarySection } from './share-html-summary';
import { plural } from '../shared/plural';

export { HTML_SUMMARY_HEADERS } from './share-html-summary';

/** Per forecast id, the day it was first edited in a judged field after a judgement. */
type Edited = ReadonlyMap<string, string>;

export const SHARE_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
export const SHARE_HTML_MIME = 'text/html;charset=utf-8';

export function shareHtmlFileName(now: Date): string {
  return `hindsight-scorecard-${toIsoDate(now)}.html`;
}

function evidenceList(view: ForecastView): string {
  const items = view.state.evidence.map(({ url, note }) => {
    const href = linkUrl(url);
    if (href === null) {
      const label = note ? `${escapeHtml(note)}: ` : '';
      const shown = unlinkedUrlText(url);
      const why = shown === url ? ' (not a web link)' : '';
      return `<li>${label}${tag('span', shown, 'class="not-a-link"')}${why}</li>`;
    }
    // A link that shows its own address needs no second copy of it in print (.bare).
    const bare = note ? '' : ' class="bare"';
    return `<li>${tag('a', note || href, `href="${escapeHtml(href)}" rel="noopener noreferrer"${bare}`)}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

function fact(term: string, valueHtml: string, attributes = ''): string {
  return `<div>${tag('dt', term)}<dd${attributes && ` ${attributes}`}>${valueHtml}</dd></div>`;
}

function probabilityText(view: ForecastView): string {
  const { probability, hedge } = view.forecast;
  if (probability === null) return 'none stated';
  return hedge
    ? `${formatProbability(probability)} (from “${hedge}”)`
    : formatProbability(probability);
}

function forecastArticle(view: ForecastView, index: number, edited: Edited): string {
  const { forecast, state } = view;
  const id = `forecast-${index + 1}`;
  const editedOn = edited.get(forecast.id);
  // In words, as on the app's card: the mark beside them is not the only sign.
  const flag =
    editedOn === undefined
      ? ''
      : `\n<p class="edited-after"><span aria-hidden="true">✎ </span>${escapeHtml(editedAfterJudgementNote(editedOn))}</p>`;
  const role = forecast.speakerRole ? `, ${escapeHtml(forecast.speakerRole)}` : '';
  const facts = [
    fact('Deadline', escapeHtml(formatDeadline(forecast.deadline))),
    fact('Kind', escapeHtml(KIND_LABELS[forecast.kind])),
    fact('Implied probability', escapeHtml(probabilityText(view))),
    fact('Outcome', escapeHtml(OUTCOME_LABELS[state.outcome]), `class="outcome ${state.outcome}"`),
    state.judgedOn && fact('Judged on', escapeHtml(formatDay(state.judgedOn))),
    state.evidence.length > 0 && fact('Evidence', evidenceList(view), 'class="evidence"'),
    state.note && fact('Note', escapeHtml(state.note)),
    fact('Resolves', escapeHtml(forecast.resolutionCriteria)),
  ].filter((f): f is string => typeof f === 'string' && f !== '');
  return `<article class="forecast ${state.outcome}" aria-labelledby="${id}">
${tag('h4', forecast.claim, `id="${id}"`)}${flag}
<p class="speaker"><strong>${escapeHtml(forecast.speaker)}</strong>${role}</p>
<blockquote><p>${escapeHtml(forecast.quote)}</p></blockquote>
<dl class="facts">${facts.join('')}</dl>
</article>`;
}

function sourceMeta(source: Source): string {
  const parts = [
    source.publisher && escapeHtml(source.publisher),
    `published ${escapeHtml(formatDay(source.publishedOn))}`,
  ].filter(Boolean);
  const href = source.url === undefined ? null : linkUrl(source.url);
  const link = href
    ? ` <span class="source-link">${tag('a', 'Read the article', `href="${escapeHtml(href)}" rel="noopener noreferrer"`)}</span>`
    : '';
  return `<p class="meta">${parts.join(' · ')}.${link}</p>`;
}

interface Group {
  source: Source | undefined;
  views: ForecastView[];
}

/** The forecasts by article, in the order the articles are kept; orphans (if any) last. */
function groupBySource(data: AppData, views: ForecastView[]): Group[] {
  const groups = new Map<string, Group>(
    data.sources.map((source) => [source.id, { source, views: [] }]),
  );
  const orphans: ForecastView[] = [];
  for (const view of views) (groups.get(view.forecast.sourceId)?.views ?? orphans).push(view);
  const kept = [...groups.values()].filter((g) => g.views.length > 0);
  return orphans.length > 0 ? [...kept, { source: undefined, views: orphans }] : kept;
}

function forecastsSection(data: AppData, views: ForecastView[], edited: Edited): string {
  if (views.length === 0) {
    return '<section aria-labelledby="forecasts"><h2 id="forecasts">Forecasts</h2><p>No forecasts yet.</p></section>';
  }
  let index = 0;
  const groups = groupBySource(data, views).map((group, g) => {
    const title = group.source?.title ?? 'Forecasts without an article';
    const articles = group.views.map((view) => forecastArticle(view, index++, edited)).join('\n');
    return `<section class="source" aria-labelledby="source-${g + 1}">
${tag('h3', title, `id="source-${g + 1}"`)}
${group.source ? sourceMeta(group.source) : ''}
<p class="hint">${plural(group.views.length, 'forecast')}</p>
${articles}
</section>`;
  });
  return `<section aria-labelledby="forecasts">
<h2 id="forecasts">Forecasts</h2>
${groups.join('\n')}
</section>`;
}

/** The verdicts as ClaimReview JSON-LD, for the tools that read a page's markup ('' with none). */
function claimReviewBlock(data: AppData, edited: Edited, reviewer: string): string {
  const reviews = buildClaimReviews(data, { edited, reviewer });
  if (reviews.length === 0) return '';
  return `\n<script type="application/ld+json">${claimReviewScriptText(reviews)}</script>`;
}

/**
 * The scorecard as a standalone HTML document; its figures give a "partly" `partlyCredit`
 * (default ½), as the app's scorecard does. `reviewer` signs its ClaimReview markup where a
 * judgement names no desk member.
 */
export function scorecardToHtml(
  data: AppData,
  exportedAt: Date,
  partlyCredit: PartlyCredit = DEFAULT_PARTLY_CREDIT,
  edited: Edited = new Map(),
  reviewer = '',
): string {
  const views = forecastViews(data);
  const day = formatDay(toIsoDate(exportedAt));
  const judged = views.filter((v) => v.state.outcome !== 'pending').length;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${SHARE_HTML_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="Hindsight">
<title>Hindsight scorecard, ${escapeHtml(day)}</title>
<style>${SHARE_HTML_STYLE}</style>${claimReviewBlock(data, edited, reviewer)}
</head>
<body>
<header>
<h1>Hindsight scorecard</h1>
<p>Exported on <time datetime="${escapeHtml(exportedAt.toISOString())}">${escapeHtml(day)}</time>: ${plural(views.length, 'forecast')} from ${plural(data.sources.length, 'article')}, ${judged} judged.</p>
</header>
<main>
${summarySection(views, toIsoDate(exportedAt), partlyCredit, edited)}
${forecastsSection(data, views, edited)}
</main>
<footer>
<p>Made with Hindsight, which checks pundits’ forecasts against what happened. This page is a snapshot: it runs no scripts and loads nothing; the links lead to other sites only when followed.</p>
</footer>
</body>
</html>
`;
}
