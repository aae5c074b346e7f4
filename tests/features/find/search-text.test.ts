import { describe, expect, it } from 'vitest';
import { forecastViews } from '../../../src/domain/catalogue';
import {
  foldText,
  matchingIds,
  noteFolder,
  queryTerms,
  searchTexts,
} from '../../../src/features/find/search-text';
import { makeData, makeForecast, makeJudgement } from '../../support/factories';

describe('search text', () => {
  it.each([
    ['SOLOVEY', 'solovey'],
    ['Señor Café', 'senor cafe'],
    ['Putin’s ‘meat grinder’', "putin's 'meat grinder'"],
    ['“quoted”', '"quoted"'],
    ['2022–2023 — war', '2022-2023 - war'],
    ['Straße', 'strasse'],
    ['Łódź', 'lodz'],
    ['two\n\tlines', 'two lines'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it.each([
    ['war', ['war']],
    ['  War   COUP ', ['war', 'coup']],
    ['"palace coup" putin', ['palace coup', 'putin']],
    ['“palace coup”', ['palace coup']],
    ['"unclosed phrase', ['unclosed phrase']],
    ['war war', ['war']],
    ['""', []],
    ['   ', []],
  ])('reads the terms of %j', (query, terms) => {
    expect(queryTerms(query)).toEqual(terms);
  });

  const data = makeData({
    forecasts: [
      makeForecast({
        id: 'coup',
        claim: 'A palace coup removes Putin.',
        quote: 'only end if close aides stage a palace coup',
        speaker: 'Valery Solovey',
      }),
      makeForecast({
        id: 'exile',
        claim: 'Putin leaves for exile.',
        speaker: 'Abbas Gallyamov',
        speakerRole: 'former speechwriter',
        note: 'Señor caveat',
      }),
      makeForecast({
        id: 'budget',
        claim: 'The budget runs dry.',
        speaker: 'Vladislav Inozemtsev',
      }),
    ],
    judgements: [makeJudgement({ forecastId: 'budget', note: 'Checked the Kremlin budget' })],
  });
  const views = forecastViews(data);
  const find = (query: string) => [
    ...matchingIds(views, searchTexts(), queryTerms(query), noteFolder()),
  ];

  it.each([
    ['putin', ['coup', 'exile']],
    ['PUTIN coup', ['coup']],
    ['"palace coup"', ['coup']],
    ['"coup palace"', []],
    ['solovey', ['coup']],
    ['speechwriter', ['exile']],
    ['senor', ['exile']],
    ['kremlin', ['budget']],
    ['kremlin dry', ['budget']],
    ['kremlin putin', []],
    ['aides', ['coup']],
  ])('finds %j in claims, quotes, speakers, roles, caveats and notes', (query, ids) => {
    expect(find(query)).toEqual(ids);
  });

  it('folds the forecasts ahead of a search a slice at a time, and an edited one afresh', () => {
    const texts = searchTexts();
    let budget = 2;
    expect(texts.warm(data.forecasts, () => budget-- > 0)).toBe(false);
    budget = 1;
    expect(texts.warm(data.forecasts, () => budget-- > 0)).toBe(true);
    const [first] = data.forecasts;
    expect(texts.of(first!)).toContain('a palace coup removes putin.');
    expect(texts.of({ ...first!, claim: 'Ceasefire in May.' })).toContain('ceasefire in may.');
  });
});
