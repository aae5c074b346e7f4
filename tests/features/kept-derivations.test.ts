// The forecast list and the timeline sort and place again only when an edit can move a card or a
// mark: a deadline, a window or a day made changed, or the forecasts themselves; an edited claim
// or a judgement keeps the order and the lanes they had.
import { describe, expect, it } from 'vitest';
import { deadlineOrder } from '../../src/features/forecasts/list/ForecastList';
import {
  prepareTimeline,
  refreshTimeline,
  sameTimelinePlaces,
} from '../../src/features/timeline/layout/timeline-prepare';
import { sameFacets } from '../../src/features/find/facets';
import { samePlaces } from '../../src/state/derived/forecast-views';
import { makeView } from '../support/factories';

const views = [
  makeView('pending', { id: 'a', deadline: { latest: '2025-01-01' } }),
  makeView('pending', { id: 'b', deadline: null }),
  makeView('correct', { id: 'c', deadline: { latest: '2024-01-01' } }),
];
const edit = (i: number, change: object) =>
  views.map((v, k) => (k === i ? { ...v, forecast: { ...v.forecast, ...change } } : v));

describe('samePlaces', () => {
  it('holds across an edited claim or role', () => {
    expect(samePlaces(views, edit(0, { claim: 'Edited' }))).toBe(true);
    expect(samePlaces(views, edit(1, { speakerRole: 'Analyst' }))).toBe(true);
  });

  it.each([
    ['a deadline moved', edit(2, { deadline: { latest: '2026-01-01' } })],
    ['a window opened', edit(0, { deadline: { earliest: '2024-06-01', latest: '2025-01-01' } })],
    ['the day it was made', edit(0, { madeOn: '2020-01-01' })],
    ['another forecast', edit(1, { id: 'z' })],
    ['one fewer', views.slice(1)],
  ])('fails when %s', (_what, next) => {
    expect(samePlaces(views, next)).toBe(false);
  });

  it('keeps what the list would compute again', () => {
    expect(deadlineOrder(edit(0, { claim: 'Edited' }))).toEqual(deadlineOrder(views));
  });
});

describe('sameTimelinePlaces', () => {
  const titled = views.map((v) => ({ ...v, forecast: { ...v.forecast, title: 'Its title' } }));
  const change = (i: number, c: object) =>
    titled.map((v, k) => (k === i ? { ...v, forecast: { ...v.forecast, ...c } } : v));

  it('holds across an edit that moves no mark and changes no label', () => {
    expect(sameTimelinePlaces(titled, change(0, { claim: 'Edited' }))).toBe(true);
    expect(sameTimelinePlaces(titled, change(1, { speakerRole: 'Analyst' }))).toBe(true);
    // A review date counts only while there is no deadline.
    expect(sameTimelinePlaces(titled, change(0, { reviewBy: '2027-01-01' }))).toBe(true);
  });

  it.each([
    ['a deadline moved', titled, change(2, { deadline: { latest: '2026-01-01' } })],
    ['its title changed', titled, change(0, { title: 'Another' })],
    ['a claim changed the title derived from it', views, edit(0, { claim: 'Edited' })],
    ['a review date placed one with no deadline', titled, change(1, { reviewBy: '2027-01-01' })],
    ['it became a statement about the present', titled, change(0, { kind: 'present-state' })],
  ])('fails when %s', (_what, before, next) => {
    expect(sameTimelinePlaces(before, next)).toBe(false);
  });

  it('keeps what the timeline would compute again, with the edit taken up', () => {
    const edited = change(0, { claim: 'Edited', speakerRole: 'Analyst' });
    const today = '2026-12-07';
    const refreshed = refreshTimeline(prepareTimeline(titled, today), edited, today);
    const fresh = prepareTimeline(edited, today);
    expect(refreshed.views).toEqual(fresh.views);
    expect(refreshed.items).toEqual(fresh.items);
    expect(refreshed.labels).toEqual(fresh.labels);
    expect(refreshed.aside).toEqual(fresh.aside);
    expect(refreshed.axis).toEqual(fresh.axis);
  });
});

describe('sameFacets', () => {
  const forecasts = views.map((v) => v.forecast);
  const change = (i: number, c: object) => forecasts.map((f, k) => (k === i ? { ...f, ...c } : f));
  it('holds across an edited claim, and tags equal but rebuilt', () => {
    expect(sameFacets(forecasts, change(0, { claim: 'Edited' }))).toBe(true);
    expect(sameFacets(forecasts, change(0, { tags: [...forecasts[0]!.tags] }))).toBe(true);
  });
  it.each([
    ['speaker', { speaker: 'Someone else' }],
    ['article', { sourceId: 'other' }],
    ['kind', { kind: 'vague' }],
    ['tags', { tags: ['new'] }],
  ])('fails when the %s changes', (_what, c) => {
    expect(sameFacets(forecasts, change(1, c))).toBe(false);
  });
});
