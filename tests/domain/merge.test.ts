import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentState } from '../../src/domain/judgements';
import { mergeDocuments, unionJudgements } from '../../src/domain/merge';
import { makeData, makeForecast, makeJudgement } from '../support/factories';

describe('mergeDocuments', () => {
  const f1 = makeForecast({ id: 'f1', claim: 'one' });
  const f2 = makeForecast({ id: 'f2', claim: 'two' });
  const base = makeData({ forecasts: [f1, f2] });
  const sourceId = base.sources[0]!.id;
  const withSource = (claim: string, id: string) => ({ ...makeForecast({ id, claim }), sourceId });

  it('keeps the judgements both tabs made, on the same or different forecasts', () => {
    const a = makeJudgement({
      id: 'a',
      forecastId: 'f1',
      outcome: 'correct',
      at: '2026-01-01T00:00:01.000Z',
    });
    const b = makeJudgement({
      id: 'b',
      forecastId: 'f2',
      outcome: 'incorrect',
      at: '2026-01-01T00:00:02.000Z',
    });
    const c = makeJudgement({
      id: 'c',
      forecastId: 'f1',
      outcome: 'partly',
      at: '2026-01-01T00:00:03.000Z',
    });
    const ours = { ...base, judgements: [a, c] };
    const theirs = { ...base, judgements: [b] };
    const merged = mergeDocuments(base, ours, theirs);
    expect(merged.judgements.map((j) => j.id).sort()).toEqual(['a', 'b', 'c']);
    expect(currentState(merged.judgements.filter((j) => j.forecastId === 'f1')).outcome).toBe(
      'partly',
    );
  });

  it('takes the other tab’s edit of a forecast this tab did not touch', () => {
    const theirs = {
      ...base,
      forecasts: [{ ...base.forecasts[0]!, claim: 'edited there' }, base.forecasts[1]!],
    };
    const ours = {
      ...base,
      forecasts: [base.forecasts[0]!, { ...base.forecasts[1]!, claim: 'edited here' }],
    };
    const merged = mergeDocuments(base, ours, theirs);
    expect(merged.forecasts.map((f) => f.claim)).toEqual(['edited there', 'edited here']);
  });

  it('lets this tab’s edit win when both edited the same forecast, and keeps forecasts either added', () => {
    const theirs = {
      ...base,
      forecasts: [
        { ...base.forecasts[0]!, claim: 'there' },
        base.forecasts[1]!,
        withSource('new there', 'f3'),
      ],
    };
    const ours = {
      ...base,
      forecasts: [
        { ...base.forecasts[0]!, claim: 'here' },
        base.forecasts[1]!,
        withSource('new here', 'f4'),
      ],
    };
    const merged = mergeDocuments(base, ours, theirs);
    expect(merged.forecasts.map((f) => [f.id, f.claim])).toEqual([
      ['f1', 'here'],
      ['f2', 'two'],
      ['f4', 'new here'],
      ['f3', 'new there'],
    ]);
  });

  describe('the lexicon, merged as a whole', () => {
    const mine = [{ phrase: 'likely', probability: 0.7, source: 'here' }];
    const other = [{ phrase: 'likely', probability: 0.6, source: 'there' }];
    const start = [{ phrase: 'likely', probability: 0.65, source: 'base' }];
    const withLexicon = (lexicon?: typeof mine) => ({ ...base, ...(lexicon && { lexicon }) });

    it.each<[string, typeof mine | undefined, typeof mine | undefined, typeof mine | undefined]>([
      ['only this tab edited it: ours', start, mine, start],
      ['only the other tab edited it: theirs', start, start, other],
      ['both edited it: ours, the later save', start, mine, other],
      ['this tab went back to the defaults: the defaults', start, undefined, start],
      ['the other tab went back to the defaults: the defaults', start, start, undefined],
      ['the other tab made the first edit: theirs', undefined, undefined, other],
    ])('%s', (_name, b, ours, theirs) => {
      const expected = ours === b ? theirs : ours;
      const merged = mergeDocuments(withLexicon(b), withLexicon(ours), withLexicon(theirs));
      if (expected === undefined) expect(merged).not.toHaveProperty('lexicon');
      else expect(merged.lexicon).toEqual(expected);
    });

    it('is left out when no one has edited it', () => {
      expect(mergeDocuments(base, base, base)).not.toHaveProperty('lexicon');
    });
  });

  // A single log never repeats an id; two logs may share any of them.
  it('never loses or duplicates a judgement (union property)', () => {
    const entry = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      forecastId: fc.constantFrom('f1', 'f2'),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { selector: (e) => e.id }),
        fc.uniqueArray(entry, { selector: (e) => e.id }),
        (xs, ys) => {
          const a = xs.map((x) => makeJudgement(x));
          const b = ys.map((y) => makeJudgement(y));
          const merged = unionJudgements(a, b);
          const ids = merged.map((j) => j.id);
          expect(new Set(ids).size).toBe(ids.length);
          expect(new Set(ids)).toEqual(new Set([...a, ...b].map((j) => j.id)));
        },
      ),
    );
  });
});
