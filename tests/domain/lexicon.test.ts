import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editForecastByHand, followLexicon, setLexicon } from '../../src/domain/commands';
import {
  DEFAULT_LEXICON,
  UNHEDGED_PHRASE,
  effectiveLexicon,
  findEntry,
  normalisePhrase,
  rederiveProbabilities,
  validateLexicon,
} from '../../src/domain/lexicon';
import type { Forecast, LexiconEntry } from '../../src/domain/model';
import { lexiconEntrySchema } from '../../src/domain/schemas';
import { SEED_FORECASTS } from '../../src/data/seed-forecasts';
import { makeData, makeForecast } from '../support/factories';

const withFigure = (phrase: string, probability: number | null): LexiconEntry[] =>
  DEFAULT_LEXICON.map((e) => (e.phrase === phrase ? { ...e, probability } : e));

describe('the default lexicon', () => {
  it.each(SEED_FORECASTS.map((f) => [f.id, f] as const))(
    'gives catalogue forecast %s exactly its probability',
    (_id, forecast) => {
      const entry = findEntry(forecast.hedge, DEFAULT_LEXICON);
      expect(entry, `no entry for hedge “${forecast.hedge}”`).not.toBeNull();
      expect(entry!.probability).toBe(forecast.probability);
    },
  );

  it('leaves the catalogue as it is when re-derived', () => {
    const rederived = rederiveProbabilities(SEED_FORECASTS, DEFAULT_LEXICON);
    rederived.forEach((f, i) => expect(f).toBe(SEED_FORECASTS[i]));
  });

  it('is a valid lexicon in which every entry names its source', () => {
    expect(validateLexicon(DEFAULT_LEXICON)).toEqual([]);
    for (const entry of DEFAULT_LEXICON) {
      expect(lexiconEntrySchema.safeParse(entry).success).toBe(true);
      expect(entry.source.trim()).not.toBe('');
    }
  });

  it.each([
    ['almost certainly', 0.95],
    ['highly likely', 0.9],
    ['very good chance', 0.8],
    ['probably', 0.75],
    ['likely', 0.7],
    ['probable', 0.7],
    ['we believe', 0.7],
    ['better than even', 0.6],
    ['about even', 0.5],
    ['probably not', 0.265],
    ['we doubt', 0.25],
    ['unlikely', 0.2],
    ['improbable', 0.15],
    ['little chance', 0.15],
    ['chances are slight', 0.1],
    ['highly unlikely', 0.05],
    ['almost no chance', 0.02],
    ['certain', 1],
    ['almost certain', 0.93],
    ['chances about even', 0.5],
    ['almost certainly not', 0.07],
    ['impossible', 0],
    ['very likely', 0.875],
    ['roughly even chance', 0.5],
    ['very unlikely', 0.125],
    ['remote', 0.03],
    ['could', 0.5],
    ['may', 0.45],
    ['impossible to predict', null],
  ] as const)('reads “%s” as %s', (phrase, probability) => {
    expect(findEntry(phrase, DEFAULT_LEXICON)?.probability).toBe(probability);
  });

  it('says which figure lost where the survey and Kent disagree', () => {
    expect(findEntry('probable', DEFAULT_LEXICON)?.source).toMatch(/Kent: 75%/);
    expect(findEntry('probably not', DEFAULT_LEXICON)?.source).toMatch(/Kent: 30%/);
  });

  it('cannot be changed in place', () => {
    expect(() => {
      (DEFAULT_LEXICON[0] as LexiconEntry).probability = 0.5;
    }).toThrow();
    expect(() => DEFAULT_LEXICON.push({ phrase: 'x', probability: 0, source: '' })).toThrow();
  });
});

describe('normalisePhrase', () => {
  it.each([
    ['  Likely ', 'likely'],
    ['I don’t see', "i don't see"],
    ['I DON‘T   see', "i don't see"],
    ['“quoted”', '"quoted"'],
    ['This\tis\n correct', 'this is correct'],
    ['', ''],
    ['   ', ''],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalisePhrase(input)).toBe(expected);
  });
});

describe('findEntry', () => {
  it.each([
    ['certainly', 'certainly'],
    ['  CERTAINLY ', 'certainly'],
    ["I don't see", 'I don’t see'],
    ['', UNHEDGED_PHRASE],
    ['   ', UNHEDGED_PHRASE],
  ])('finds %j as %j', (hedge, phrase) => {
    expect(findEntry(hedge, DEFAULT_LEXICON)?.phrase).toBe(phrase);
  });

  it.each(['certainly not', 'certain-ly', 'will only'])('finds no entry for %j', (hedge) => {
    expect(findEntry(hedge, DEFAULT_LEXICON)).toBeNull();
  });

  it('finds nothing for an unhedged statement once its entry is removed', () => {
    const lexicon = DEFAULT_LEXICON.filter((e) => e.phrase !== UNHEDGED_PHRASE);
    expect(findEntry('', lexicon)).toBeNull();
  });
});

describe('effectiveLexicon', () => {
  it('is the defaults until the reader has a lexicon, then theirs', () => {
    expect(effectiveLexicon(makeData())).toBe(DEFAULT_LEXICON);
    const mine = [{ phrase: 'sure', probability: 0.9, source: 'me' }];
    expect(effectiveLexicon({ ...makeData(), lexicon: mine })).toBe(mine);
  });
});

describe('rederiveProbabilities', () => {
  const worded = makeForecast({ hedge: 'certainly', probability: 0.95 });
  const implicit = makeForecast({ hedge: 'Certainly', probability: 0.95 });
  const manual = makeForecast({
    hedge: 'certainly',
    probability: 0.4,
    probabilitySource: 'manual',
  });
  const unknown = makeForecast({ hedge: 'mark my words', probability: 0.99 });
  const other = makeForecast({ hedge: 'may', probability: 0.45 });
  const forecasts = [worded, implicit, manual, unknown, other];

  it('moves forecasts that follow their wording, and only those', () => {
    const next = rederiveProbabilities(forecasts, withFigure('certainly', 0.6));
    expect(next.map((f) => f.probability)).toEqual([0.6, 0.6, 0.4, 0.99, 0.45]);
  });

  it('keeps the object of every forecast it does not change', () => {
    const next = rederiveProbabilities(forecasts, withFigure('certainly', 0.6));
    expect(next[0]).not.toBe(worded);
    expect(next[2]).toBe(manual);
    expect(next[3]).toBe(unknown);
    expect(next[4]).toBe(other);
    expect(worded.probability).toBe(0.95);
  });

  it('can take a probability away', () => {
    const [next] = rederiveProbabilities([worded], withFigure('certainly', null));
    expect(next?.probability).toBeNull();
  });

  it('is idempotent', () => {
    const phrases = ['certainly', 'may', 'could', '', 'I think', 'unheard of'];
    const forecast = fc.record({
      hedge: fc.constantFrom(...phrases),
      probability: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
      probabilitySource: fc.constantFrom('wording', 'manual', undefined),
    });
    const lexicon = fc.uniqueArray(
      fc.record({
        phrase: fc.constantFrom(...phrases.filter(Boolean), UNHEDGED_PHRASE),
        probability: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
        source: fc.constant('test'),
      }),
      { selector: (e) => e.phrase },
    );
    fc.assert(
      fc.property(fc.array(forecast), lexicon, (parts, entries) => {
        const forecasts: Forecast[] = parts.map((p) => makeForecast(p as Partial<Forecast>));
        const once = rederiveProbabilities(forecasts, entries);
        const twice = rederiveProbabilities(once, entries);
        twice.forEach((f, i) => expect(f).toBe(once[i]));
      }),
    );
  });
});

describe('validateLexicon', () => {
  const ok = (phrase: string, probability: number | null = 0.5) => ({
    phrase,
    probability,
    source: '',
  });

  it.each<[string, LexiconEntry[], string[]]>([
    ['a valid lexicon', [ok('likely', 0.7), ok('impossible to predict', null)], []],
    ['0 and 1 themselves', [ok('never', 0), ok('always', 1)], []],
    [
      'a figure above 100%',
      [ok('a'), ok('b'), ok('c'), ok('d', 1.5)],
      ['lexicon[3].probability: must be from 0 to 100%'],
    ],
    ['a negative figure', [ok('a', -0.01)], ['lexicon[0].probability: must be from 0 to 100%']],
    ['not a number', [ok('a', Number.NaN)], ['lexicon[0].probability: must be from 0 to 100%']],
    ['an empty phrase', [ok('a'), ok('  ')], ['lexicon[1].phrase: must not be empty']],
    [
      'a phrase twice, once in other letters',
      [ok('I don’t see'), ok('likely'), ok("i DON'T  see")],
      ["lexicon[2].phrase: “i DON'T  see” repeats lexicon[0]"],
    ],
    [
      'two problems in one entry',
      [ok('a'), ok('A', 2)],
      [
        'lexicon[1].phrase: “A” repeats lexicon[0]',
        'lexicon[1].probability: must be from 0 to 100%',
      ],
    ],
  ])('%s', (_name, entries, errors) => {
    expect(validateLexicon(entries)).toEqual(errors);
  });
});

describe('lexicon commands', () => {
  const summer = SEED_FORECASTS.find((f) => f.id === 'fc-inozemtsev-war-until-summer-2023')!;
  const seed = () => makeData({ forecasts: SEED_FORECASTS });

  it('setLexicon stores the lexicon and re-derives every worded forecast', () => {
    const data = seed();
    const next = setLexicon(data, withFigure('certainly', 0.6));
    expect(next.lexicon).toHaveLength(DEFAULT_LEXICON.length);
    expect(next.forecasts.find((f) => f.id === summer.id)?.probability).toBe(0.6);
    const untouched = next.forecasts.filter((f) => f.hedge !== 'certainly');
    untouched.forEach((f) => expect(data.forecasts).toContain(f));
    expect(data.lexicon).toBeUndefined();
  });

  it('setLexicon(undefined) goes back to the defaults, leaving the field absent', () => {
    const edited = setLexicon(seed(), withFigure('certainly', 0.6));
    const restored = setLexicon(edited, undefined);
    expect('lexicon' in restored).toBe(false);
    expect(restored.forecasts.find((f) => f.id === summer.id)?.probability).toBe(0.95);
  });

  it('an edit that changes the probability makes it the reader’s own', () => {
    const data = seed();
    const edited = editForecastByHand(data, summer.id, { probability: 0.5, note: 'n' });
    expect(edited.forecasts.find((f) => f.id === summer.id)).toMatchObject({
      probability: 0.5,
      probabilitySource: 'manual',
    });
    const later = setLexicon(edited, withFigure('certainly', 0.6));
    expect(later.forecasts.find((f) => f.id === summer.id)?.probability).toBe(0.5);
  });

  it('an edit that keeps the probability leaves it following the wording', () => {
    const edited = editForecastByHand(seed(), summer.id, { probability: 0.95, note: 'n' });
    expect(edited.forecasts.find((f) => f.id === summer.id)?.probabilitySource).toBeUndefined();
  });

  it('followLexicon hands the probability back to the wording', () => {
    const lexicon = setLexicon(seed(), withFigure('certainly', 0.6));
    const manual = editForecastByHand(lexicon, summer.id, { probability: 0.5 });
    const back = followLexicon(manual, summer.id);
    expect(back.forecasts.find((f) => f.id === summer.id)).toMatchObject({
      probability: 0.6,
      probabilitySource: 'wording',
    });
  });
});
