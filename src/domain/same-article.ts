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

function likeness(ra: Set<string>, rb: Set<string>): number {
  if (ra.size === 0 || rb.size === 0) return 0;
  let shared = 0;
  for (const r of ra) if (rb.has(r)) shared++;
  return shared / (ra.size + rb.size - shared);
}

/** How alike two texts are: shared word runs over all of them (Jaccard), 0 to 1. */
export const textLikeness = (a: string, b: string): number => likeness(runs(a), runs(b));

interface Candidate {
  url?: string;
  text: string;
}

/**
 * What `have` holds that a candidate repeats (its address first, then nearly the same text), or
 * null. Texts whose lengths differ by more than the threshold allows are not compared, so a long
 * record costs a length check per article; past `pairs` texts compared, only addresses are.
 * The addresses and each text's word runs are worked out once for all candidates.
 */
function repeatFinder(
  have: readonly Source[],
  threshold: number,
  pairs: number,
): (candidate: Candidate) => SameArticle | null {
  const byAddress = new Map<string, Source>();
  for (const s of have) {
    const address = s.url ? pageAddress(s.url) : null;
    if (address !== null && !byAddress.has(address)) byAddress.set(address, s);
  }
  const runsOf = new Map<Candidate, Set<string>>();
  const cached = (c: Candidate) => {
    let r = runsOf.get(c);
    if (!r) runsOf.set(c, (r = runs(c.text)));
    return r;
  };
  let compared = 0;
  return (candidate) => {
    const address = candidate.url ? pageAddress(candidate.url) : null;
    const same = address === null ? undefined : byAddress.get(address);
    if (same) return { source: same, reason: 'url' };
    const length = candidate.text.trim().length;
    if (length === 0) return null;
    for (const other of have) {
      if (compared >= pairs) return null;
      const otherLength = other.text.trim().length;
      if (otherLength === 0) continue;
      if (Math.min(length, otherLength) / Math.max(length, otherLength) < threshold) continue;
      compared++;
      if (likeness(cached(candidate), cached(other)) >= threshold)
        return { source: other, reason: 'text' };
    }
    return null;
  };
}

/** The article the record already has that `candidate` repeats, or null (repeatFinder). */
export function findSameArticle(
  sources: readonly Source[],
  candidate: Candidate,
  threshold = NEAR_SAME_TEXT,
): SameArticle | null {
  return repeatFinder(sources, threshold, Infinity)(candidate);
}

/** One sentence saying which article it repeats and why. */
export function describeSameArticle({ source, reason }: SameArticle): string {
  const why = reason === 'url' ? 'has the same address' : 'has nearly the same text';
  return `You already have this article: “${source.title}” (published ${formatDay(source.publishedOn)}) ${why}.`;
}

/** An incoming article that repeats one the record has. */
export interface Repeat {
  id: string;
  title: string;
  existing: { id: string; title: string };
  reason: SameArticle['reason'];
}

/** How many pairs of texts an import compares at most; past it, only addresses are compared. */
export const TEXT_PAIRS_COMPARED = 5_000;

/**
 * The incoming articles that repeat one of `have`, by address, or by nearly the same text for
 * the first TEXT_PAIRS_COMPARED pairs of texts of comparable length (an import of thousands of
 * articles into thousands would otherwise compare millions of texts).
 */
export function findRepeats(have: readonly Source[], incoming: readonly Source[]): Repeat[] {
  const repeats = repeatFinder(have, NEAR_SAME_TEXT, TEXT_PAIRS_COMPARED);
  return incoming.flatMap((source) => {
    const found = repeats(source);
    return found
      ? [
          {
            id: source.id,
            title: source.title,
            existing: { id: found.source.id, title: found.source.title },
            reason: found.reason,
          },
        ]
      : [];
  });
}
