import { existsSync, readFileSync } from 'node:fs';
import { URL as NodeURL, fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { SEED_ARTICLE_TEXT, SEED_SOURCE, SEED_SOURCE_ID } from '../../src/data/seed-article';
import { SEED_FORECASTS } from '../../src/data/seed-forecasts';
import { type Forecast, type ForecastKind } from '../../src/domain/model';
import { forecastSchema } from '../../src/domain/schemas';

const SPEAKERS = ['Vladislav Inozemtsev', 'Abbas Gallyamov', 'Valery Solovey'];

/** The probability each hedge word implies (see the header of seed-forecasts.ts). */
const HEDGE_ANCHORS: Record<string, number | null> = {
  certainly: 0.95,
  'i am sure': 0.9,
  'this is correct': 0.9,
  hopeless: 0.9,
  will: 0.85,
  'will indeed': 0.85,
  would: 0.85,
  'does not exist': 0.85,
  can: 0.8,
  'should not expect': 0.75,
  'i believe': 0.7,
  'i think': 0.7,
  'i don’t see': 0.7,
  'impossible to predict': null,
};
/** The one exception to "a probability has its hedge words": a flat, unhedged assertion. */
const FLAT_ASSERTION = 0.85;

const rows = SEED_FORECASTS.map((f) => [f.id, f] as const);

function byId(id: string): Forecast {
  const found = SEED_FORECASTS.find((f) => f.id === id);
  if (!found) throw new Error(`no forecast ${id}`);
  return found;
}

describe('the seed catalogue', () => {
  it('catalogues at least 12 forecasts, with unique ids and unique claims', () => {
    expect(SEED_FORECASTS.length).toBeGreaterThanOrEqual(12);
    const ids = SEED_FORECASTS.map((f) => f.id);
    const claims = SEED_FORECASTS.map((f) => f.claim);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(claims).size).toBe(claims.length);
  });

  it.each<ForecastKind>(['conditional', 'capacity', 'present-state', 'vague', 'dated'])(
    'has at least one %s forecast',
    (kind) => {
      expect(SEED_FORECASTS.some((f) => f.kind === kind)).toBe(true);
    },
  );

  it.each(SPEAKERS)('has forecasts by %s', (speaker) => {
    expect(SEED_FORECASTS.some((f) => f.speaker === speaker)).toBe(true);
  });
});

describe.each(rows)('forecast %s', (_id, forecast) => {
  it('quotes the article verbatim', () => {
    expect(SEED_ARTICLE_TEXT.includes(forecast.quote)).toBe(true);
    expect(forecast.quote).toBe(forecast.quote.trim());
  });

  it('is a valid forecast of the seed article', () => {
    expect(forecastSchema.parse(forecast)).toEqual(forecast);
    expect(forecast.sourceId).toBe(SEED_SOURCE_ID);
    expect(SPEAKERS).toContain(forecast.speaker);
    expect(forecast.speakerRole?.trim()).toBeTruthy();
    expect(forecast.claim.trim()).not.toBe('');
    expect(forecast.kind.trim()).not.toBe('');
    expect(forecast.resolutionCriteria.trim()).not.toBe('');
    expect(forecast.madeOn).toBe(SEED_SOURCE.publishedOn);
    expect(forecast.id).toMatch(/^fc-[a-z0-9]+(-[a-z0-9]+)+$/);
    expect(forecast.tags.length).toBeGreaterThan(0);
    for (const tag of forecast.tags) expect(tag).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('spells out how it resolves', () => {
    expect(forecast.resolutionCriteria).toMatch(/\bcorrect if\b/i);
    expect(forecast.resolutionCriteria).toMatch(/\bincorrect if\b/i);
  });

  // Claims are accessible names that people and tests type, so no typographic quotes.
  it('has a plain claim', () => {
    expect(forecast.claim).not.toMatch(/[‘’“”]/);
  });

  it('takes its probability from hedge words in its quote', () => {
    if (forecast.hedge === '') {
      // Exception: a flat assertion has no hedge word to point to.
      expect(forecast.probability).toBe(FLAT_ASSERTION);
      return;
    }
    expect(forecast.quote.toLowerCase()).toContain(forecast.hedge.toLowerCase());
    const anchor = HEDGE_ANCHORS[forecast.hedge.toLowerCase()];
    expect(anchor, `no anchor for hedge "${forecast.hedge}"`).not.toBeUndefined();
    expect(forecast.probability).toBe(anchor);
  });

  it('has a deadline that fits its kind and does not precede its making', () => {
    const { deadline, kind, madeOn } = forecast;
    if (kind === 'dated') expect(deadline).not.toBeNull();
    if (kind === 'open-ended' || kind === 'conditional' || kind === 'vague') {
      expect(deadline).toBeNull();
    }
    // Present-state claims describe the day of publication and can be judged at once.
    if (kind === 'present-state') expect(deadline).toEqual({ latest: madeOn });
    if (deadline) expect(deadline.latest >= madeOn).toBe(true);
  });
});

describe('pinned deadlines', () => {
  it('runs the budget forecast through 2023 and 2024', () => {
    const budget = byId('fc-inozemtsev-budget-2024');
    expect(budget.quote).toContain('next year and also in 2024');
    expect(budget.deadline).toEqual({ earliest: '2023-01-01', latest: '2024-12-31' });
  });

  it('checks "at least until next summer" at the start of summer 2023', () => {
    const summer = byId('fc-inozemtsev-war-until-summer-2023');
    expect(summer.quote).toContain('at least until [next] summer');
    expect(summer.deadline).toEqual({ earliest: '2023-06-01', latest: '2023-06-21' });
    for (const day of [summer.deadline?.earliest, summer.deadline?.latest]) {
      expect(day).toMatch(/^2023-0[6-9]-\d\d$/);
    }
  });

  it('counts "at least another two years" from the publication date', () => {
    const twoYears = byId('fc-inozemtsev-war-funded-two-years');
    expect(twoYears.quote).toContain('at least another two years');
    expect(twoYears.deadline).toEqual({ latest: '2024-12-22' });
  });

  it('catalogues the repeated million-men statement once', () => {
    const million = SEED_FORECASTS.filter((f) => /million men/.test(f.quote + f.claim));
    expect(million.map((f) => f.id)).toEqual(['fc-inozemtsev-mobilise-million']);
  });
});

describe('the shipped article text', () => {
  it('is shared/seed/article.txt exactly, where that file is beside the repo', () => {
    // Node's URL, not the jsdom global, which resolves file: URLs against http://localhost.
    const path = fileURLToPath(new NodeURL('../../../shared/seed/article.txt', import.meta.url));
    // The canonical copy lives in ../shared beside the repo (as in CI); a bare checkout may
    // not have it, and then there is nothing to compare against. The verbatim-quote tests
    // above still hold the catalogue to SEED_ARTICLE_TEXT either way.
    if (!existsSync(path)) return;
    expect(SEED_ARTICLE_TEXT).toBe(readFileSync(path, 'utf8'));
  });
});
