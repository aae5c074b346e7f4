import { describe, expect, it } from 'vitest';
import {
  canUndo,
  currentState,
  currentStates,
  makeJudgement,
  makeUndo,
  nextStamp,
  PENDING_STATE,
  standingJudgements,
} from '../../src/domain/judgements';
import type { Judgement } from '../../src/domain/model';
import { makeJudgement as judgementFixture } from '../support/factories';

const FC = 'fc-1';
let tick = 0;
const meta = () => {
  tick += 1;
  return { id: `e${tick}`, at: new Date(Date.UTC(2024, 0, 1, 0, 0, tick)).toISOString() };
};

function apply(log: Judgement[], entry: Judgement | null): Judgement[] {
  return entry ? [...log, entry] : log;
}

describe('judgement log', () => {
  it('starts pending, with nothing to undo', () => {
    expect(currentState([])).toEqual(PENDING_STATE);
    expect(canUndo([])).toBe(false);
    expect(makeUndo(FC, [], meta())).toBeNull();
  });

  it('appends: the latest judgement counts and earlier ones stay in the log', () => {
    let log: Judgement[] = [];
    log = apply(
      log,
      makeJudgement(FC, log, { outcome: 'correct', judgedOn: '2024-01-01' }, meta()),
    );
    log = apply(log, makeJudgement(FC, log, { note: 'Budget data for 2024 confirms it.' }, meta()));
    expect(log).toHaveLength(2);
    expect(currentState(log)).toEqual({
      outcome: 'correct',
      judgedOn: '2024-01-01',
      evidence: [],
      note: 'Budget data for 2024 confirms it.',
    });
  });

  it('undo restores the judgement before, and undoing again goes further back', () => {
    let log: Judgement[] = [];
    log = apply(
      log,
      makeJudgement(FC, log, { outcome: 'correct', judgedOn: '2024-01-01' }, meta()),
    );
    log = apply(log, makeJudgement(FC, log, { outcome: 'incorrect' }, meta()));
    log = apply(log, makeUndo(FC, log, meta()));
    expect(currentState(log).outcome).toBe('correct');
    // The undo entry carries the restored state, so the raw log's last entry reads true too.
    expect(log.at(-1)).toMatchObject({ outcome: 'correct', undoes: log[1]!.id });
    log = apply(log, makeUndo(FC, log, meta()));
    expect(currentState(log)).toEqual(PENDING_STATE);
    expect(canUndo(log)).toBe(false);
    expect(log).toHaveLength(4);
  });

  it('replays a log in time order whatever order it is stored in (merged tabs)', () => {
    const a = judgementFixture({
      id: 'a',
      forecastId: FC,
      outcome: 'correct',
      at: '2024-01-01T00:00:01.000Z',
    });
    const b = judgementFixture({
      id: 'b',
      forecastId: FC,
      outcome: 'partly',
      at: '2024-01-01T00:00:02.000Z',
    });
    const undoB = judgementFixture({
      id: 'u',
      forecastId: FC,
      outcome: 'correct',
      undoes: 'b',
      at: '2024-01-01T00:00:03.000Z',
    });
    expect(currentState([undoB, b, a]).outcome).toBe('correct');
    expect(standingJudgements([b, a, undoB]).map((j) => j.id)).toEqual(['a']);
  });

  it('groups a mixed log by forecast', () => {
    const log = [
      judgementFixture({ forecastId: 'x', outcome: 'correct', at: '2024-01-01T00:00:00.000Z' }),
      judgementFixture({ forecastId: 'y', outcome: 'annulled', at: '2024-01-01T00:00:00.000Z' }),
      judgementFixture({ forecastId: 'x', outcome: 'incorrect', at: '2024-01-02T00:00:00.000Z' }),
    ];
    const states = currentStates(log);
    expect(states.get('x')?.outcome).toBe('incorrect');
    expect(states.get('y')?.outcome).toBe('annulled');
    expect(states.has('z')).toBe(false);
  });
});

describe('nextStamp', () => {
  it.each([
    {
      name: 'now when the log is older',
      latest: '2024-01-01T00:00:00.000Z',
      now: '2024-01-02T00:00:00.000Z',
      expected: '2024-01-02T00:00:00.000Z',
    },
    {
      name: 'a millisecond after an entry made in the same millisecond',
      latest: '2024-01-02T00:00:00.000Z',
      now: '2024-01-02T00:00:00.000Z',
      expected: '2024-01-02T00:00:00.001Z',
    },
    {
      name: 'after the log when the clock was set back',
      latest: '2024-05-01T00:00:00.000Z',
      now: '2024-01-02T00:00:00.000Z',
      expected: '2024-05-01T00:00:00.001Z',
    },
  ])('$name', ({ latest, now, expected }) => {
    expect(nextStamp([judgementFixture({ at: latest })], new Date(now))).toBe(expected);
  });
});
