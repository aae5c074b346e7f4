import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SEED_DATA } from '../../src/data/seed';
import { toBase64Url } from '../../src/formats/base64url';
import { serialiseScorecardJson } from '../../src/formats/scorecard';
import { compactPayload } from '../../src/formats/share-compact';
import { appUnderTest, foreignRequests, uncaughtErrors } from './support/browser';
import {
  chooseOutcome,
  chosenOutcome,
  firstPendingClaim,
  forecast,
  heading,
  openForecastsPage,
} from './support/hindsight';
import { prototypePolluted } from './support/import';
import { sharedBanner } from './support/share';
import { expectSaved, settledStorage, storageSnapshot } from './support/storage';

const app = appUnderTest();

const deflated = (bytes: Uint8Array) => toBase64Url(deflateSync(bytes, { level: 9 }));
const text = (json: string) => deflated(new TextEncoder().encode(json));

function validScorecard(): Record<string, unknown> {
  return JSON.parse(serialiseScorecardJson(SEED_DATA, new Date())) as Record<string, unknown>;
}

/** A compact link's payload (share-compact.ts) of the catalogue, as the app makes it. */
function compact(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(compactPayload(SEED_DATA, SEED_DATA, new Date()))) as Record<
    string,
    unknown
  >;
}

function bomb(): string {
  // 40 MB of spaces after a brace: about 40 kB of link that would inflate past the 32 MB cap.
  const bytes = new Uint8Array(40 * 1024 * 1024).fill(0x20);
  bytes[0] = 0x7b;
  return deflated(bytes);
}

const HOSTILE: [string, string, RegExp][] = [
  ['bad base64', 'not*base64!', /characters or a length/],
  [
    'bad deflate',
    toBase64Url(new Uint8Array([0xff, 0xfe, 0xfd, 0xfc, 0xfb, 0xfa])),
    /could not be unpacked/,
  ],
  [
    'invalid JSON',
    text('{"format": "hindsight-scorecard", '),
    /not hold a valid Hindsight scorecard/,
  ],
  [
    'another version',
    text(JSON.stringify({ ...validScorecard(), version: 99 })),
    /not hold a valid Hindsight scorecard/,
  ],
  [
    'an invalid forecast',
    text(
      JSON.stringify({
        ...validScorecard(),
        forecasts: [{ id: 'x', claim: '<img src=x onerror=alert(1)>' }],
      }),
    ),
    /not hold a valid Hindsight scorecard/,
  ],
  [
    'prototype pollution',
    text('{"__proto__": {"polluted": 1}, "format": "hindsight-scorecard", "version": 1}'),
    /not hold a valid Hindsight scorecard/,
  ],
  ['a decompression bomb', bomb(), /unpacks to more than 32 MB/],
  [
    'a compact link naming a forecast the catalogue does not have',
    text(JSON.stringify({ ...compact(), forecasts: [['fc-not-shipped']] })),
    /catalogue that this copy of Hindsight does not have/,
  ],
  [
    'a compact link of another version',
    text(JSON.stringify({ ...compact(), version: 7 })),
    /not hold a valid Hindsight scorecard/,
  ],
  [
    'a compact link with a forged field',
    text(
      JSON.stringify({ ...compact(), forecasts: [{ ref: SEED_DATA.forecasts[0]!.id, pinned: 1 }] }),
    ),
    /not hold a valid Hindsight scorecard/,
  ],
];

describe('a hostile shared link', () => {
  it('shows an alert, offers the way home, and leaves the stored data byte-identical', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    const claim = await firstPendingClaim(page);
    await chooseOutcome(forecast(page, claim), 'Partly correct');
    await expectSaved(page, claim, 'partly');
    const before = await settledStorage(page);
    expect(Object.keys(before).length).toBeGreaterThan(0);

    for (const [what, payload, reason] of HOSTILE) {
      // A full load each time, so the alert seen is this link's.
      await page.goto('about:blank');
      await page.goto(`${loaded.baseURL}#share=${payload}`);
      const alert = page.getByRole('alert').filter({ hasText: 'could not be opened' });
      await alert.waitFor();
      expect(await alert.innerText(), what).toMatch(/Nothing was read from or saved/);
      expect(await alert.innerText(), what).toMatch(reason);
      expect(await sharedBanner(page).count(), what).toBe(0);
      expect(await page.getByRole('link', { name: 'Open my Hindsight' }).count(), what).toBe(1);
      expect(await prototypePolluted(page), what).toBe(false);
      expect(await storageSnapshot(page), what).toEqual(before);
    }

    await page.getByRole('link', { name: 'Open my Hindsight', exact: true }).click();
    await heading(page).waitFor();
    await openForecastsPage(page);
    expect(new URL(page.url()).hash).toBe('');
    expect(await chosenOutcome(forecast(page, claim))).toBe('Partly correct');
    expect(await settledStorage(page)).toEqual(before);
    expect(uncaughtErrors(loaded)).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });
});
