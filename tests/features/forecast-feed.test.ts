// The forecast feed's pure parts: which cards the windowed list keeps mounted, which keys move
// between cards, and how a reveal retries until its card exists.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEED_DATA } from '../../src/data/seed';
import { forecastViews } from '../../src/domain/catalogue';
import { byDeadline, deadlineOrder } from '../../src/features/forecasts/list/ForecastList';
import { feedStep, isTextEntry, retryEachFrame } from '../../src/features/forecasts/list/feed';
import { withPinned } from '../../src/features/forecasts/list/pinned-range';

describe('withPinned', () => {
  const range = [10, 11, 12, 13, 14];

  it('leaves the range alone when nothing in the feed has the focus', () => {
    expect(withPinned(range, undefined, 100)).toEqual(range);
    expect(withPinned(range, null, 100)).toEqual(range);
  });

  it('leaves the range alone when the focused card and its neighbours are in it', () => {
    expect(withPinned(range, 12, 100)).toEqual(range);
  });

  it('adds a focused card that scrolled away, with its neighbours, in order', () => {
    expect(withPinned(range, 2, 100)).toEqual([1, 2, 3, 10, 11, 12, 13, 14]);
    expect(withPinned(range, 60, 100)).toEqual([10, 11, 12, 13, 14, 59, 60, 61]);
  });

  it('adds the missing neighbour of a focused card at the edge of the range', () => {
    expect(withPinned(range, 14, 100)).toEqual([10, 11, 12, 13, 14, 15]);
    expect(withPinned(range, 10, 100)).toEqual([9, 10, 11, 12, 13, 14]);
  });

  it('stays within the list', () => {
    expect(withPinned(range, 0, 100)).toEqual([0, 1, 10, 11, 12, 13, 14]);
    expect(withPinned([0, 1, 2], 99, 100)).toEqual([0, 1, 2, 98, 99]);
    expect(withPinned(range, 100, 100)).toEqual(range);
    expect(withPinned(range, -1, 100)).toEqual(range);
  });

  it('can pin the focused card alone', () => {
    expect(withPinned(range, 40, 100, 0)).toEqual([10, 11, 12, 13, 14, 40]);
  });
});

describe('feedStep (the ARIA feed pattern’s Page Down and Page Up)', () => {
  const element = (html: string) => {
    const host = document.createElement('div');
    host.innerHTML = html;
    return host.firstElementChild!;
  };
  const key = (k: string, modifiers: Partial<KeyboardEvent> = {}) => ({
    key: k,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    ...modifiers,
  });
  const article = element('<article tabindex="-1"></article>');

  it('moves to the next card on Page Down and the previous one on Page Up', () => {
    expect(feedStep(key('PageDown'), article)).toBe(1);
    expect(feedStep(key('PageUp'), article)).toBe(-1);
    expect(feedStep(key('PageDown'), element('<input type="radio">'))).toBe(1);
    expect(feedStep(key('PageUp'), element('<button>Undo</button>'))).toBe(-1);
  });

  it('leaves other keys, and keys with modifiers, to the browser', () => {
    expect(feedStep(key('ArrowDown'), article)).toBe(0);
    expect(feedStep(key('Tab'), article)).toBe(0);
    expect(feedStep(key('PageDown', { ctrlKey: true }), article)).toBe(0);
    expect(feedStep(key('PageDown', { shiftKey: true }), article)).toBe(0);
  });

  it('leaves Page Down to text fields, where it moves the caret', () => {
    for (const html of ['<textarea></textarea>', '<input type="url">', '<input>', '<select>']) {
      expect(isTextEntry(element(html)), html).toBe(true);
      expect(feedStep(key('PageDown'), element(html)), html).toBe(0);
    }
    expect(isTextEntry(element('<input type="checkbox">'))).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});

describe('retryEachFrame', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('succeeds at once without waiting for a frame', async () => {
    const attempt = vi.fn(() => true);
    await expect(retryEachFrame(attempt, new AbortController().signal, 1000)).resolves.toBe(true);
    expect(attempt).toHaveBeenCalledTimes(1);
  });

  it('tries once a frame until the attempt succeeds', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'performance'] });
    let tries = 0;
    const result = retryEachFrame(() => ++tries === 3, new AbortController().signal, 1000);
    await vi.advanceTimersByTimeAsync(100);
    await expect(result).resolves.toBe(true);
    expect(tries).toBe(3);
  });

  it('gives up after the timeout', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'performance'] });
    const attempt = vi.fn(() => false);
    const result = retryEachFrame(attempt, new AbortController().signal, 200);
    await vi.advanceTimersByTimeAsync(1000);
    await expect(result).resolves.toBe(false);
    // About one try a frame (16 ms) for 200 ms, then no more.
    expect(attempt.mock.calls.length).toBeGreaterThan(5);
    expect(attempt.mock.calls.length).toBeLessThan(20);
  });

  it('stops when a later reveal aborts it', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'performance'] });
    const controller = new AbortController();
    const attempt = vi.fn(() => false);
    const result = retryEachFrame(attempt, controller.signal, 1000);
    await vi.advanceTimersByTimeAsync(50);
    controller.abort();
    await vi.advanceTimersByTimeAsync(50);
    await expect(result).resolves.toBe(false);
    const calls = attempt.mock.calls.length;
    await vi.advanceTimersByTimeAsync(500);
    expect(attempt.mock.calls.length).toBe(calls);
  });
});

describe('deadlineOrder', () => {
  it('puts the views in the order a stable sort by deadline gives', () => {
    const views = forecastViews(SEED_DATA);
    fc.assert(
      fc.property(fc.shuffledSubarray(views), (some) => {
        expect(deadlineOrder(some).map((i) => some[i])).toEqual([...some].sort(byDeadline));
      }),
    );
  });
});
