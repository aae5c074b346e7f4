// The boot draws stored shards before validating them (they match their content hashes, so they
// are what this app wrote), then validates in idle slices before anything is saved. These tests
// hold that the late check finds what the early one would have, and acts on it the same way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_DATA } from '../../src/data/seed';
import type { AppData } from '../../src/domain/model';
import { appDataSchema } from '../../src/domain/schemas';
import { check, checkNow, STORAGE_CODEC } from '../../src/storage/codec';
import { DocumentStore } from '../../src/storage/document-store';
import { DocumentSync } from '../../src/storage/sync/document-sync';
import { BACKUP_KEY_PREFIX } from '../../src/storage/envelope';
import { makeForecast } from '../support/factories';

const NOW = new Date('2026-11-24T10:00:00.000Z');
const store = () =>
  new DocumentStore({
    storage: localStorage,
    writer: 'test',
    now: () => NOW,
    codec: STORAGE_CODEC,
  });
const noPause = () => Promise.resolve();
const backups = () => Object.keys(localStorage).filter((k) => k.startsWith(BACKUP_KEY_PREFIX));

/** The seed with one field of one item replaced by `value`. */
function damaged(
  list: 'sources' | 'forecasts' | 'judgements',
  index: number,
  field: string,
  value: unknown,
) {
  const data = structuredClone(SEED_DATA) as unknown as Record<string, Record<string, unknown>[]>;
  const items = data[list]!;
  if (items.length > 0) items[index % items.length]![field] = value;
  return data as unknown;
}

describe('check, in slices', () => {
  it('accepts exactly what appDataSchema accepts', async () => {
    const seedJudged = {
      ...SEED_DATA,
      judgements: [
        {
          id: 'j1',
          forecastId: SEED_DATA.forecasts[0]!.id,
          outcome: 'correct',
          judgedOn: null,
          evidence: [],
          note: '',
          at: 'x',
        },
      ],
    };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('sources', 'forecasts', 'judgements'),
        fc.nat(),
        fc.constantFrom(
          'id',
          'claim',
          'deadline',
          'outcome',
          'probability',
          'title',
          'tags',
          'note',
        ),
        fc.oneof(
          fc.constant(undefined),
          fc.constant(null),
          fc.integer(),
          fc.string(),
          fc.constant([1]),
        ),
        async (list, index, field, value) => {
          const data =
            list === 'judgements'
              ? { ...seedJudged, judgements: [{ ...seedJudged.judgements[0]!, [field]: value }] }
              : damaged(list, index, field, value);
          const valid = appDataSchema.safeParse(data).success;
          expect((await check(data, noPause)) === null).toBe(valid);
          expect(checkNow(data) === null).toBe(valid);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('names the item at fault, however deep in a large document', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => makeForecast({ id: `f${i}` }));
    const bad = { ...SEED_DATA, forecasts: [...many.slice(0, 2500), { ...many[2500], claim: '' }] };
    const reason = await check(bad, noPause);
    expect(reason).toMatch(/^forecasts\[2500\]\.claim: /);
    expect(await check({ ...SEED_DATA, lexicon: 'none' }, noPause)).toMatch(/^lexicon: /);
    expect(await check({ forecasts: [] }, noPause)).toMatch(/^sources: /);
  });
});

describe('a load that defers the check', () => {
  it('is unchecked only for shards; a plain load validates at once', async () => {
    store().save(SEED_DATA);
    const loaded = await store().loadAsync();
    expect(loaded).toMatchObject({ status: 'ok', unchecked: true });
    expect(store().load()).not.toHaveProperty('unchecked');
  });

  it('turns the page read-only with the reason when the late check fails, keeping a backup', async () => {
    // save() writes what it is given: here, a document no validation would have let through.
    const broken = {
      ...SEED_DATA,
      forecasts: [{ ...SEED_DATA.forecasts[0]!, claim: '' }],
    } as AppData;
    store().save(broken);
    const before = { ...localStorage };
    const s = store();
    const loaded = await s.loadAsync();
    expect(loaded).toMatchObject({ status: 'ok', unchecked: true });
    const sync = new DocumentSync(s, SEED_DATA, { loaded });
    expect(sync.getSnapshot().readOnly).toBe(false);
    await expect.poll(() => sync.getSnapshot().readOnly).toBe(true);
    expect(sync.getSnapshot().problem).toMatchObject({ kind: 'unreadable' });
    expect(sync.getSnapshot().problem!.message).toContain('forecasts[0].claim');
    expect(backups()).toHaveLength(1);
    expect(sync.update((d) => ({ ...d, judgements: [] }))).toBe(false);
    for (const [key, value] of Object.entries(before))
      expect(localStorage.getItem(key)).toBe(value);
  });

  it('checks at once when the page closes before the idle check has run', async () => {
    const broken = { ...SEED_DATA, judgements: [{ id: '' }] } as unknown as AppData;
    store().save(broken);
    const s = store();
    const loaded = await s.loadAsync();
    const sync = new DocumentSync(s, SEED_DATA, { loaded });
    sync.update((d) => ({ ...d, sources: [...d.sources] }));
    const stored = { ...localStorage };
    sync.saveNow();
    expect(sync.getSnapshot()).toMatchObject({ readOnly: true, problem: { kind: 'unreadable' } });
    for (const [key, value] of Object.entries(stored))
      expect(localStorage.getItem(key)).toBe(value);
  });

  it('saves as ever once the check has passed', async () => {
    store().save(SEED_DATA);
    const s = store();
    const loaded = await s.loadAsync();
    const sync = new DocumentSync(s, SEED_DATA, { loaded, debounceMs: 0 });
    sync.update((d) => ({ ...d, sources: d.sources.map((x) => ({ ...x, title: 'Renamed' })) }));
    await sync.flush();
    expect(sync.getSnapshot()).toMatchObject({ readOnly: false, problem: null, unsaved: false });
    expect(store().load()).toMatchObject({
      status: 'ok',
      data: { sources: [{ title: 'Renamed' }] },
    });
  });
});
