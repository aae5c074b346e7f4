// Acceptance (issue 3): at least 1,000 generated malformed or hostile import files each produce
// an error naming a path, and leave the stored string byte-identical.
import fc from 'fast-check';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseImport } from '../../src/formats/import';
import { scoredData } from './scorecard-fixture';
import { fatebookRows } from './arbitraries';
import { hostileCsv, hostileFatebook } from './hostile-csv';
import { hostileJson, randomFile } from './hostile-json';

const NOW = new Date(Date.UTC(2025, 0, 15, 12));
/** A path (no spaces before its end, no colon), then a colon, a space and a message. */
const PATHED = /^[^\s:]+[^:]*: .+/;
// What the storage module keeps under its key: any string will do, as long as it is compared
// byte for byte. Its exact shape is the storage module's business.
const STORED = JSON.stringify({
  schemaVersion: 1,
  rev: 7,
  savedAt: '2025-01-15T11:00:00.000Z',
  writer: 'tab-1',
  data: scoredData(),
});

let spies: ReturnType<typeof vi.spyOn>[] = [];

beforeEach(() => {
  localStorage.setItem('hindsight', STORED);
  spies = (['setItem', 'removeItem', 'clear'] as const).map((name) =>
    vi.spyOn(Storage.prototype, name),
  );
});

function expectRefused(name: string, text: string): void {
  const result = parseImport(name, text, { now: NOW });
  expect(result.ok, 'a hostile file was accepted').toBe(false);
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.errors.length).toBeLessThanOrEqual(51);
  for (const error of result.errors) expect(error).toMatch(PATHED);
  expect(localStorage.getItem('hindsight')).toBe(STORED);
  expect(localStorage.length).toBe(1);
  for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  expect(Object.prototype).not.toHaveProperty('polluted');
}

describe('hostile import files are refused with pathed errors, and storage is untouched', () => {
  it.each<[string, fc.Arbitrary<string>, string, number]>([
    ['scorecard JSON with one fault', hostileJson, 'hindsight-scorecard.json', 500],
    ['Hindsight CSV with one fault', hostileCsv, 'hindsight-scorecard.csv', 300],
    ['Fatebook CSV with one fault', hostileFatebook, 'fatebook.csv', 150],
    ['random bytes and hostile snippets', randomFile, 'upload.bin', 100],
  ])('%s', (_name, files, fileName, numRuns) => {
    fc.assert(
      fc.property(files, (text) => expectRefused(fileName, text)),
      { numRuns },
    );
  });

  it('while the unmutated Fatebook files the faults start from all import', () => {
    fc.assert(
      fc.property(fatebookRows, (rows) => {
        const result = parseImport('fatebook.csv', Papa.unparse(rows), { now: NOW });
        if (!result.ok) throw new Error(result.errors.join('\n'));
        expect(result.data.forecasts.length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});
