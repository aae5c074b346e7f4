// Random sequences of documents, as the app goes through them: judgements appended (the click),
// forecasts and sources edited, added and removed, the log replaced. The incremental
// computations (catalogue, scorecard, review queue, track records, timeline) are held to what
// their fresh versions give along such a sequence, and to keeping what a step did not touch.
import fc from 'fast-check';
import { OUTCOMES, type AppData, type Forecast, type Outcome } from '../../src/domain/model';
import { appData } from '../formats/arbitraries';
import { makeForecast, makeJudgement, makeSource } from './factories';

export type Step =
  /** Judgements appended to the log, as a click does (several: two tabs merged, or an undo). */
  | { kind: 'judge'; picks: number[]; outcome: Outcome; undo: boolean; at: number }
  /** One forecast replaced by an edited copy. */
  | {
      kind: 'edit';
      pick: number;
      field: 'claim' | 'speaker' | 'probability' | 'deadline' | 'snooze';
    }
  | { kind: 'add-forecast'; pick: number; speaker: string }
  | { kind: 'remove-forecast'; pick: number }
  /** The forecasts in a new array: the same ones, or reversed. */
  | { kind: 'copy-forecasts'; reverse: boolean }
  | { kind: 'add-source' }
  | { kind: 'edit-source'; pick: number }
  | { kind: 'remove-source'; pick: number }
  /** The log replaced rather than extended: one entry dropped, or the same entries copied. */
  | { kind: 'replace-judgements'; pick: number; drop: boolean }
  /** A change the views do not depend on (the lexicon). */
  | { kind: 'elsewhere' };

const SPEAKERS = ['Ada', 'Bo', 'Cy', 'Di'];
const DAYS = ['2020-01-01', '2024-03-15', '2024-03-16', '2031-12-31'];
const speaker = fc.constantFrom(...SPEAKERS);

export const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('judge' as const),
      picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
      outcome: fc.constantFrom(...OUTCOMES),
      undo: fc.boolean(),
      at: fc.nat({ max: 3 }),
    }),
  },
  fc.record({
    kind: fc.constant('edit' as const),
    pick: fc.nat(),
    field: fc.constantFrom(
      'claim' as const,
      'speaker' as const,
      'probability' as const,
      'deadline' as const,
      'snooze' as const,
    ),
  }),
  fc.record({ kind: fc.constant('add-forecast' as const), pick: fc.nat(), speaker }),
  fc.record({ kind: fc.constant('remove-forecast' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('copy-forecasts' as const), reverse: fc.boolean() }),
  fc.record({ kind: fc.constant('add-source' as const) }),
  fc.record({ kind: fc.constant('edit-source' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('remove-source' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('replace-judgements' as const),
    pick: fc.nat(),
    drop: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('elsewhere' as const) }),
);

/** A start (the format tests' valid data, its speakers mostly from a few names) and steps. */
export const documentRun = fc.record({
  start: appData.map((data) => ({
    ...data,
    forecasts: data.forecasts.map((f, i) =>
      i % 3 === 2 ? f : { ...f, speaker: SPEAKERS[i % SPEAKERS.length]! },
    ),
  })),
  steps: fc.array(step, { maxLength: 14 }),
});

const at = <T>(list: readonly T[], pick: number): T | undefined =>
  list.length === 0 ? undefined : list[pick % list.length];

function edited(f: Forecast, field: Extract<Step, { kind: 'edit' }>['field'], n: number): Forecast {
  switch (field) {
    case 'claim':
      return { ...f, claim: `${f.claim} (edited ${n})` };
    case 'speaker':
      return { ...f, speaker: SPEAKERS[(SPEAKERS.indexOf(f.speaker) + 1) % SPEAKERS.length]! };
    case 'probability':
      return { ...f, probability: f.probability === null ? 0.7 : null };
    case 'deadline':
      return { ...f, deadline: f.deadline ? null : { latest: DAYS[n % DAYS.length]! } };
    case 'snooze':
      return { ...f, snoozedUntil: DAYS[(n + 2) % DAYS.length]! };
  }
}

/** The document after step number `n` (which makes the ids it adds unique). */
export function applyStep(data: AppData, s: Step, n: number): AppData {
  const replace = (pick: number, make: (f: Forecast) => Forecast) => {
    const target = at(data.forecasts, pick);
    return target ? data.forecasts.map((f) => (f === target ? make(f) : f)) : data.forecasts;
  };
  switch (s.kind) {
    case 'judge': {
      const added = s.picks.map((pick, k) => {
        // Now and then a forecast the catalogue does not hold: a judgement the views leave out.
        const target = pick % 7 === 6 ? undefined : at(data.forecasts, pick);
        const forecastId = target?.id ?? `gone-${pick}`;
        const undoes = s.undo ? at(data.judgements, pick)?.id : undefined;
        return makeJudgement({
          id: `step-${n}-${k}`,
          forecastId,
          outcome: s.outcome,
          at: `2030-01-0${s.at + 1}T00:00:00.000Z`,
          ...(undoes === undefined ? {} : { undoes }),
        });
      });
      return { ...data, judgements: [...data.judgements, ...added] };
    }
    case 'edit':
      return { ...data, forecasts: replace(s.pick, (f) => edited(f, s.field, n)) };
    case 'add-forecast': {
      const forecast = makeForecast({
        id: `added-${n}`,
        speaker: s.speaker,
        sourceId: at(data.sources, s.pick)?.id ?? 'no-source',
        deadline: { latest: DAYS[s.pick % DAYS.length]! },
      });
      const place = s.pick % (data.forecasts.length + 1);
      const forecasts = [...data.forecasts];
      forecasts.splice(place, 0, forecast);
      return { ...data, forecasts };
    }
    case 'remove-forecast': {
      const target = at(data.forecasts, s.pick);
      return { ...data, forecasts: data.forecasts.filter((f) => f !== target) };
    }
    case 'copy-forecasts':
      return {
        ...data,
        forecasts: s.reverse ? [...data.forecasts].reverse() : [...data.forecasts],
      };
    case 'add-source':
      return { ...data, sources: [...data.sources, makeSource({ id: `source-${n}` })] };
    case 'edit-source': {
      const target = at(data.sources, s.pick);
      return {
        ...data,
        sources: data.sources.map((x) => (x === target ? { ...x, title: `Retitled ${n}` } : x)),
      };
    }
    case 'remove-source': {
      const target = at(data.sources, s.pick);
      return { ...data, sources: data.sources.filter((x) => x !== target) };
    }
    case 'replace-judgements': {
      const target = at(data.judgements, s.pick);
      return {
        ...data,
        judgements: s.drop ? data.judgements.filter((j) => j !== target) : [...data.judgements],
      };
    }
    case 'elsewhere':
      return { ...data, lexicon: [] };
  }
}

/** Every document of a run, the start included. */
export function documents(run: { start: AppData; steps: Step[] }): AppData[] {
  const out = [run.start];
  run.steps.forEach((s, n) => out.push(applyStep(out.at(-1)!, s, n)));
  return out;
}
