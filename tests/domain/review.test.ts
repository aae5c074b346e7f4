import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastViews } from '../../src/domain/catalogue';
import { addDays } from '../../src/domain/dates';
import {
  describeOverdue,
  isSnoozed,
  reviewQueue,
  setSnooze,
  snoozeEnd,
  statementQueue,
} from '../../src/domain/review';
import { isOverdue } from '../../src/domain/deadline';
import { appData } from '../formats/arbitraries';
import { makeData, makeForecast, makeJudgement } from '../support/factories';

const TODAY = '2024-03-15';
const claims = (views: { forecast: { claim: string } }[]) => views.map((v) => v.forecast.claim);

describe('reviewQueue', () => {
  const data = makeData({
    forecasts: [
      makeForecast({ id: 'late', claim: 'late', deadline: { latest: '2024-03-01' } }),
      makeForecast({ id: 'oldest', claim: 'oldest', deadline: { latest: '2023-01-01' } }),
      makeForecast({ id: 'judged', claim: 'judged', deadline: { latest: '2023-06-01' } }),
      makeForecast({ id: 'today', claim: 'today', deadline: { latest: TODAY } }),
      makeForecast({ id: 'future', claim: 'future', deadline: { latest: '2025-01-01' } }),
      makeForecast({ id: 'none', claim: 'none', deadline: null }),
      makeForecast({
        id: 'window',
        claim: 'window',
        deadline: { earliest: '2023-01-01', latest: '2024-03-14' },
      }),
      makeForecast({
        id: 'snoozed',
        claim: 'snoozed',
        deadline: { latest: '2023-02-01' },
        snoozedUntil: '2024-03-16',
      }),
      makeForecast({
        id: 'woken',
        claim: 'woken',
        deadline: { latest: '2023-03-01' },
        snoozedUntil: TODAY,
      }),
    ],
    judgements: [makeJudgement({ forecastId: 'judged', outcome: 'incorrect' })],
  });

  it('holds the pending forecasts whose last day has passed, longest overdue first', () => {
    const { due, snoozed } = reviewQueue(forecastViews(data), TODAY);
    // Not: judged, due today (its last day is not over), in the future, without a deadline.
    expect(claims(due)).toEqual(['oldest', 'woken', 'late', 'window']);
    expect(claims(snoozed)).toEqual(['snoozed']);
  });

  it('agrees with the timeline on what is overdue, snoozed or not', () => {
    fc.assert(
      fc.property(appData, (any) => {
        const views = forecastViews(any);
        const { due, snoozed } = reviewQueue(views, TODAY);
        // Present-state statements are checked apart (statementQueue), never due.
        const overdue = views.filter(
          (v) =>
            v.forecast.kind !== 'present-state' &&
            isOverdue(v.forecast.deadline, v.state.outcome, TODAY),
        );
        expect(new Set([...due, ...snoozed])).toEqual(new Set(overdue));
        expect(due.every((v) => !isSnoozed(v.forecast, TODAY))).toBe(true);
        expect(snoozed.every((v) => isSnoozed(v.forecast, TODAY))).toBe(true);
      }),
    );
  });

  it('queues every pending present-state statement apart, dated or not, and nothing else', () => {
    fc.assert(
      fc.property(appData, (any) => {
        const views = forecastViews(any);
        const { due, snoozed } = statementQueue(views, TODAY);
        const pending = views.filter(
          (v) => v.forecast.kind === 'present-state' && v.state.outcome === 'pending',
        );
        expect(new Set([...due, ...snoozed])).toEqual(new Set(pending));
        expect(due.every((v) => !isSnoozed(v.forecast, TODAY))).toBe(true);
        const queued = new Set([...reviewQueue(views, TODAY).due]);
        expect(due.some((v) => queued.has(v))).toBe(false);
      }),
    );
  });

  it('brings a snoozed forecast back on the day its snooze ends', () => {
    const snoozed = makeForecast({ snoozedUntil: snoozeEnd(TODAY) });
    expect(snoozeEnd(TODAY)).toBe('2024-03-22');
    expect(isSnoozed(snoozed, addDays(TODAY, 6))).toBe(true);
    expect(isSnoozed(snoozed, addDays(TODAY, 7))).toBe(false);
    expect(isSnoozed(makeForecast(), TODAY)).toBe(false);
  });
});

describe('describeOverdue', () => {
  it.each([
    ['2024-03-14', '1 day overdue'],
    ['2024-03-02', '13 days overdue'],
    ['2024-03-01', '2 weeks overdue'],
    ['2024-01-15', '8 weeks overdue'],
    ['2024-01-14', '2 months overdue'],
    ['2022-03-16', '23 months overdue'],
    ['2022-03-15', '2 years overdue'],
    ['2021-03-15', '3 years overdue'],
  ])('a deadline of %s is “%s” on 15 Mar 2024', (latest, words) => {
    expect(describeOverdue(latest, TODAY)).toBe(words);
  });
});

describe('setSnooze', () => {
  const f = makeForecast({ id: 'f' });
  const other = makeForecast({ id: 'other' });
  const data = makeData({ forecasts: [f, other] });

  it('sets the day, then lifts it by removing the field', () => {
    const snoozed = setSnooze(data, 'f', '2024-03-22');
    expect(snoozed.forecasts[0]).toEqual({ ...data.forecasts[0], snoozedUntil: '2024-03-22' });
    expect(snoozed.forecasts[1]).toBe(data.forecasts[1]);
    const lifted = setSnooze(snoozed, 'f', undefined);
    expect(lifted.forecasts[0]).not.toHaveProperty('snoozedUntil');
    expect(lifted.forecasts[0]).toEqual(data.forecasts[0]);
  });

  it('returns the document itself when nothing changes', () => {
    expect(setSnooze(data, 'f', undefined)).toBe(data);
    expect(setSnooze(data, 'missing', '2024-03-22')).toBe(data);
    const snoozed = setSnooze(data, 'f', '2024-03-22');
    expect(setSnooze(snoozed, 'f', '2024-03-22')).toBe(snoozed);
  });
});
