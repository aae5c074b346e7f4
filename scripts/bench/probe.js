// The benchmark's in-page instruments, added to every page before its own scripts run
// (`addInitScript`). Plain browser JavaScript, read from disk as text, so that no transpiler
// helper ends up in code that runs in the page. Every time is `performance.now()`: milliseconds
// since the navigation started.
//
// "Painted" means: the change is in the DOM and laid out, a frame has been produced
// (requestAnimationFrame), and the task after that frame has begun (a MessageChannel message
// posted from the frame callback), so the frame's style, layout and paint are inside the time.
/* global window, document, requestAnimationFrame, MutationObserver, getComputedStyle,
   HTMLInputElement, HTMLAnchorElement */
(() => {
  const WATCH = window.__benchWatch || 'article, [role="article"]';

  const afterPaint = () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    });

  const isVisible = (el) => {
    if (!el || !el.isConnected) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };

  /**
   * Resolves when `check()` first holds, checked on every DOM change and every frame, with the
   * time it held and the time that state was painted; or with `timedOut` after `timeoutMs`.
   */
  const until = (check, timeoutMs) =>
    new Promise((resolve) => {
      let done = false;
      let observer = null;
      let timer = 0;
      const finish = (result) => {
        done = true;
        if (observer) observer.disconnect();
        clearTimeout(timer);
        resolve(result);
      };
      const test = () => {
        if (done) return;
        let ok = false;
        try {
          ok = check();
        } catch {
          ok = false;
        }
        if (!ok) return;
        const seen = performance.now();
        done = true;
        if (observer) observer.disconnect();
        clearTimeout(timer);
        afterPaint().then((painted) => resolve({ seen, painted, timedOut: false }));
      };
      const frame = () => {
        if (done) return;
        test();
        requestAnimationFrame(frame);
      };
      timer = setTimeout(() => finish({ seen: null, painted: null, timedOut: true }), timeoutMs);
      observer = new MutationObserver(test);
      observer.observe(document, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
      test();
      requestAnimationFrame(frame);
    });

  const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : '');

  /** The Scorecard's overall row ("All speakers"), else its table footer, else the region. */
  const overallRow = (region) => {
    for (const cell of region.querySelectorAll('th')) {
      if (text(cell) === 'All speakers') return cell.closest('tr');
    }
    return region.querySelector('tfoot') || region;
  };
  const overallFigures = (region) => text(overallRow(region));

  const CHECKS = {
    // The row is found once; only if React replaces it is it looked up again.
    overallChanged: (spec) => {
      let row = overallRow(spec.region);
      return () => {
        if (!row.isConnected) row = overallRow(spec.region);
        return text(row) !== spec.before;
      };
    },
    dialogWithButton: (spec) => () =>
      [...document.querySelectorAll('dialog[open], [role="dialog"]')].some((dialog) =>
        [...dialog.querySelectorAll('button')].some(
          (button) => text(button) === spec.button && isVisible(button),
        ),
      ),
    // A card (role article) named `spec.text` (a card is named by its claim): an edit shown.
    cardNamed: (spec) => () =>
      [...document.querySelectorAll('article[aria-labelledby]')].some(
        (card) => text(document.getElementById(card.getAttribute('aria-labelledby'))) === spec.text,
      ),
    forecastCount: (spec) => () =>
      [...document.querySelectorAll('h2')].some((h) => {
        const m = /^Forecasts \(([\d,\s]+)\)/.exec(text(h));
        return m !== null && Number(m[1].replace(/[,\s]/g, '')) === spec.count;
      }),
  };

  const bench = {
    /** The first element matching WATCH: when it entered the DOM, became visible, was painted. */
    first: {
      selector: WATCH,
      inDom: null,
      visible: null,
      painted: null,
      inViewport: null,
      heading: null,
    },
    /** When a file input last changed (a file was chosen), and the download links clicked. */
    fileChosenAt: null,
    downloadsAt: [],
    pending: null,
    afterPaint,
    until,
    overallFigures,
    /** Clicks `el` (as `element.click()`), then waits for `check` and the paint after it. */
    clickAndWait(el, check, timeoutMs) {
      const spec = { ...check };
      if (check.kind === 'overallChanged') spec.before = overallFigures(check.region);
      const holds = CHECKS[check.kind](spec);
      const clicked = performance.now();
      el.click();
      return until(holds, timeoutMs).then((r) => ({ clicked, ...r }));
    },
    /** Starts waiting for `check` now; `pending` settles with the result. */
    arm(check, timeoutMs) {
      bench.fileChosenAt = null;
      bench.pending = until(CHECKS[check.kind]({ ...check }), timeoutMs);
      return true;
    },
    /** Clicks `el` and returns the time just before. */
    clickAt(el) {
      const at = performance.now();
      el.click();
      return at;
    },
  };
  window.__bench = bench;

  document.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file') {
        bench.fileChosenAt = performance.now();
      }
    },
    true,
  );
  document.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof HTMLAnchorElement && event.target.hasAttribute('download')) {
        bench.downloadsAt.push(performance.now());
      }
    },
    true,
  );

  const inDomCheck = () => document.querySelector(WATCH) !== null;
  const observer = new MutationObserver(() => {
    if (!inDomCheck()) return;
    observer.disconnect();
    bench.first.inDom = performance.now();
    until(() => isVisible(document.querySelector(WATCH)), 120000).then((r) => {
      const el = document.querySelector(WATCH);
      const box = el ? el.getBoundingClientRect() : null;
      bench.first.visible = r.seen;
      bench.first.painted = r.painted;
      bench.first.inViewport = box !== null && box.top < window.innerHeight && box.bottom > 0;
      // What the list said at that moment, to tell a render of the stored data from a seed.
      const heading = [...document.querySelectorAll('h2')].find((h) => /^Forecasts/.test(text(h)));
      bench.first.heading = heading ? text(heading) : null;
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})();
