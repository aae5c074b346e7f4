import { describe, expect, it } from 'vitest';
import { addForecastTags, removeForecastTag } from '../../src/domain/commands';
import {
  addTags,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  removeTag,
  splitTagInput,
  tagKey,
} from '../../src/domain/tags';
import { makeData, makeForecast } from '../support/factories';

describe('tags', () => {
  it.each([
    ['economy', ['economy']],
    ['  war   aims  ', ['war aims']],
    ['a, b;c', ['a', 'b', 'c']],
    [' , ; ', []],
    ['tab\there', ['tab here']],
    ['cafe\u0301', ['café']],
  ])('splits %j into %j', (input, tags) => {
    expect(splitTagInput(input)).toEqual(tags);
  });

  it.each([
    ['Economy', 'economy'],
    ['  War  Aims ', 'war aims'],
    ['CAFE\u0301', 'café'],
  ])('keys %j as %j', (tag, key) => {
    expect(tagKey(tag)).toBe(key);
  });

  it.each([
    { existing: [], input: 'coup', tags: ['coup'] },
    { existing: ['coup'], input: 'elite, exile', tags: ['coup', 'elite', 'exile'] },
    { existing: ['coup'], input: '  palace   coup ', tags: ['coup', 'palace coup'] },
  ])('adds $input to $existing', ({ existing, input, tags }) => {
    expect(addTags(existing, input)).toEqual({ tags, added: tags.slice(existing.length) });
  });

  it.each([
    { existing: [], input: '   ', error: 'Type a tag first.' },
    { existing: ['Coup'], input: 'coup', error: 'This forecast already has the tag “Coup”.' },
    { existing: [], input: 'elite, ELITE', error: 'This forecast already has the tag “elite”.' },
    {
      existing: [],
      input: 'x'.repeat(MAX_TAG_LENGTH + 1),
      error: `A tag can be at most ${MAX_TAG_LENGTH} characters long.`,
    },
    { existing: [], input: 'bell\u0007', error: 'A tag cannot hold control characters.' },
    {
      existing: Array.from({ length: MAX_TAGS }, (_, i) => `t${i}`),
      input: 'one more',
      error: `A forecast can have at most ${MAX_TAGS} tags.`,
    },
  ])('refuses $input on $existing.length tags', ({ existing, input, error }) => {
    expect(addTags(existing, input)).toEqual({ error });
  });

  it('takes a tag off whatever its case', () => {
    expect(removeTag(['Coup', 'elite'], 'coup')).toEqual(['elite']);
  });
});

describe('tag commands', () => {
  const data = makeData({
    forecasts: [makeForecast({ id: 'a', tags: ['Coup'] }), makeForecast({ id: 'b' })],
  });

  it('adds tags to one forecast, skipping one it has in another case', () => {
    const next = addForecastTags(data, 'a', ['coup', 'elite', 'Elite']);
    expect(next.forecasts[0]?.tags).toEqual(['Coup', 'elite']);
    expect(next.forecasts[1]).toBe(data.forecasts[1]);
    expect(data.forecasts[0]?.tags).toEqual(['Coup']);
  });

  it('changes nothing when there is nothing new, or no such forecast', () => {
    expect(addForecastTags(data, 'a', ['COUP'])).toBe(data);
    expect(addForecastTags(data, 'nope', ['x'])).toBe(data);
    expect(removeForecastTag(data, 'a', 'elite')).toBe(data);
  });

  it('removes a tag as stored', () => {
    expect(removeForecastTag(data, 'a', 'Coup').forecasts[0]?.tags).toEqual([]);
  });
});
