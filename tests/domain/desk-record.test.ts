import { describe, expect, it } from 'vitest';
import {
  deskEventsOf,
  listsAsEvents,
  localIds,
  shareEvents,
  withAuthor,
  withDeskEvents,
} from '../../src/domain/desk-record';
import { disagreementOf, disagreements, judgesOf } from '../../src/domain/disagreements';
import type { RecordEvent } from '../../src/domain/events';
import { recordEventSchema } from '../../src/domain/schemas';
import { makeData, makeForecast, makeJudgement, makeSource } from '../support/factories';

const ana = { id: 'm-ana', name: 'Ana' };
const ben = { id: 'm-ben', name: 'Ben' };
const now = new Date('2026-12-07T10:00:00.000Z');

describe('a desk copy and the desk’s events', () => {
  it('turns judgements into judged events and back, by id, without duplicates', () => {
    const j = makeJudgement({ id: 'j1', forecastId: 'f1', outcome: 'correct', by: ana });
    const edit: RecordEvent = {
      id: 'e1',
      at: '2026-12-07T09:00:00.000Z',
      type: 'forecast.snoozed',
      forecastId: 'f1',
      until: null,
      by: ana,
    };
    const copy = makeData({ judgements: [j] });
    const events = deskEventsOf({ ...copy, events: [edit] });
    expect(events.map((e) => [e.id, e.type])).toEqual([
      ['e1', 'forecast.snoozed'],
      ['j1', 'judged'],
    ]);
    for (const event of events) expect(recordEventSchema.safeParse(event).success).toBe(true);
    const empty = makeData({ sources: [], forecasts: [], judgements: [] });
    const received = withDeskEvents(empty, events);
    expect(received.judgements).toEqual([j]);
    expect(received.events).toEqual([edit]);
    // Everything already here: the same document comes back.
    expect(withDeskEvents(received, events)).toBe(received);
    expect([...localIds(received)].sort()).toEqual(['e1', 'j1']);
  });

  it('signs only the entries a change added, and keeps untouched lists the same lists', () => {
    const old = makeJudgement({ id: 'old' });
    const before = makeData({ judgements: [old] });
    const added = makeJudgement({ id: 'new' });
    const next = { ...before, judgements: [...before.judgements, added] };
    const signed = withAuthor(before, next, ana);
    expect(signed.judgements[0]).toBe(old);
    expect(signed.judgements[1]).toEqual({ ...added, by: ana });
    expect(signed.events).toBe(next.events);
    expect(withAuthor(before, before, ana)).toBe(before);
  });

  it('shares the chosen articles with their forecasts and judgements, signed by the member', () => {
    const s1 = makeSource({ id: 's1' });
    const s2 = makeSource({ id: 's2' });
    const f1 = makeForecast({ id: 'f1', sourceId: 's1' });
    const f2 = makeForecast({ id: 'f2', sourceId: 's2' });
    const j1 = makeJudgement({ id: 'j1', forecastId: 'f1' });
    const j2 = makeJudgement({ id: 'j2', forecastId: 'f2' });
    const record = makeData({ sources: [s1, s2], forecasts: [f1, f2], judgements: [j1, j2] });
    let n = 0;
    const events = shareEvents(record, new Set(['s1']), ana, now, () => `id${(n += 1)}`);
    expect(events.map((e) => e.type)).toEqual(['article.added', 'forecast.added', 'judged']);
    expect(events.every((e) => e.by?.id === ana.id)).toBe(true);
    expect(events[2]!.id).toBe('j1');
    // Stamped in order, each after the last.
    expect(events[0]!.at < events[1]!.at).toBe(true);
    for (const event of events) expect(recordEventSchema.safeParse(event).success).toBe(true);
  });
});

describe('disagreements', () => {
  const at = (minute: number) => `2026-12-07T10:${String(minute).padStart(2, '0')}:00.000Z`;

  it('finds members whose latest judgements differ, and not a member who changed their mind', () => {
    const entries = [
      makeJudgement({ id: 'a1', forecastId: 'f', outcome: 'correct', at: at(1), by: ana }),
      makeJudgement({ id: 'b1', forecastId: 'f', outcome: 'incorrect', at: at(2), by: ben }),
    ];
    const positions = disagreementOf(entries);
    expect(positions?.map((p) => [p.by.name, p.judgement.outcome])).toEqual([
      ['Ben', 'incorrect'],
      ['Ana', 'correct'],
    ]);
    // Ana judges again, agreeing: settled.
    const settled = [
      ...entries,
      makeJudgement({ id: 'a2', forecastId: 'f', outcome: 'incorrect', at: at(3), by: ana }),
    ];
    expect(disagreementOf(settled)).toBeNull();
    // One member alone never disagrees with themselves.
    expect(disagreementOf([entries[0]!, { ...entries[1]!, by: ana }])).toBeNull();
  });

  it('leaves out undone judgements and pending ones', () => {
    const entries = [
      makeJudgement({ id: 'a1', forecastId: 'f', outcome: 'correct', at: at(1), by: ana }),
      makeJudgement({ id: 'b1', forecastId: 'f', outcome: 'incorrect', at: at(2), by: ben }),
      makeJudgement({
        id: 'b2',
        forecastId: 'f',
        outcome: 'incorrect',
        at: at(3),
        by: ben,
        undoes: 'b1',
      }),
    ];
    expect(disagreementOf(entries)).toBeNull();
    const pending = makeJudgement({ id: 'b3', forecastId: 'g', outcome: 'pending', by: ben });
    const other = makeJudgement({ id: 'a3', forecastId: 'g', outcome: 'correct', by: ana });
    expect(disagreements([pending, other]).size).toBe(0);
    expect(judgesOf([pending, other]).map((j) => j.name)).toEqual(['Ana', 'Ben']);
  });
});

describe('a change to a desk copy’s lists, as entries', () => {
  const stamp = new Date('2026-12-07T11:00:00.000Z');
  const ids = () => {
    let n = 0;
    return () => `new-${(n += 1)}`;
  };

  it('turns what an import put in the lists into added and edited events', () => {
    const existing = makeForecast({ id: 'f1', sourceId: 's1', claim: 'Old claim' });
    const before = makeData({ sources: [], forecasts: [], judgements: [] });
    const record = makeData({ sources: [makeSource({ id: 's1' })], forecasts: [existing] });
    const added = makeSource({ id: 's2' });
    const next = {
      ...before,
      sources: [added],
      forecasts: [{ ...existing, claim: 'New claim' }, makeForecast({ id: 'f2', sourceId: 's2' })],
      lexicon: [],
    };
    const flat = listsAsEvents(before, next, () => record, stamp, ids())!;
    expect(flat.sources).toEqual([]);
    expect(flat.forecasts).toEqual([]);
    expect(flat.lexicon).toBeUndefined();
    expect(flat.events!.map((e) => e.type)).toEqual([
      'article.added',
      'forecast.edited',
      'forecast.added',
      'lexicon.set',
    ]);
    expect(flat.events![1]).toMatchObject({ forecastId: 'f1', changes: { claim: 'New claim' } });
    for (const event of flat.events!) expect(recordEventSchema.safeParse(event).success).toBe(true);
  });

  it('leaves a change that keeps the lists alone, and refuses one that takes from them', () => {
    const before = makeData({ sources: [makeSource({ id: 's1' })] });
    const same = { ...before, judgements: [makeJudgement()] };
    expect(listsAsEvents(before, same, () => before, stamp, ids())).toBe(same);
    expect(
      listsAsEvents(before, { ...before, sources: [] }, () => before, stamp, ids()),
    ).toBeNull();
  });

  it('signs an imported entry as the member’s, whatever name it came with', () => {
    const before = makeData({ judgements: [] });
    const carried = makeJudgement({ id: 'j', by: ben });
    const signed = withAuthor(before, { ...before, judgements: [carried] }, ana);
    expect(signed.judgements[0]!.by).toEqual(ana);
  });
});
