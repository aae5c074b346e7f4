import { describe, expect, it } from 'vitest';
import { scoringRows } from '../../src/domain/catalogue';
import { DEFAULT_LEXICON } from '../../src/domain/lexicon';
import { tally } from '../../src/domain/tally';
import { speakerContexts } from '../../src/domain/speaker-context';
import { standingsOf } from '../../src/domain/standing';
import { makeView } from '../support/factories';

describe('speakerContexts', () => {
  const views = [
    makeView('incorrect', { speaker: 'Bo', probability: 0.35 }),
    ...Array.from({ length: 10 }, (_, i) =>
      makeView(i < 8 ? 'correct' : 'incorrect', { speaker: 'Ada', probability: 0.85 }),
    ),
    makeView('pending', { speaker: 'Bo', probability: null, deadline: null }),
  ];
  const { speakers, standings } = speakerContexts(views, DEFAULT_LEXICON);
  const [ada, bo] = speakers;

  it('gives one context per speaker, alphabetically, with the scorecard’s skill', () => {
    expect(speakers.map((c) => c.speaker)).toEqual(['Ada', 'Bo']);
    const adaTally = tally('Ada', scoringRows(views.filter((v) => v.forecast.speaker === 'Ada')));
    expect(ada!.brierSkill).toBe(adaTally.brierSkill);
    // 35% and it did not happen: (0.35)² = 0.1225 against ¼, skill +0.51, better than a coin.
    expect(bo!.brierSkill).toBeCloseTo(0.51, 12);
    expect(bo!.verdict).toBe('better');
  });

  it('takes Ada’s Brier score apart (ten forecasts), not Bo’s (one)', () => {
    expect(ada!.decomposition.status).toBe('shown');
    expect(bo!.decomposition).toMatchObject({ status: 'too-few', n: 1 });
  });

  it('reads the unhedged statements by Kent, and measures vagueness and boldness', () => {
    // No hedge words: the lexicon's 85%, Kent's "probable", 75%.
    expect(ada!.kent).toMatchObject({ n: 10, readByLexicon: 10, moved: 10 });
    expect(bo!.vagueness).toMatchObject({ vague: 1, forecasts: 2 });
    expect(ada!.boldness).toBeCloseTo(0.7, 12);
  });

  it('ranks as standingsOf ranks', () => {
    expect(standings).toEqual(standingsOf(scoringRows(views)));
    expect(standings.get('Ada')).toMatchObject({ status: 'ranked', rank: 1, of: 1 });
    expect(standings.get('Bo')).toMatchObject({ status: 'too-few' });
  });
});
