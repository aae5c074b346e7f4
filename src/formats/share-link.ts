// The read-only link: the scorecard travels in the URL's fragment, which browsers never send to
// any server. `#share=` + base64url(raw deflate(JSON)). The JSON is the compact payload
// (share-compact.ts), which leaves out what the recipient's app already ships; links made before
// it hold the whole scorecard JSON (version 2, with an empty event log) and still open.
// Reading one back trusts nothing: the fragment's length and alphabet are checked first, the
// inflated size is capped while it is being inflated (a few kB of deflate can claim gigabytes),
// the bytes must be UTF-8, a compact payload is checked strictly and rebuilt over the catalogue,
// and the scorecard goes through the same strict parser as an imported file.
import { deflateSync, Inflate } from 'fflate';
import type { AppData } from '../domain/model';
import type { PartlyCredit } from '../domain/scoring';
import { fromBase64Url, toBase64Url } from './base64url';
import { IMPORT_MAX_BYTES, parseImport } from './import';
import { checkJsonDepth } from './json-depth';
import { buildScorecard, serialiseScorecardJson } from './scorecard';
import { compactPayload } from './share-compact';
import { expandSharePayload, isSharePayload } from './share-expand';
import { isShareFragment, SHARE_FRAGMENT_PREFIX } from './share-fragment';

/**
 * The longest link Hindsight makes: 2 MiB, Chromium's limit on a URL (url::kMaxURLChars); a
 * longer one would not open in Chrome or Edge at all. Firefox and Safari take longer URLs.
 */
export const MAX_SHARE_URL_CHARS = 2 * 1024 * 1024;
/**
 * Above this many characters a link still opens in browsers, but e-mail and chat apps are known
 * to cut or refuse links this long, so the app says so next to it.
 */
export const LONG_SHARE_URL_CHARS = 64 * 1024;
/** What a shared fragment may inflate to: the same cap as an imported file. */
export const MAX_SHARED_JSON_BYTES = IMPORT_MAX_BYTES;
const INFLATE_CHUNK = 16 * 1024;

export type ShareLink = { ok: true; url: string } | { ok: false; chars: number };

const fragmentOf = (json: string) =>
  `${SHARE_FRAGMENT_PREFIX}${toBase64Url(deflateSync(new TextEncoder().encode(json), { level: 9 }))}`;

/**
 * The fragment (with its `#share=`) of the links made before the compact payload: the whole
 * scorecard. Kept to test that such links still open.
 */
export function encodeShareFragment(
  data: AppData,
  exportedAt: Date,
  partlyCredit?: PartlyCredit,
): string {
  return fragmentOf(JSON.stringify(buildScorecard(data, exportedAt, partlyCredit)));
}

/** The fragment that carries `data`, leaving out what the recipient ships (`catalogue`). */
export function encodeCompactShareFragment(
  data: AppData,
  catalogue: AppData,
  exportedAt: Date,
  partlyCredit?: PartlyCredit,
): string {
  return fragmentOf(JSON.stringify(compactPayload(data, catalogue, exportedAt, partlyCredit)));
}

/**
 * The link to `data` from the app at `appUrl` (its fragment, if any, replaced), or its length
 * when that is over MAX_SHARE_URL_CHARS. `catalogue` is what the app ships (src/data).
 */
export function buildShareLink(
  appUrl: string,
  data: AppData,
  catalogue: AppData,
  exportedAt: Date,
  partlyCredit?: PartlyCredit,
): ShareLink {
  const url = new URL(appUrl);
  // The link opens the shared record at its first page, the overview: the page and the list's
  // search and filters the sharer happened to be on are theirs, not the report's.
  url.search = '';
  url.hash = '';
  const fragment = encodeCompactShareFragment(data, catalogue, exportedAt, partlyCredit);
  const link = `${url.href.replace(/#$/, '')}${fragment}`;
  return link.length > MAX_SHARE_URL_CHARS
    ? { ok: false, chars: link.length }
    : { ok: true, url: link };
}

export type SharedScorecard =
  | { ok: true; data: AppData; exportedAt: string | null; warnings: string[] }
  | { ok: false; reason: string; details: string[] };

const refuse = (reason: string, details: string[] = []): SharedScorecard => ({
  ok: false,
  reason,
  details,
});

class TooBig extends Error {}

/** Inflates raw deflate, stopping as soon as the output would pass `cap` bytes. */
function inflateCapped(bytes: Uint8Array, cap: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > cap) throw new TooBig();
    parts.push(chunk);
  });
  for (let i = 0; i < bytes.length; i += INFLATE_CHUNK) {
    inflate.push(bytes.subarray(i, i + INFLATE_CHUNK), i + INFLATE_CHUNK >= bytes.length);
  }
  if (bytes.length === 0) inflate.push(bytes, true);
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const MEGABYTES = (bytes: number) => `${bytes / (1024 * 1024)} MB`;

const INVALID = 'The link does not hold a valid Hindsight scorecard.';

/**
 * A compact payload rebuilt over the catalogue, then written as a scorecard and read through
 * the import's parser like any file (checkScorecard, stamps, ids, evidence addresses).
 */
function openCompact(raw: unknown, catalogue: AppData | null, now: Date): SharedScorecard {
  if (catalogue === null)
    return refuse(
      'The link refers to the shipped article’s catalogue, which could not be loaded. Reload to try again.',
    );
  const expanded = expandSharePayload(raw, catalogue);
  if (!expanded.ok) {
    return expanded.missing
      ? refuse(
          'The link refers to parts of the shipped article’s catalogue that this copy of Hindsight does not have, so it cannot be shown. It may come from another version of Hindsight: ask for the HTML file instead.',
          expanded.errors,
        )
      : refuse(INVALID, expanded.errors);
  }
  const json = serialiseScorecardJson(
    expanded.data,
    new Date(expanded.exportedAt),
    expanded.partlyCredit,
  );
  return scorecardOf(json, now, expanded.warnings);
}

function scorecardOf(text: string, now: Date, warnings: string[] = []): SharedScorecard {
  const parsed = parseImport('shared link', text, { now });
  if (!parsed.ok) return refuse(INVALID, parsed.errors);
  if (parsed.kind !== 'hindsight-json') {
    return refuse('The link does not hold a Hindsight scorecard.');
  }
  return {
    ok: true,
    data: parsed.data,
    exportedAt: parsed.exportedAt ?? null,
    warnings: [...warnings, ...parsed.warnings],
  };
}

/**
 * The scorecard a `#share=` fragment (location.hash) carries, or why it cannot be shown: in
 * words for the reader (`reason`) and, for a scorecard that fails validation, its problems.
 * `catalogue` is what this app ships, which a compact link is rebuilt over (null: not loaded).
 */
export function decodeShareFragment(
  hash: string,
  now: Date,
  catalogue: AppData | null = null,
): SharedScorecard {
  if (!isShareFragment(hash)) return refuse('This address holds no shared scorecard.');
  if (hash.length > MAX_SHARE_URL_CHARS) {
    return refuse('The link is longer than any link Hindsight makes, so it was not opened.');
  }
  const bytes = fromBase64Url(hash.slice(SHARE_FRAGMENT_PREFIX.length));
  if (bytes === null || bytes.length === 0) {
    return refuse(
      'The link is damaged: it has characters or a length that a Hindsight link never has. It may have been cut short or changed when it was copied.',
    );
  }
  let inflated: Uint8Array;
  try {
    inflated = inflateCapped(bytes, MAX_SHARED_JSON_BYTES);
  } catch (error) {
    return error instanceof TooBig
      ? refuse(
          `The link unpacks to more than ${MEGABYTES(MAX_SHARED_JSON_BYTES)}, more than Hindsight opens, so it was not opened.`,
        )
      : refuse(
          'The link is damaged: its data could not be unpacked. It may have been cut short when it was copied.',
        );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return refuse('The link is damaged: its data is not text.');
  }
  if (!/^\s*\{/.test(text)) return refuse('The link does not hold a Hindsight scorecard.');
  // JSON too deep or broken is refused by the import's parser, as it always was; the depth is
  // counted before parsing, so JSON nested millions deep is refused in one pass.
  if (checkJsonDepth(text) !== null) return scorecardOf(text, now);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return scorecardOf(text, now);
  }
  return isSharePayload(raw) ? openCompact(raw, catalogue, now) : scorecardOf(text, now);
}
