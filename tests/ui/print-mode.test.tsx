import { act, fireEvent, render, screen } from '@testing-library/react';
import { lazy } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WhenNearViewport } from '../../src/ui/WhenNearViewport';

/** An IntersectionObserver that never reports: the section stays "far below the fold". */
class NeverNear {
  observe() {}
  disconnect() {}
}

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', NeverNear);
});
afterEach(() => {
  act(() => {
    window.dispatchEvent(new Event('afterprint'));
  });
  vi.unstubAllGlobals();
});

describe('printing sections drawn only near the viewport', () => {
  it('draws them at once when printing starts, and keeps them after', () => {
    render(
      <WhenNearViewport heading="Track records" level={3} className="track-records">
        <p>every speaker’s record</p>
      </WhenNearViewport>,
    );
    expect(screen.queryByText('every speaker’s record')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Track records' })).toBeInTheDocument();

    // No act(): the listener itself must draw synchronously, before the printout is laid out.
    window.dispatchEvent(new Event('beforeprint'));
    expect(screen.getByText('every speaker’s record')).toBeInTheDocument();

    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.getByText('every speaker’s record')).toBeInTheDocument();
  });

  it('makes Ctrl+P wait for lazily loaded sections before opening the print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    let arrive: (module: { default: () => React.JSX.Element }) => void = () => {};
    const Section = lazy(
      () => new Promise<{ default: () => React.JSX.Element }>((r) => (arrive = r)),
    );
    render(
      <WhenNearViewport heading="Calibration" level={3} className="calibration">
        <Section />
      </WhenNearViewport>,
    );

    const shortcut = fireEvent.keyDown(window, { key: 'p', ctrlKey: true });
    expect(shortcut, 'the browser’s own Ctrl+P is held back').toBe(false);
    // Every task queued so far runs; printing must still wait for the section to arrive.
    for (let turn = 0; turn < 5; turn += 1)
      await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(print).not.toHaveBeenCalled();

    await act(async () => arrive({ default: () => <p>the calibration table</p> }));
    expect(screen.getByText('the calibration table')).toBeInTheDocument();
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1), { timeout: 30_000 });
  });

  it.each([
    ['P with no modifier', { key: 'p' }],
    ['Ctrl+Alt+P', { key: 'p', ctrlKey: true, altKey: true }],
  ])('leaves %s alone', (_name, init) => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(
      <WhenNearViewport heading="Lexicon" level={2} className="lexicon">
        <p>the lexicon</p>
      </WhenNearViewport>,
    );
    expect(fireEvent.keyDown(window, init)).toBe(true);
    expect(print).not.toHaveBeenCalled();
    expect(screen.queryByText('the lexicon')).toBeNull();
  });
});
