// ForecastList, short and long. jsdom lays nothing out, so the long (windowed) list is given a
// layout here: every card as tall as the virtualiser's estimate in jsdom's 768 px window, a
// ResizeObserver that a test can fire, and window scrolling simulated by setting scrollY and
// firing `scroll`. What is checked is what the virtualiser does with that
// layout: which cards are mounted, that the focused card stays, and that `reveal` reaches a card
// that is not mounted. The real layout is checked in Chromium (tests/e2e/large-list.e2e.ts).
import { act, screen, waitFor, within } from '@testing-library/react';
import { createRef, useMemo, type RefObject } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forecastViews } from '../../src/domain/catalogue';
import type { AppData } from '../../src/domain/model';
import { WINDOW_ABOVE, type ForecastListHandle } from '../../src/features/forecasts/list/feed';
import { ForecastList } from '../../src/features/forecasts/list/ForecastList';
import { estimatedCardHeight } from '../../src/features/forecasts/list/WindowedFeed';
import { makeData, makeForecast } from '../support/factories';
import { renderWithProviders } from '../support/render';

/** As tall as the virtualiser guesses at jsdom's 1024 px, so offsets are known before measuring. */
const CARD_HEIGHT = estimatedCardHeight(window.innerWidth);
const GAP = 16;
const STRIDE = CARD_HEIGHT + GAP;

/** `count` forecasts, each due a day after the one before, so deadline order is index order. */
function dataWith(count: number): AppData {
  const start = Date.UTC(2030, 0, 1);
  return makeData({
    forecasts: Array.from({ length: count }, (_, i) =>
      makeForecast({
        id: `fc-${i}`,
        claim: `Claim number ${i}.`,
        deadline: { latest: new Date(start + i * 86_400_000).toISOString().slice(0, 10) },
      }),
    ),
  });
}

function Harness({
  data,
  handle,
}: {
  data: AppData;
  handle: RefObject<ForecastListHandle | null>;
}) {
  const views = useMemo(() => forecastViews(data), [data]);
  return (
    <ForecastList
      ref={handle}
      views={views}
      today="2026-11-24"
      selectedId={null}
      onSelect={() => {}}
      readOnly={false}
    />
  );
}

function renderList(count: number) {
  const handle = createRef<ForecastListHandle>();
  const rendered = renderWithProviders(<Harness data={dataWith(count)} handle={handle} />);
  return { ...rendered, handle };
}

/**
 * Cards CARD_HEIGHT tall (the virtualiser measures a mounted card's offsetHeight), and a
 * ResizeObserver whose `resize` tells it that a card has grown, as the browser would.
 */
function layOutCards() {
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains('forecast-slot') ? CARD_HEIGHT : 0;
  });
  const observers = new Set<{ callback: ResizeObserverCallback; targets: Set<Element> }>();
  class FakeResizeObserver {
    private readonly entry: { callback: ResizeObserverCallback; targets: Set<Element> };
    constructor(callback: ResizeObserverCallback) {
      this.entry = { callback, targets: new Set() };
      observers.add(this.entry);
    }
    observe(target: Element) {
      this.entry.targets.add(target);
    }
    unobserve(target: Element) {
      this.entry.targets.delete(target);
    }
    disconnect() {
      this.entry.targets.clear();
    }
  }
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  // jsdom has no scrolling of its own; letTheWindowScroll gives it some.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  return {
    resize(target: Element, height: number) {
      const entry = {
        target,
        borderBoxSize: [{ blockSize: height, inlineSize: 1000 }],
      } as unknown as ResizeObserverEntry;
      act(() => {
        for (const { callback, targets } of observers) {
          if (targets.has(target)) callback([entry], {} as ResizeObserver);
        }
      });
    },
  };
}

function setScrollY(y: number) {
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
  window.dispatchEvent(new Event('scroll'));
}

/** Scrolls the window as a user would: the virtualiser hears of it through `scroll`. */
function scrollWindowTo(y: number) {
  act(() => setScrollY(y));
}

/**
 * The window's own scrollTo (which the virtualiser calls) moves scrollY, and the document is
 * as tall as the list, so the virtualiser may scroll that far.
 */
function letTheWindowScroll() {
  vi.spyOn(Element.prototype, 'scrollHeight', 'get').mockImplementation(function (this: Element) {
    const box = document.querySelector<HTMLElement>('.forecast-window');
    return this === document.documentElement && box ? parseFloat(box.style.height) : 0;
  });
  // As in a browser, the scroll event comes after the call, not inside it.
  vi.spyOn(window, 'scrollTo').mockImplementation(((options: ScrollToOptions) => {
    setTimeout(() => act(() => setScrollY(options.top ?? window.scrollY)));
  }) as typeof window.scrollTo);
}

const articles = () => screen.queryAllByRole('article');
const claimsShown = () => articles().map((a) => a.getAttribute('aria-labelledby'));
const card = (i: number) => screen.queryByRole('article', { name: `Claim number ${i}.` });

async function windowedListLoaded() {
  await waitFor(() => expect(document.querySelector('.forecast-window')).not.toBeNull());
  expect(screen.getByRole('feed')).not.toHaveAttribute('aria-busy');
}

afterEach(() => {
  vi.unstubAllGlobals();
  setScrollY(0);
});

describe('a short list', () => {
  it('renders every card in a feed named by its heading, each with its place in the list', () => {
    renderList(30);
    const feed = screen.getByRole('feed', { name: 'Forecasts (30)' });
    const cards = within(feed).getAllByRole('article');
    expect(cards).toHaveLength(30);
    expect(cards[0]).toHaveAccessibleName('Claim number 0.');
    expect(cards[29]).toHaveAccessibleName('Claim number 29.');
    expect(cards[0]).toHaveAttribute('aria-posinset', '1');
    expect(cards[29]).toHaveAttribute('aria-posinset', '30');
    expect(cards[12]).toHaveAttribute('aria-setsize', '30');
    expect(document.querySelector('.forecast-window')).toBeNull();
  });

  it('reveals a card by handing it the focus at once', async () => {
    const { handle } = renderList(30);
    let revealed: Promise<boolean> | undefined;
    act(() => {
      revealed = handle.current!.reveal('fc-20');
    });
    expect(card(20)).toHaveFocus();
    await expect(revealed).resolves.toBe(true);
  });

  it('reports a forecast it does not have', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'performance'] });
    try {
      const { handle } = renderList(3);
      const revealed = handle.current!.reveal('fc-nowhere');
      await vi.advanceTimersByTimeAsync(5000);
      await expect(revealed).resolves.toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it(`stays in full up to ${WINDOW_ABOVE} forecasts`, () => {
    renderList(WINDOW_ABOVE);
    expect(articles()).toHaveLength(WINDOW_ABOVE);
  });
});

describe('a long list (windowed)', () => {
  const COUNT = 500;

  // First of the long-list tests: React.lazy loads the windowed list's code once per file.
  it('shows its first cards, busy, while the windowed list’s code loads; a reveal waits for it', async () => {
    layOutCards();
    setScrollY(0);
    letTheWindowScroll();
    const { handle } = renderList(COUNT);
    const feed = screen.getByRole('feed', { name: `Forecasts (${COUNT})` });
    expect(feed).toHaveAttribute('aria-busy', 'true');
    expect(within(feed).getAllByRole('article')).toHaveLength(4);
    expect(card(0)).toHaveAttribute('aria-setsize', String(COUNT));
    let revealed: Promise<boolean> | undefined;
    act(() => {
      revealed = handle.current!.reveal('fc-1');
    });
    // Not focused in the placeholder, which is about to be replaced (and the focus with it).
    expect(card(1)).not.toHaveFocus();
    await windowedListLoaded();
    await waitFor(() => expect(card(1)).toHaveFocus());
    await expect(revealed).resolves.toBe(true);
  });

  it('mounts only the cards near the viewport, with the whole list’s size on each', async () => {
    layOutCards();
    setScrollY(0);
    renderList(COUNT);
    await windowedListLoaded();
    expect(screen.getByRole('heading', { name: `Forecasts (${COUNT})` })).toBeInTheDocument();
    const feed = screen.getByRole('feed', { name: `Forecasts (${COUNT})` });
    const shown = within(feed).getAllByRole('article');
    // 768 px of window shows 2 cards; 4 more below are mounted ahead of the scroll.
    expect(shown.length).toBeGreaterThanOrEqual(2);
    expect(shown.length).toBeLessThanOrEqual(8);
    expect(shown[0]).toHaveAccessibleName('Claim number 0.');
    expect(shown[0]).toHaveAttribute('aria-posinset', '1');
    expect(shown[0]).toHaveAttribute('aria-setsize', String(COUNT));
    // The box is as tall as every card and gap, so the page scrolls as if all were there.
    const box = document.querySelector<HTMLElement>('.forecast-window')!;
    expect(box.style.height).toBe(`${COUNT * CARD_HEIGHT + (COUNT - 1) * GAP}px`);
  });

  it('follows the scroll, placing each card at its offset', async () => {
    layOutCards();
    setScrollY(0);
    renderList(COUNT);
    await windowedListLoaded();
    scrollWindowTo(250 * STRIDE);
    expect(card(0)).toBeNull();
    expect(card(250)).toBeInTheDocument();
    expect(articles().length).toBeLessThan(16);
    const slot = card(250)!.parentElement!;
    expect(slot.style.top).toBe(`${250 * STRIDE}px`);
    expect(card(250)).toHaveAttribute('aria-posinset', '251');

    scrollWindowTo(COUNT * STRIDE);
    expect(card(COUNT - 1)).toBeInTheDocument();
  });

  it('keeps the focused card, and the cards either side of it, mounted when it scrolls away', async () => {
    layOutCards();
    setScrollY(0);
    const { user } = renderList(COUNT);
    await windowedListLoaded();
    const note = within(card(1)!).getByRole('textbox', { name: 'Note' });
    await user.click(note);
    expect(note).toHaveFocus();

    scrollWindowTo(200 * STRIDE);
    expect(card(200)).toBeInTheDocument();
    expect(note).toHaveFocus();
    expect(card(1)).toContainElement(note);
    // Tab and Shift+Tab from the focused card lead to its neighbours: they are there too.
    expect(card(0)).toBeInTheDocument();
    expect(card(2)).toBeInTheDocument();
    expect(card(5)).toBeNull();
    // In document order, so Tab order is list order.
    const order = claimsShown();
    expect(order).toEqual(
      [...order].sort((a, b) => Number(a!.split('-').pop()) - Number(b!.split('-').pop())),
    );

    // Once the focus has left the list, the card goes with the next scroll.
    act(() => note.blur());
    scrollWindowTo(201 * STRIDE);
    expect(card(1)).toBeNull();
  });

  it('reveals a card far down the list: scrolls to it, mounts it and focuses it', async () => {
    layOutCards();
    setScrollY(0);
    letTheWindowScroll();
    const { handle } = renderList(COUNT);
    await windowedListLoaded();
    expect(card(420)).toBeNull();

    let revealed: Promise<boolean> | undefined;
    act(() => {
      revealed = handle.current!.reveal('fc-420');
    });
    await waitFor(() => expect(card(420)).toHaveFocus());
    await expect(revealed).resolves.toBe(true);
    // Scrolled so the card starts 16 px below the top of the window.
    expect(window.scrollTo).toHaveBeenCalled();
    expect(window.scrollY).toBe(420 * STRIDE - GAP);
    expect(card(0)).toBeNull();
  });

  it('moves from a card to the next through the handle (the j and k keys), mounting it', async () => {
    layOutCards();
    setScrollY(0);
    letTheWindowScroll();
    const { handle } = renderList(COUNT);
    await windowedListLoaded();
    let moved: Promise<boolean> | undefined;
    act(() => {
      moved = handle.current!.move(null, 1);
    });
    await waitFor(() => expect(card(0)).toHaveFocus());
    await expect(moved).resolves.toBe(true);
    act(() => {
      moved = handle.current!.move('fc-419', 1);
    });
    await waitFor(() => expect(card(420)).toHaveFocus());
    act(() => {
      moved = handle.current!.move('fc-420', -1);
    });
    await waitFor(() => expect(card(419)).toHaveFocus());
    await expect(handle.current!.move(`fc-${COUNT - 1}`, 1)).resolves.toBe(false);
    await expect(handle.current!.move('fc-0', -1)).resolves.toBe(false);
  });

  it('moves the cards below one that grows (an editor or the history opening)', async () => {
    const layout = layOutCards();
    setScrollY(0);
    renderList(COUNT);
    await windowedListLoaded();
    const box = document.querySelector<HTMLElement>('.forecast-window')!;
    const before = parseFloat(box.style.height);
    expect(card(2)!.parentElement!.style.top).toBe(`${2 * STRIDE}px`);

    layout.resize(card(1)!.parentElement!, CARD_HEIGHT + 500);
    expect(card(2)!.parentElement!.style.top).toBe(`${2 * STRIDE + 500}px`);
    expect(parseFloat(box.style.height)).toBe(before + 500);
  });

  it('reveals through Page Down on a card, one card at a time', async () => {
    layOutCards();
    setScrollY(0);
    letTheWindowScroll();
    const { user } = renderList(COUNT);
    await windowedListLoaded();
    act(() => card(2)!.focus());
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(card(3)).toHaveFocus());
    await user.keyboard('{PageUp}{PageUp}');
    await waitFor(() => expect(card(1)).toHaveFocus());
  });
});
