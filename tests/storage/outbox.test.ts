// A tab that meets data it must not write over (saved by a newer version, or unreadable) keeps
// its unsaved changes in its outbox; the next version to load the document migrates them,
// merges them and removes the outbox (src/storage/outbox.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentStates } from '../../src/domain/judgements';
import { appendJudgement, setLexicon, updateForecast } from '../../src/domain/commands';
import type { AppData } from '../../src/domain/model';
import { STORAGE_CODEC } from '../../src/storage/codec';
import { DocumentStore } from '../../src/storage/document-store';
import { DocumentSync } from '../../src/storage/sync/document-sync';
import { OUTBOX_KEY_PREFIX, SCHEMA_VERSION, STORAGE_KEY } from '../../src/storage/envelope';
import {
  applyOutbox,
  OUTBOX_FORMAT,
  outboxText,
  readOutbox,
} from '../../src/storage/outbox-changes';
import { makeData, makeForecast, makeJudgement } from '../support/factories';
import { readStoredData, saveAsNewerVersion } from '../support/stored';

const INITIAL: AppData = makeData({
  forecasts: [makeForecast({ id: 'f1' }), makeForecast({ id: 'f2' })],
});
let clock = 0;
const now = () => new Date(Date.UTC(2026, 10, 24) + clock++);

const tab = (writer: string) =>
  new DocumentSync(
    new DocumentStore({ storage: localStorage, writer, now, codec: STORAGE_CODEC }),
    INITIAL,
  );

const judge = (forecastId: string, outcome: 'correct' | 'incorrect') => (data: AppData) =>
  appendJudgement(
    data,
    makeJudgement({ id: `${forecastId}-${outcome}`, forecastId, outcome, at: now().toISOString() }),
  );

const outcomes = (data: AppData) =>
  Object.fromEntries([...currentStates(data.judgements)].map(([id, s]) => [id, s.outcome]));

const outboxKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(OUTBOX_KEY_PREFIX));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('an old tab that meets data saved by a newer version', () => {
  it('keeps its unsaved judgement in its outbox, in its own version, and goes read-only', async () => {
    const old = tab('tab-old');
    old.update(judge('f1', 'correct'));
    await old.flush();
    const newer = saveAsNewerVersion(readStoredData()!);
    old.update(judge('f2', 'incorrect'));
    await old.flush();

    expect(old.getSnapshot()).toMatchObject({
      readOnly: true,
      unsaved: false,
      problem: { kind: 'newer', changes: 'kept' },
    });
    // Nothing is lost on screen, and the newer version's document is untouched.
    expect(outcomes(old.getSnapshot().data)).toEqual({ f1: 'correct', f2: 'incorrect' });
    expect(localStorage.getItem(STORAGE_KEY)).toBe(newer);
    const outbox = JSON.parse(localStorage.getItem(`${OUTBOX_KEY_PREFIX}tab-old`)!);
    expect(outbox).toMatchObject({
      format: OUTBOX_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      writer: 'tab-old',
      whole: [],
      data: { sources: [], forecasts: [], judgements: [{ id: 'f2-incorrect' }] },
    });
    expect(old.update(judge('f1', 'incorrect'))).toBe(false);
  });

  it('says so on the storage event too, keeping what it shows, with nothing to keep', async () => {
    const old = tab('tab-old');
    old.update(judge('f1', 'correct'));
    await old.flush();
    saveAsNewerVersion(makeData());
    await old.refresh();
    expect(old.getSnapshot()).toMatchObject({ readOnly: true, problem: { kind: 'newer' } });
    expect(old.getSnapshot().problem).not.toHaveProperty('changes');
    expect(outcomes(old.getSnapshot().data)).toEqual({ f1: 'correct' });
    expect(outboxKeys()).toEqual([]);
  });

  it('keeps the changes in memory, and says so, when the outbox cannot be written', async () => {
    const old = tab('tab-old');
    old.update(judge('f1', 'correct'));
    await old.flush();
    saveAsNewerVersion(readStoredData()!);
    old.update(judge('f2', 'correct'));
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await old.flush();
    vi.restoreAllMocks();
    expect(old.getSnapshot()).toMatchObject({
      readOnly: true,
      unsaved: true,
      problem: { kind: 'newer', changes: 'in memory' },
    });
  });
});

describe('loading merges outboxes', () => {
  /** An outbox as an old tab writes it: what `change` did to the stored document. */
  function writeOutbox(writer: string, change: (data: AppData) => AppData) {
    const base = readStoredData() ?? INITIAL;
    const text = outboxText(base, change(base), {
      writer,
      savedAt: now().toISOString(),
    });
    localStorage.setItem(`${OUTBOX_KEY_PREFIX}${writer}`, text!);
  }

  it('at boot, saves the merged document, then removes the outbox', async () => {
    const first = tab('tab-a');
    first.update(judge('f1', 'correct'));
    await first.flush();
    writeOutbox('tab-old', judge('f2', 'incorrect'));

    const next = tab('tab-b');
    expect(outcomes(next.getSnapshot().data)).toEqual({ f1: 'correct', f2: 'incorrect' });
    expect(next.getSnapshot().unsaved).toBe(true);
    await vi.runAllTimersAsync();
    expect(outcomes(readStoredData()!)).toEqual({ f1: 'correct', f2: 'incorrect' });
    expect(outboxKeys()).toEqual([]);
  });

  it('in an open tab, on refresh, even when the document itself has not changed', async () => {
    const open = tab('tab-open');
    open.update(judge('f1', 'correct'));
    await open.flush();
    writeOutbox('tab-old', (d) => updateForecast(d, 'f2', { claim: 'Edited in the old tab.' }));
    await open.refresh();
    expect(open.getSnapshot().data.forecasts.find((f) => f.id === 'f2')?.claim).toBe(
      'Edited in the old tab.',
    );
    await vi.runAllTimersAsync();
    expect(readStoredData()!.forecasts.map((f) => f.claim)).toContain('Edited in the old tab.');
    expect(outboxKeys()).toEqual([]);
  });

  it('leaves an outbox of a newer version, or one it cannot read, where it is', async () => {
    const first = tab('tab-a');
    first.update(judge('f1', 'correct'));
    await first.flush();
    const later = JSON.stringify({
      format: OUTBOX_FORMAT,
      schemaVersion: SCHEMA_VERSION + 1,
      writer: 'tab-later',
      savedAt: 'x',
      whole: [],
      data: {},
    });
    localStorage.setItem(`${OUTBOX_KEY_PREFIX}tab-later`, later);
    localStorage.setItem(`${OUTBOX_KEY_PREFIX}tab-broken`, '{"format":"hindsight-outbox"');
    const next = tab('tab-b');
    expect(next.getSnapshot()).toMatchObject({ unsaved: false, problem: null });
    next.update(judge('f2', 'correct'));
    await next.flush();
    expect(outboxKeys().sort()).toEqual([
      `${OUTBOX_KEY_PREFIX}tab-broken`,
      `${OUTBOX_KEY_PREFIX}tab-later`,
    ]);
    expect(localStorage.getItem(`${OUTBOX_KEY_PREFIX}tab-later`)).toBe(later);
  });

  it('end to end: the old tab’s judgement reaches the document once a version that can write it loads', async () => {
    const old = tab('tab-old');
    old.update(judge('f1', 'correct'));
    await old.flush();
    // A newer version saved; this test's build reads its own version, so put it back after.
    const stored = readStoredData()!;
    saveAsNewerVersion(stored);
    old.update(judge('f2', 'incorrect'));
    await old.flush();
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        schemaVersion: SCHEMA_VERSION,
        rev: 41,
        savedAt: 'x',
        writer: 'w',
        data: stored,
      }),
    );
    const reloaded = tab('tab-reloaded');
    expect(outcomes(reloaded.getSnapshot().data)).toEqual({ f1: 'correct', f2: 'incorrect' });
    await vi.runAllTimersAsync();
    expect(outboxKeys()).toEqual([]);
  });
});

describe('the outbox’s changes', () => {
  const base = makeData({
    forecasts: [makeForecast({ id: 'f1' }), makeForecast({ id: 'f2' })],
    judgements: [makeJudgement({ id: 'j1', forecastId: 'f1' })],
  });
  const text = (ours: AppData) =>
    outboxText(base, ours, { writer: 'w', savedAt: '2026-01-01T00:00:00.000Z' });
  const read = (raw: string) => {
    const result = readOutbox(raw);
    if (result.kind !== 'ok') throw new Error(result.kind);
    return result.changes;
  };
  const byId = <T extends { id: string }>(items: readonly T[]) =>
    [...items].sort((a, b) => a.id.localeCompare(b.id));

  it('are nothing when nothing changed', () => {
    expect(text(base)).toBeNull();
  });

  // Merging the outbox gives what the two tabs' three-way merge gives (domain/merge.ts).
  it.each<[string, (d: AppData) => AppData]>([
    ['a judgement', (d) => appendJudgement(d, makeJudgement({ id: 'j2', forecastId: 'f2' }))],
    ['an edited forecast', (d) => updateForecast(d, 'f1', { claim: 'Changed.' })],
    ['a new forecast', (d) => ({ ...d, forecasts: [...d.forecasts, makeForecast({ id: 'f3' })] })],
    ['a lexicon', (d) => setLexicon(d, [{ phrase: 'surely', probability: 0.9, source: 'me' }])],
  ])('carry %s over into a document another version changed', (_name, change) => {
    const ours = change(base);
    const theirs = appendJudgement(
      updateForecast(base, 'f2', { claim: 'Theirs.' }),
      makeJudgement({ id: 'jt', forecastId: 'f2' }),
    );
    const merged = applyOutbox(theirs, read(text(ours)!));
    expect(byId(merged.forecasts)).toEqual(byId(change(theirs).forecasts));
    expect(byId(merged.judgements)).toEqual(byId(change(theirs).judgements));
    expect(merged.lexicon).toEqual(change(theirs).lexicon);
    // Merging again changes nothing.
    expect(applyOutbox(merged, read(text(ours)!))).toEqual(merged);
  });

  it('carry the lexicon reset to its defaults (the field removed)', () => {
    const custom = setLexicon(base, [{ phrase: 'surely', probability: 0.9, source: 'me' }]);
    const raw = outboxText(custom, setLexicon(custom, undefined), {
      writer: 'w',
      savedAt: 'x',
    })!;
    expect(applyOutbox(custom, read(raw))).not.toHaveProperty('lexicon');
  });

  it('are migrated through the numbered migrations of the version reading them', () => {
    const raw = text(updateForecast(base, 'f1', { claim: 'Changed.' }))!;
    const migrations = {
      [SCHEMA_VERSION]: (data: unknown) => {
        const d = data as AppData;
        return { ...d, forecasts: d.forecasts.map((f) => ({ ...f, note: `${f.note}migrated` })) };
      },
    };
    const result = readOutbox(raw, { current: SCHEMA_VERSION + 1, migrations });
    expect(result).toMatchObject({ kind: 'ok' });
    const changes = result.kind === 'ok' ? result.changes : null;
    expect(changes?.data.forecasts).toEqual([
      expect.objectContaining({ id: 'f1', claim: 'Changed.', note: 'migrated' }),
    ]);
    expect(readOutbox(raw, { current: SCHEMA_VERSION + 1, migrations: {} })).toMatchObject({
      kind: 'unreadable',
    });
  });

  it('are refused when they fail the schema', () => {
    const raw = text(appendJudgement(base, makeJudgement({ id: 'j9', forecastId: 'f1' })))!;
    const broken = raw.replace('"outcome":"correct"', '"outcome":"maybe"');
    expect(readOutbox(broken)).toMatchObject({ kind: 'unreadable' });
  });
});
