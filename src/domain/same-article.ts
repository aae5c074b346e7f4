// Whether an article being added (or imported) is one the record already has: the same address,
// or nearly the same text. Adding the same article twice silently doubled a speaker's forecasts,
// so Add article and Import say so first and let the reader open the one they have or add anyway.
import { formatDay } from './dates';
import type { Source } from './model';

/** How alike two texts must be (shared word runs over all word runs) to count as one article. */
export const NEAR_SAME_TEXT = 0.8;
/** Words in a run: long enough that two different articles on one subject share few runs. */
const RUN = 5;

export interface SameArticle {
  /** The article the record already has. */
  source: Source;
  /** Why it counts as the same: its address, or its text. */
  reason: 'url' | 'text';
}

const TRACKING = /^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$|ocid$|cmpid$|at_medium$|at_campaign$)/i;

/**
 * An address reduced to what names the page: no scheme difference, no `www.`, no fragment, no
 * tracking parameters, no trailing slash, the rest of the query sorted. Null when not http(s).
 */
export function pageAddress(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const params = [...url.searchParams].filter(([key]) => !TRACKING.test(key)).sort();
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = url.pathname.replace(/\/+$/, '') || '/';
  return `${host}${url.port ? `:${url.port}` : ''}${path}${query}`;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

/** The text's runs of RUN words (a text shorter than a run is one run). */
function runs(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  if (w.length === 0) return out;
  if (w.length < RUN) out.add(w.join(' '));
  for (let i = 0; i + RUN <= w.length; i++) out.add(w.slice(i, i + RUN).join(' '));
  return out;
}

/** How alike two texts are: shared word runs over all of them (Jaccard), 0 to 1. */
export function textLikeness(a: string, b: string): number {
  const ra = runs(a);
  const rb = runs(b);
  if (ra.size === 0 || rb.size === 0) return 0;
  let shared = 0;
  for (const r of ra) if (rb.has(r)) shared++;
  return shared / (ra.size + rb.size - shared);
}

/**
 * The article the record already has that `candidate` repeats (its address first, then nearly
 * the same text), or null. Texts whose lengths differ by more than the threshold allows are not
 * compared, so a long record costs a length check per article.
 */
export function findSameArticle(
  sources: readonly Source[],
  candidate: { url?: string; text: string },
  threshold = NEAR_SAME_TEXT,
): SameArticle | null {
  const address = candidate.url ? pageAddress(candidate.url) : null;
  if (address !== null) {
    const source = sources.find((s) => s.url !== undefined && pageAddress(s.url) === address);
    if (source) return { source, reason: 'url' };
  }
  const length = candidate.text.trim().length;
  if (length === 0) return null;
  for (const source of sources) {
    const other = source.text.trim().length;
    if (other === 0 || Math.min(length, other) / Math.max(length, other) < threshold) continue;
    if (textLikeness(candidate.text, source.text) >= threshold) return { source, reason: 'text' };
  }
  return null;
}

/** One sentence saying which article it repeats and why. */
export function describeSameArticle({ source, reason }: SameArticle): string {
  const why = reason === 'url' ? 'has the same address' : 'has nearly the same text';
  return `You already have this article: “${source.title}” (published ${formatDay(source.publishedOn)}) ${why}.`;
}
