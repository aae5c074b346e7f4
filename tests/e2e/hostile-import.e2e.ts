import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUnderTest, foreignRequests, uncaughtErrors } from './support/browser';
import {
  chooseOutcome,
  chosenOutcome,
  exportAs,
  firstPendingClaim,
  forecast,
  forecasts,
} from './support/hindsight';
import {
  alertTexts,
  BIG_FILE_BYTES,
  bigFileReads,
  bigFileReadSpy,
  importFile,
  importPreview,
  PATH_LIKE,
  prototypePolluted,
  type FileToImport,
} from './support/import';
import { expectSaved, settledStorage, storageSnapshot } from './support/storage';

const MB = 1024 * 1024;
const POLLUTION = { polluted: true };

/** Gives `target` an own, enumerable key `__proto__` (as JSON.parse would), which stringifies. */
function withProtoKey(target: object, value: unknown): void {
  Object.defineProperty(target, '__proto__', { value, enumerable: true });
}

interface HostileCase {
  label: string;
  build: (page: Page) => Promise<FileToImport>;
  /** What the alert must name; any path-like text when absent. */
  path?: string;
  /** What else the alert must say. */
  mentions?: RegExp;
}

const CASES: HostileCase[] = [
  {
    label: 'JSON with __proto__ keys and a date that does not exist',
    path: 'forecasts[0].deadline.latest',
    async build(page) {
      const card = JSON.parse((await exportAs(page, 'JSON')).text) as {
        forecasts: Record<string, unknown>[];
      };
      const first = card.forecasts[0] ?? {};
      first.deadline = { latest: '2023-02-30' };
      Object.assign(first, { constructor: { prototype: POLLUTION } });
      withProtoKey(first, POLLUTION);
      withProtoKey(card, POLLUTION);
      const text = JSON.stringify(card, null, 2);
      expect(text).toContain('"__proto__"');
      return { name: 'hostile.json', mimeType: 'application/json', text };
    },
  },
  {
    label: 'truncated JSON',
    async build(page) {
      const { text } = await exportAs(page, 'JSON');
      return {
        name: 'truncated.json',
        mimeType: 'application/json',
        text: text.slice(0, Math.floor(text.length / 2)),
      };
    },
  },
  {
    label: 'CSV with a formula in a claim and the speaker column missing',
    mentions: /speaker/,
    async build(page) {
      const { text } = await exportAs(page, 'CSV');
      const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
        header: true,
        skipEmptyLines: true,
      });
      const fields = (parsed.meta.fields ?? []).filter((field) => field !== 'speaker');
      expect(fields).toContain('claim');
      const rows = parsed.data.map((row, index) => ({
        ...row,
        ...(index === 0 && { claim: '=HYPERLINK("http://evil.example/","Click me")' }),
      }));
      const csv = Papa.unparse({ fields, data: rows }, { newline: '\r\n' });
      expect(csv).toContain('=HYPERLINK(');
      return { name: 'formula.csv', mimeType: 'text/csv', text: csv };
    },
  },
  {
    label: 'an empty file',
    build: () => Promise.resolve({ name: 'empty.json', mimeType: 'application/json', text: '' }),
  },
  {
    label: 'a 33 MB file (over the 32 MB size cap)',
    mentions: /\bMB\b|too (?:big|large)|size|limit/i,
    build: () =>
      Promise.resolve({
        name: 'huge.json',
        mimeType: 'application/json',
        text: `{"format":"hindsight-scorecard","version":1,"pad":"${'x'.repeat(33 * MB)}"}`,
      }),
  },
];

const app = appUnderTest();

describe('hostile import files', () => {
  it.each(CASES)('refuses $label: an alert names the place, nothing changes', async (hostile) => {
    const loaded = await app.open({
      initScripts: [{ script: bigFileReadSpy, arg: BIG_FILE_BYTES }],
    });
    const { page } = loaded;
    const claim = await firstPendingClaim(page);
    await chooseOutcome(forecast(page, claim), 'Correct');
    await expectSaved(page, claim, 'correct');
    const count = await forecasts(page).count();

    const file = await hostile.build(page);
    const before = await settledStorage(page);
    await importFile(page, file);

    const names = (texts: string[]) =>
      texts.some(
        (text) =>
          (hostile.path ? text.includes(hostile.path) : PATH_LIKE.test(text)) &&
          (hostile.mentions?.test(text) ?? true),
      );
    await expect
      .poll(() => alertTexts(page, file.name), {
        timeout: 5000,
        message: `an alert naming ${hostile.path ?? 'a place in the file'} ${hostile.mentions ?? ''}`,
      })
      .toSatisfy(names);

    expect(await importPreview(page).count(), 'the Import preview dialog').toBe(0);
    expect(await storageSnapshot(page)).toEqual(before);
    // A debounced write would be made at once now, as on leaving the page.
    expect(await settledStorage(page)).toEqual(before);
    expect(await prototypePolluted(page)).toBe(false);
    expect(await forecasts(page).count()).toBe(count);
    expect(await chosenOutcome(forecast(page, claim))).toBe('Correct');
    expect(await bigFileReads(page), 'reads of a file over the size cap').toEqual([]);

    expect(uncaughtErrors(loaded)).toEqual([]);
    expect(foreignRequests(loaded)).toEqual([]);
  });
});
