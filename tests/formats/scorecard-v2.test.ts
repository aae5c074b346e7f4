// Version 2 of the scorecard JSON: the record's event log and the "edited after it was judged"
// days go out with the file and come back in, so an edit or a retraction made elsewhere takes
// effect here and the flag survives the trip. Version 1 files import as they always did.
import { describe, expect, it } from 'vitest';
import { eventsFromData } from '../../src/domain/events-from-data';
import type { RecordEvent } from '../../src/domain/events';
import { isEmptyPlan, planImport } from '../../src/domain/import-plan';
import type { AppData } from '../../src/domain/model';
import { replay } from '../../src/domain/replay';
import { parseImport } from '../../src/formats/import';
import { serialiseScorecardJson, type RecordLog } from '../../src/formats/scorecard';
import { EXPORTED_AT, scoredData } from './scorecard-fixture';

const NOW = new Date('2024-06-01T00:00:00.000Z');

/** The record the screens show for a stored document: its lists with its events replayed. */
function shown(doc: AppData): { data: AppData; log: RecordLog } {
  const events = doc.events ?? [];
  const replayed = replay([...eventsFromData({ ...doc, judgements: [] }), ...events]);
  const flags = replay([...eventsFromData(doc), ...events]).editedAfterJudgement;
  return {
    data: { ...replayed.data, judgements: doc.judgements },
    log: { events, editedAfterJudgement: flags },
  };
}

/** The fixture with a judged forecast's claim edited after judgement and another retracted. */
function curated(): { doc: AppData; edited: string; retracted: string } {
  const data = scoredData();
  const judged = new Set(data.judgements.map((j) => j.forecastId));
  const edited = data.forecasts.find((f) => judged.has(f.id))!.id;
  const retracted = data.forecasts.find((f) => !judged.has(f.id))!.id;
  const events: RecordEvent[] = [
    {
      id: 'e-edit',
      at: '2024-02-01T10:00:00.000Z',
      type: 'forecast.edited',
      forecastId: edited,
      changes: { claim: 'A quieter claim.' },
    },
    {
      id: 'e-retract',
      at: '2024-02-02T10:00:00.000Z',
      type: 'forecast.retracted',
      forecastId: retracted,
      reason: 'not a forecast',
    },
  ];
  return { doc: { ...data, events }, edited, retracted };
}

function imported(text: string): AppData {
  const result = parseImport('scorecard.json', text, { now: NOW });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.data;
}

function exported(doc: AppData): string {
  const { data, log } = shown(doc);
  return serialiseScorecardJson(data, EXPORTED_AT, 0.5, log);
}

/** A version 1 file of `data`, as the app wrote before the event log. */
function versionOne(data: AppData): string {
  const card = JSON.parse(serialiseScorecardJson(data, EXPORTED_AT)) as Record<string, unknown>;
  card.version = 1;
  delete card.events;
  for (const f of card.forecasts as Record<string, unknown>[]) delete f.editedAfterJudgement;
  const summary = card.summary as { speakers: Record<string, unknown>[] };
  for (const t of summary.speakers) delete t.editedAfterJudgement;
  return JSON.stringify(card);
}

describe('scorecard JSON version 2', () => {
  it('carries the log oldest first, the flag on the edited forecast, and the count', () => {
    const { doc, edited } = curated();
    const card = JSON.parse(exported(doc)) as {
      version: number;
      events: RecordEvent[];
      forecasts: { id: string; claim: string; editedAfterJudgement: string | null }[];
      summary: { speakers: { speaker: string; editedAfterJudgement: number }[] };
    };
    expect(card.version).toBe(2);
    expect(card.events.map((e) => [e.id, e.type, e.at])).toEqual([
      ['e-edit', 'forecast.edited', '2024-02-01T10:00:00.000Z'],
      ['e-retract', 'forecast.retracted', '2024-02-02T10:00:00.000Z'],
    ]);
    const flagged = card.forecasts.filter((f) => f.editedAfterJudgement !== null);
    expect(flagged).toEqual([
      expect.objectContaining({
        id: edited,
        claim: 'A quieter claim.',
        editedAfterJudgement: '2024-02-01',
      }),
    ]);
    expect(card.summary.speakers.map((t) => [t.speaker, t.editedAfterJudgement])).toEqual([
      ['Ada', 1],
      ['Bo', 0],
    ]);
  });

  it('re-imported into the record it came from, changes nothing and keeps the flag', () => {
    const { doc, edited } = curated();
    const plan = planImport(doc, imported(exported(doc)), { sources: 'replace' });
    expect(isEmptyPlan(plan)).toBe(true);
    expect(shown(plan.result).log.editedAfterJudgement.get(edited)).toBe('2024-02-01');
  });

  it('brings the edit, the retraction and the flag to a record that had neither', () => {
    const { doc, edited, retracted } = curated();
    const before = scoredData(); // the same articles and forecasts, never curated
    const plan = planImport(before, imported(exported(doc)), { sources: 'replace' });
    expect(plan.newEvents.map((e) => e.id)).toEqual(['e-edit', 'e-retract']);
    expect(plan.changed).toEqual([]);
    const after = shown(plan.result);
    expect(after.data.forecasts.find((f) => f.id === edited)?.claim).toBe('A quieter claim.');
    expect(after.data.forecasts.some((f) => f.id === retracted)).toBe(false);
    expect(after.log.editedAfterJudgement.get(edited)).toBe('2024-02-01');
    // Exported again, it is the same file.
    expect(exported(plan.result)).toBe(exported(doc));
  });
});

describe('scorecard JSON version 1', () => {
  it('still imports, to the same data as before, with no log', () => {
    const data = scoredData();
    const back = imported(versionOne(data));
    expect(back.events).toBeUndefined();
    expect(back).toEqual(imported(serialiseScorecardJson(data, EXPORTED_AT)));
    expect(back.forecasts).toEqual(data.forecasts);
    expect(back.judgements).toEqual(data.judgements);
  });

  it('plans as before: nothing new against the data it came from', () => {
    const data = scoredData();
    expect(isEmptyPlan(planImport(data, imported(versionOne(data))))).toBe(true);
  });
});

describe('a hostile version 2 file', () => {
  type Card = { events: unknown[] } & Record<string, unknown>;
  const base = (): Card => JSON.parse(exported(curated().doc)) as Card;
  const errorsOf = (card: unknown): string[] => {
    const result = parseImport('x.json', JSON.stringify(card), { now: NOW });
    return result.ok ? [] : result.errors;
  };

  it.each<[string, (card: Card) => void, string]>([
    [
      'an unknown event type',
      (c) => c.events.push({ id: 'x', at: '2024-01-01T00:00:00.000Z', type: 'forecast.deleted' }),
      'events[2].type',
    ],
    [
      'an event without a stamp',
      (c) => c.events.push({ id: 'x', type: 'article.removed', sourceId: 's' }),
      'events[2].at',
    ],
    [
      'an edit of a field that is not the forecast’s',
      (c) =>
        c.events.push({
          id: 'x',
          at: '2024-01-01T00:00:00.000Z',
          type: 'forecast.edited',
          forecastId: 'f',
          changes: { __proto__: 1, outcome: 'correct' },
        }),
      'events[2].changes',
    ],
    [
      'a stamp from the future',
      (c) =>
        c.events.push({
          id: 'x',
          at: '2999-01-01T00:00:00.000Z',
          type: 'article.removed',
          sourceId: 's',
        }),
      'events[2].at',
    ],
    [
      'two events of one id',
      (c) => c.events.push({ ...(c.events[0] as object) }),
      'events[2].id: duplicate id',
    ],
    [
      'a judgement in the log',
      (c) =>
        c.events.push({
          id: 'x',
          at: '2024-01-01T00:00:00.000Z',
          type: 'judged',
          forecastId: 'f',
          outcome: 'correct',
          judgedOn: '2024-01-01',
          evidence: [],
          note: '',
        }),
      "events[2].type: a judgement belongs in its forecast's history",
    ],
    ['no log at all', (c) => delete (c as Partial<Card>).events, 'events: missing'],
    [
      'a log that is not a list',
      (c) => ((c as Record<string, unknown>).events = { id: 'x' }),
      'events: ',
    ],
  ])('refuses %s, naming the path, and imports nothing', (_name, change, expected) => {
    const card = base();
    change(card);
    const errors = errorsOf(card);
    expect(
      errors.some((e) => e.startsWith(expected)),
      errors.join('\n'),
    ).toBe(true);
  });
});
