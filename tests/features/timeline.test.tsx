import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { forecastViews } from '../../src/domain/catalogue';
import { Timeline } from '../../src/features/timeline/Timeline';
import { makeData, makeForecast, makeJudgement } from '../support/factories';

const TODAY = '2026-11-24';

/** `count` forecasts due through 2023, one every `every` days; every third one judged. */
function crowd(count: number, every = 1, first = '2023-01-01') {
  const forecasts = Array.from({ length: count }, (_, i) =>
    makeForecast({ claim: `Claim ${i + 1}.`, deadline: { latest: addDays(first, i * every) } }),
  );
  const judgements = forecasts
    .filter((_, i) => i % 3 === 0)
    .map((f) => makeJudgement({ forecastId: f.id, outcome: 'correct' }));
  return forecastViews(makeData({ forecasts, judgements }));
}

function renderTimeline(views: ReturnType<typeof crowd>) {
  const onActivate = vi.fn();
  const user = userEvent.setup();
  render(<Timeline views={views} today={TODAY} selectedId={null} onActivate={onActivate} />);
  const timeline = screen.getByRole('region', { name: 'Timeline' });
  const plot = within(timeline).getByRole('group', { name: 'Marks' });
  const range = () => within(timeline).getByText(/^Showing /).textContent!;
  const marks = () => within(plot).getAllByRole('button');
  const clusters = () =>
    marks()
      .map((b) => /^(\d+) forecasts, /.exec(b.getAttribute('aria-label') ?? ''))
      .filter((m) => m !== null)
      .map((m) => Number(m[1]));
  const button = (name: string) => within(timeline).getByRole('button', { name });
  return { user, onActivate, timeline, plot, range, marks, clusters, button };
}

describe('timeline at scale', () => {
  it('draws crowded marks as clusters whose counts add up, named by count, dates and overdue', () => {
    const { marks, clusters } = renderTimeline(crowd(400));
    const counts = clusters();
    expect(counts.length).toBeGreaterThan(0);
    const singles = marks().length - counts.length;
    expect(counts.reduce((a, b) => a + b, 0) + singles).toBe(400);
    expect(marks().length).toBeLessThan(120);
    const cluster = marks().find((b) =>
      /^\d+ forecasts.*overdue/.test(b.getAttribute('aria-label')!),
    )!;
    expect(cluster).toHaveAccessibleName(
      /^\d+ forecasts, \d+ \w{3} 2023 – \d+ \w{3} 2023, \d+ overdue$/,
    );
    // The count is on the mark, and overdue shows as a "!" as well as by colour.
    expect(cluster.textContent).toMatch(/^\d+!$/);
  });

  it('zooms into a cluster it is given, and hands the focus to a mark there', async () => {
    const { user, plot, range, clusters, marks } = renderTimeline(crowd(400));
    const before = range();
    const biggest = Math.max(...clusters());
    const target = marks().find((b) => b.getAttribute('aria-label')!.startsWith(`${biggest} `))!;
    await user.click(target);
    expect(range()).not.toBe(before);
    expect(Math.max(0, ...clusters())).toBeLessThan(biggest);
    expect(plot).toContainElement(document.activeElement as HTMLElement);
  });

  it('pans and zooms from the keyboard alone, with buttons and with keys on the plot', async () => {
    const { user, button, range, plot } = renderTimeline(crowd(400));
    const all = range();
    expect(all).toMatch(/^Showing \w{3} \d{4} – \w{3} \d{4}$/);
    expect(button('Zoom out')).toHaveAttribute('aria-disabled', 'true');
    expect(button('Earlier')).toHaveAttribute('aria-disabled', 'true');

    button('Zoom in').focus();
    await user.keyboard('{Enter}');
    const zoomed = range();
    expect(zoomed).not.toBe(all);
    expect(button('Zoom in')).toHaveFocus();
    await user.tab({ shift: true }); // Later
    await user.keyboard('{Enter}');
    const later = range();
    expect(later).not.toBe(zoomed);
    await user.tab({ shift: true }); // Earlier
    await user.keyboard('{Enter}');
    expect(range()).toBe(zoomed);

    plot.focus();
    await user.keyboard('{ArrowRight}');
    expect(range()).not.toBe(zoomed);
    await user.keyboard('+');
    expect(button('Zoom out')).not.toHaveAttribute('aria-disabled');
    await user.keyboard('-');
    await user.keyboard('-');
    await user.keyboard('-');
    expect(range()).toBe(all);

    await user.click(button('Zoom in'));
    await user.click(button('Show all'));
    expect(range()).toBe(all);
    expect(button('Show all')).toHaveAttribute('aria-disabled', 'true');
  });

  it('gathers a burst of wheel events into one change in the next animation frame', () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback);
      return frames.length;
    });
    const { plot, range } = renderTimeline(crowd(400));
    const all = range();
    const wheel = (init: WheelEventInit) =>
      plot.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, ...init }));
    for (let i = 0; i < 10; i += 1) wheel({ deltaY: -60, ctrlKey: true, clientX: 400 });
    expect(range()).toBe(all);
    expect(frames).toHaveLength(1);
    act(() => frames[0]!(0));
    const zoomed = range();
    expect(zoomed).not.toBe(all);
    // A plain vertical wheel is left to scroll the page; a sideways one pans.
    expect(wheel({ deltaY: 100 })).toBe(true);
    expect(wheel({ deltaX: 100 })).toBe(false);
    act(() => frames[1]!(0));
    expect(range()).not.toBe(zoomed);
  });

  it('lists the members of a cluster that the deepest zoom cannot separate', async () => {
    const { user, marks, timeline, onActivate } = renderTimeline(crowd(20, 0));
    const cluster = () =>
      marks().find((b) => /^\d+ forecasts/.test(b.getAttribute('aria-label')!))!;
    await user.click(cluster()); // zooms as far as it goes
    await user.click(cluster()); // then lists them
    const list = within(timeline).getByRole('group', { name: /forecasts, due 1 Jan 2023/ });
    const members = within(list).getAllByRole('button', { name: /^Claim \d+/ });
    expect(members.length).toBe(Number(/^(\d+)/.exec(list.getAttribute('aria-label')!)![1]));
    expect(members[0]).toHaveFocus();
    await user.click(members[0]!);
    expect(onActivate).toHaveBeenCalledTimes(1);
  });

  it('pages through forecasts with no deadline rather than drawing thousands', async () => {
    const forecasts = Array.from({ length: 100 }, (_, i) =>
      makeForecast({ claim: `Open ${i + 1}.`, deadline: null, kind: 'open-ended' }),
    );
    const { user, timeline } = renderTimeline(forecastViews(makeData({ forecasts })));
    const pager = within(timeline).getByRole('group', { name: /no deadline/ });
    expect(within(timeline).getAllByRole('button', { name: /^Open \d+/ })).toHaveLength(40);
    expect(pager).toHaveTextContent('1–40 of 100');
    await user.click(within(pager).getByRole('button', { name: 'Next' }));
    expect(pager).toHaveTextContent('41–80 of 100');
    expect(within(timeline).getByRole('button', { name: /^Open 41\./ })).toBeInTheDocument();
  });
});
