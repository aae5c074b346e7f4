import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SEED_DATA } from '../../src/data/seed';
import { fromBase64Url, toBase64Url } from '../../src/formats/base64url';
import { serialiseScorecardJson } from '../../src/formats/scorecard';
import { isShareFragment, SHARE_FRAGMENT_PREFIX } from '../../src/formats/share-fragment';
import {
  buildShareLink,
  decodeShareFragment,
  encodeShareFragment,
  MAX_SHARE_URL_CHARS,
  MAX_SHARED_JSON_BYTES,
} from '../../src/formats/share-link';
import { appData, RECEIVER_CLOCK } from './arbitraries';
import { EXPORTED_AT, scoredData } from './scorecard-fixture';

const APP = 'https://hindsight.example/app/';

const fragmentOf = (json: string, level: 0 | 9 = 9) =>
  SHARE_FRAGMENT_PREFIX + toBase64Url(deflateSync(new TextEncoder().encode(json), { level }));

function refused(hash: string) {
  const result = decodeShareFragment(hash, EXPORTED_AT);
  if (result.ok) throw new Error('expected the fragment to be refused');
  return result;
}

describe('base64url', () => {
  it('round-trips any bytes with only URL-safe characters and no padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it.each(['abc=', 'ab+c', 'ab/c', 'a b', 'abcde', '%41%42', 'é'])('refuses %j', (text) => {
    expect(fromBase64Url(text)).toBeNull();
  });
});

describe('share links', () => {
  it('carry the scorecard losslessly in the fragment of the app URL, opened at its first page', () => {
    const link = buildShareLink(
      `${APP}?page=forecasts&q=war#old`,
      scoredData(),
      SEED_DATA,
      EXPORTED_AT,
    );
    if (!link.ok) throw new Error('expected a link');
    expect(link.url.startsWith(`${APP}${SHARE_FRAGMENT_PREFIX}`)).toBe(true);
    const hash = new URL(link.url).hash;
    expect(isShareFragment(hash)).toBe(true);
    expect(decodeShareFragment(hash, EXPORTED_AT, SEED_DATA)).toEqual({
      ok: true,
      data: expect.objectContaining({
        sources: scoredData().sources,
        forecasts: scoredData().forecasts,
        judgements: scoredData().judgements,
      }) as unknown,
      exportedAt: EXPORTED_AT.toISOString(),
      warnings: [],
    });
  });

  it('round-trip any valid data', () => {
    fc.assert(
      fc.property(appData, (data) => {
        const result = decodeShareFragment(encodeShareFragment(data, EXPORTED_AT), RECEIVER_CLOCK);
        if (!result.ok) throw new Error(result.reason);
        // Sources and forecasts come back field for field; judgements in history order.
        expect(result.data.sources).toEqual(data.sources);
        expect(result.data.forecasts).toEqual(data.forecasts);
        expect(result.data.judgements).toHaveLength(data.judgements.length);
      }),
      { numRuns: 40 },
    );
  });

  it('keep a scorecard of its own well under the limit (deflated, not just encoded)', () => {
    const link = buildShareLink(
      APP,
      SEED_DATA,
      { ...SEED_DATA, sources: [], forecasts: [] },
      EXPORTED_AT,
    );
    if (!link.ok) throw new Error('expected a link');
    const json = serialiseScorecardJson(SEED_DATA, EXPORTED_AT);
    expect(link.url.length).toBeLessThan(json.length / 2);
  });

  it('are refused, with their length, when longer than Chromium opens', () => {
    // Random text does not compress: 2.2 million characters of it cannot fit in 2 MiB of link.
    let seed = 7;
    const codes = Array.from({ length: 2_200_000 }, () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return 33 + ((seed >>> 0) % 90);
    });
    let random = '';
    for (let i = 0; i < codes.length; i += 0x8000) {
      random += String.fromCharCode(...codes.slice(i, i + 0x8000));
    }
    const data = scoredData();
    data.sources[0] = { ...data.sources[0]!, text: random };
    const link = buildShareLink(APP, data, SEED_DATA, EXPORTED_AT);
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.chars).toBeGreaterThan(MAX_SHARE_URL_CHARS);
  });
});

describe('a hostile or broken fragment', () => {
  const payload = encodeShareFragment(scoredData(), EXPORTED_AT).slice(
    SHARE_FRAGMENT_PREFIX.length,
  );

  it.each([
    ['bad base64', `${SHARE_FRAGMENT_PREFIX}abc$%^`, /damaged: it has characters/],
    ['an impossible length', `${SHARE_FRAGMENT_PREFIX}abcde`, /damaged: it has characters/],
    ['nothing at all', SHARE_FRAGMENT_PREFIX, /damaged/],
    [
      'bytes that are not deflate',
      `${SHARE_FRAGMENT_PREFIX}${toBase64Url(new Uint8Array([255, 255, 255, 255, 1]))}`,
      /could not be unpacked/,
    ],
    [
      'a link cut short',
      SHARE_FRAGMENT_PREFIX + payload.slice(0, Math.floor((payload.length * 0.6) / 4) * 4),
      /could not be unpacked/,
    ],
    ['text that is not JSON', fragmentOf('hello, world'), /does not hold a Hindsight scorecard/],
    ['JSON of another kind', fragmentOf('{"format":"other","version":1}'), /not hold a valid/],
    ['a CSV', fragmentOf('id,speaker,claim\n1,a,b'), /does not hold a Hindsight scorecard/],
    [
      'bytes that are not UTF-8',
      `${SHARE_FRAGMENT_PREFIX}${toBase64Url(deflateSync(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))}`,
      /not text/,
    ],
    [
      'a link longer than any Hindsight makes',
      `${SHARE_FRAGMENT_PREFIX}${'A'.repeat(MAX_SHARE_URL_CHARS)}`,
      /longer than any link/,
    ],
  ])('is refused: %s', (_, hash, reason) => {
    expect(refused(hash).reason).toMatch(reason);
  });

  it('is refused with the problems when the scorecard fails validation', () => {
    const json = JSON.parse(serialiseScorecardJson(scoredData(), EXPORTED_AT)) as {
      forecasts: { outcome: string }[];
    };
    json.forecasts[0]!.outcome = 'maybe';
    const result = refused(fragmentOf(JSON.stringify(json)));
    expect(result.reason).toMatch(/not hold a valid Hindsight scorecard/);
    expect(result.details.join('\n')).toMatch(/forecasts\[0\]\.outcome/);
  });

  it('stops inflating a bomb at the cap instead of filling memory', () => {
    // 33 MB of spaces deflates to about 33 kB.
    const bomb = new Uint8Array(MAX_SHARED_JSON_BYTES + 1024 * 1024).fill(0x20);
    bomb[0] = 0x7b;
    const hash = SHARE_FRAGMENT_PREFIX + toBase64Url(deflateSync(bomb, { level: 6 }));
    expect(hash.length).toBeLessThan(200_000);
    expect(refused(hash).reason).toMatch(/unpacks to more than 32 MB/);
  });

  it('is not a share link without its prefix', () => {
    expect(isShareFragment('#shared=abc')).toBe(false);
    expect(isShareFragment('')).toBe(false);
    expect(refused('#view=1').reason).toMatch(/no shared scorecard/);
  });
});
