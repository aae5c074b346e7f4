// A snooze is an optional field on the forecast (`snoozedUntil`), added after data was first
// stored: data written before it must load unchanged, and a snooze must come back from storage.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setSnooze } from '../../src/domain/review';
import { appDataSchema } from '../../src/domain/schemas';
import { STORAGE_CODEC } from '../../src/storage/codec';
import { DocumentStore } from '../../src/storage/document-store';
import { STORAGE_KEY, type Envelope } from '../../src/storage/envelope';
import { makeData, makeForecast } from '../support/factories';

const store = () =>
  new DocumentStore({
    storage: localStorage,
    writer: 'test',
    now: () => new Date(Date.UTC(2026, 10, 24)),
    codec: STORAGE_CODEC,
  });

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/plain-envelope-v1.json', `file://${__dirname}/`), 'utf8'),
) as Envelope;

describe('snoozedUntil in storage', () => {
  it('is absent from data stored before snoozing existed, which loads as it was', () => {
    const data = fixture.data as { forecasts: object[] };
    expect(data.forecasts.length).toBeGreaterThan(0);
    expect(data.forecasts.every((f) => !('snoozedUntil' in f))).toBe(true);
    localStorage.setItem(STORAGE_KEY, JSON.stringify(fixture));
    expect(store().load()).toEqual({ status: 'ok', data: fixture.data, rev: fixture.rev });
  });

  it('is saved and loaded with the forecast, and lifting it leaves no trace', () => {
    const data = makeData({ forecasts: [makeForecast({ id: 'f' }), makeForecast({ id: 'g' })] });
    const snoozed = setSnooze(data, 'f', '2026-12-01');
    store().save(snoozed);
    const loaded = store().load();
    expect(loaded).toMatchObject({ status: 'ok', data: snoozed });
    if (loaded.status !== 'ok') return;
    expect(loaded.data.forecasts[0]!.snoozedUntil).toBe('2026-12-01');

    store().save(setSnooze(loaded.data, 'f', undefined));
    const lifted = store().load();
    expect(lifted.status === 'ok' && lifted.data.forecasts[0]).not.toHaveProperty('snoozedUntil');
  });

  it('must be a real calendar date', () => {
    const forecast = makeForecast();
    const valid = (snoozedUntil: string) =>
      appDataSchema.safeParse(makeData({ forecasts: [{ ...forecast, snoozedUntil }] })).success;
    expect(valid('2026-12-01')).toBe(true);
    expect(valid('2026-02-30')).toBe(false);
    expect(valid('next week')).toBe(false);
  });
});
