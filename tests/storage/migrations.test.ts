import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentStates, sortHistory } from '../../src/domain/judgements';
import type { AppData, Judgement } from '../../src/domain/model';
import { appDataSchema } from '../../src/domain/schemas';
import { SCHEMA_VERSION, type Envelope } from '../../src/storage/envelope';
import { migrate, MIGRATIONS, type Migration } from '../../src/storage/migrations';
import type { RecordEvent } from '../../src/domain/events';
import { eventsFromData } from '../../src/domain/events-from-data';
import { replay } from '../../src/domain/replay';
import { recordProjection } from '../../src/state/derived/record';

const fixture = (version: number) => new URL(`./fixtures/v${version}.json`, `file://${__dirname}/`);
const readFixture = (version: number): Envelope =>
  JSON.parse(readFileSync(fixture(version), 'utf8')) as Envelope;

describe('migrations', () => {
  it('has a step for every version below the current one', () => {
    for (let v = 1; v < SCHEMA_VERSION; v += 1)
      expect(MIGRATIONS[v], `migration from v${v}`).toBeTypeOf('function');
  });

  // Each step is held to a frozen envelope its version wrote: migrated all the way up, the
  // fixture must be valid current data.
  it.each(Object.keys(MIGRATIONS).map(Number))(
    'upgrades the frozen v%i fixture to valid current data',
    (version) => {
      expect(existsSync(fixture(version)), `tests/storage/fixtures/v${version}.json`).toBe(true);
      const old = readFixture(version);
      expect(old.schemaVersion).toBe(version);
      const frozen = JSON.stringify(old);
      const upgraded = migrate(version, old.data, { savedAt: old.savedAt });
      const parsed = appDataSchema.safeParse(upgraded);
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(JSON.stringify(old), 'migrations are pure: the input is left untouched').toBe(frozen);
    },
  );

  it('leaves current data as it is', () => {
    const data = { sources: [], forecasts: [], judgements: [] };
    expect(migrate(SCHEMA_VERSION, data)).toBe(data);
  });

  it('applies steps in order, hands each the envelope context, and fails loudly on a gap', () => {
    const steps: Record<number, Migration> = {
      1: (d, c) => ({ ...(d as object), v2: c.savedAt }),
      2: (d) => ({ ...(d as object), v3: (d as { v2?: string }).v2 === 'then' }),
    };
    const context = { savedAt: 'then' };
    expect(migrate(1, {}, context, steps, 3)).toEqual({ v2: 'then', v3: true });
    expect(migrate(2, {}, context, steps, 3)).toEqual({ v3: false });
    expect(() => migrate(0, {}, context, steps, 3)).toThrow('no migration from schema version 0');
  });
});

describe('v1 → v2: stamps become instants no clock can push past the user', () => {
  const old = readFixture(1);
  const before = (old.data as AppData).judgements;
  const after = (migrate(1, old.data, { savedAt: old.savedAt }) as AppData).judgements;
  const byForecast = (log: readonly Judgement[], forecastId: string) =>
    log.filter((j) => j.forecastId === forecastId);
  // Version 1 sorted a history by comparing its stamps as text, then by id.
  const v1Order = (log: readonly Judgement[]) =>
    [...log].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
  const [plain, far, text] = (old.data as AppData).forecasts.map((f) => f.id);

  it('keeps every entry, its id, outcome and place in the stored log', () => {
    expect(after.map(({ at: _at, ...rest }) => rest)).toEqual(
      before.map(({ at: _at, ...rest }) => rest),
    );
  });

  it('replays an ordinary history exactly as v1 showed it, to the millisecond', () => {
    const v1 = v1Order(byForecast(before, plain!)).map((j) => j.id);
    expect(sortHistory(byForecast(after, plain!)).map((j) => j.id)).toEqual(v1);
    expect(currentStates(after).get(plain!)).toEqual(currentStates(before).get(plain!));
    expect(byForecast(after, plain!).map((j) => j.at)).toEqual([
      '2026-09-30T10:00:00.000Z',
      '2026-09-30T10:00:00.000Z',
      '2026-09-30T10:00:00.001Z',
      '2023-07-01T10:00:00.000Z',
    ]);
  });

  it('un-pins outcomes that forged stamps had pinned: what the user did last is current', () => {
    // What v1 showed: the forged entries, whatever the user did after them.
    expect(v1Order(byForecast(before, far!)).at(-1)!.id).toBe('j-forged-far');
    expect(v1Order(byForecast(before, text!)).at(-1)!.id).toBe('j-forged-tilde');
    expect(currentStates(after).get(far!)!.outcome).toBe('unresolvable');
    expect(currentStates(after).get(text!)!.outcome).toBe('partly');
    expect(sortHistory(byForecast(after, far!)).map((j) => j.id)).toEqual(
      byForecast(before, far!).map((j) => j.id),
    );
    expect(sortHistory(byForecast(after, text!)).map((j) => j.id)).toEqual([
      'j-forged-tilde',
      'j-user-after-tilde',
      'j-forged-text',
      'j-user-after-text',
    ]);
  });

  it('dates nothing after the save that stored it (plus the clock tolerance)', () => {
    for (const j of after)
      expect(Date.parse(j.at)).toBeLessThanOrEqual(Date.parse(old.savedAt) + 300_000);
  });
});

describe('v2 → v3: the record starts its event log', () => {
  const v2 = readFixture(2);
  const shown = v2.data as AppData;

  it('replays to exactly what v2 showed: articles, forecasts, snoozes, lexicon and every history', () => {
    const upgraded = migrate(2, v2.data, { savedAt: v2.savedAt }) as AppData;
    const record = recordProjection()(upgraded);
    expect(record.data).toEqual(shown);
    const histories = (data: AppData) =>
      new Map(
        data.forecasts.map((f) => [
          f.id,
          sortHistory(data.judgements.filter((j) => j.forecastId === f.id)),
        ]),
      );
    expect(histories(record.data)).toEqual(histories(shown));
    expect(currentStates(record.data.judgements)).toEqual(currentStates(shown.judgements));
    expect(record.editedAfterJudgement.size).toBe(0);
  });

  it('as events, it replays to the same record, and a later edit is one more event', () => {
    const upgraded = migrate(2, v2.data, { savedAt: v2.savedAt }) as AppData;
    const log = eventsFromData(upgraded);
    expect(replay(log).data.forecasts).toEqual(shown.forecasts);
    const edit: RecordEvent = {
      id: 'edit-1',
      at: '2026-12-07T09:00:00.000Z',
      type: 'forecast.edited',
      forecastId: shown.forecasts[0]!.id,
      changes: { speakerRole: 'Historian' },
    };
    const edited = recordProjection()({ ...upgraded, events: [edit] });
    expect(edited.data.forecasts[0]!.speakerRole).toBe('Historian');
    expect(edited.data.forecasts.slice(1)).toEqual(shown.forecasts.slice(1));
  });
});
