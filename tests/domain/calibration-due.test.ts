import { describe, expect, it } from 'vitest';
import {
  calibration,
  calibrationOf,
  calibrationScope,
  calibrationViews,
} from '../../src/domain/calibration';
import { scoringRows } from '../../src/domain/catalogue';
import { deadlinePassed } from '../../src/domain/deadline';
import { makeView } from '../support/factories';

const TODAY = '2024-05-01';

describe('deadlinePassed', () => {
  it.each([
    [{ latest: '2024-04-30' }, true],
    [{ latest: TODAY }, false],
    [{ earliest: '2024-01-01', latest: '2024-05-02' }, false],
    [null, false],
  ])('%j on %s: %s', (deadline, passed) => {
    expect(deadlinePassed(deadline, TODAY)).toBe(passed);
  });
});

describe('calibration over due forecasts', () => {
  const due = makeView('correct', { probability: 0.8, deadline: { latest: '2024-04-30' } });
  const early = makeView('correct', { probability: 0.8, deadline: { latest: '2024-06-30' } });
  const today = makeView('incorrect', { probability: 0.3, deadline: { latest: TODAY } });
  const open = makeView('correct', { probability: 0.9, deadline: null });
  const pending = makeView('pending', { probability: 0.8, deadline: { latest: '2020-01-01' } });
  const none = makeView('correct', { probability: null, deadline: { latest: '2020-01-01' } });
  const views = [due, early, today, open, pending, none];

  it('takes only scored forecasts with a probability whose deadline has passed', () => {
    expect(calibrationViews(views, TODAY)).toEqual([due]);
    expect(calibrationOf(views, TODAY)).toEqual(calibration(scoringRows([due])));
  });

  it('says how many it leaves out, and why', () => {
    expect(calibrationScope(views, TODAY)).toEqual({ due: 1, notYetDue: 2, noDeadline: 1 });
  });

  it('takes them in as their deadlines pass', () => {
    expect(calibrationViews(views, '2024-07-01')).toEqual([due, early, today]);
  });
});
