import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import {
  clampView,
  MAX_PX_PER_DAY,
  panView,
  sameView,
  zoomView,
  type DayView,
} from './timeline-view';

const DRAG_THRESHOLD_PX = 5;
/** ctrl-wheel and trackpad pinches: e^(−deltaY × this) is the zoom factor. */
const WHEEL_ZOOM = 0.005;
const LINE_PX = 16;

type Change = (view: DayView) => DayView;

/**
 * The view the timeline shows, and the ways to move it: buttons change it at once; wheel, pinch
 * and drag gather their events into one state change per animation frame. Until the user pans
 * or zooms, the view follows the whole axis (so an import that widens the axis shows it all).
 */
export function useTimelineView(axis: DayView, widthPx: number) {
  const [chosen, setChosen] = useState<DayView | null>(null);
  const minSpan = Math.min(axis.span, widthPx / MAX_PX_PER_DAY);
  const view = chosen ? clampView(chosen, axis, minSpan) : axis;
  // The latest values for event handlers, and the view last asked for (rendered or not yet).
  const latest = useRef({ view, axis, minSpan, widthPx });
  const target = useRef<DayView | null>(null);
  const frame = useRef(0);
  useLayoutEffect(() => {
    latest.current = { view, axis, minSpan, widthPx };
    if (!frame.current) target.current = view;
  });
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const change = useCallback((how: Change, inNextFrame = false) => {
    const { axis, minSpan } = latest.current;
    const next = clampView(how(target.current ?? latest.current.view), axis, minSpan);
    target.current = next;
    const commit = () => setChosen(sameView(next, axis) ? null : next);
    if (!inNextFrame) {
      cancelAnimationFrame(frame.current);
      frame.current = 0;
      commit();
    } else if (!frame.current) {
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        const last = target.current!;
        setChosen(sameView(last, latest.current.axis) ? null : last);
      });
    }
  }, []);

  const showAll = useCallback(() => change(() => latest.current.axis), [change]);

  const onKeyDown = useCallback(
    (event: React.KeyboardEvent) => {
      const keys: Record<string, Change> = {
        ArrowLeft: (v) => panView(v, -0.1),
        ArrowRight: (v) => panView(v, 0.1),
        '+': (v) => zoomView(v, 2),
        '=': (v) => zoomView(v, 2),
        '-': (v) => zoomView(v, 0.5),
      };
      const how = keys[event.key];
      if (!how || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      change(how, event.repeat);
    },
    [change],
  );

  return {
    view,
    minSpan,
    isAll: chosen === null || sameView(view, axis),
    change,
    showAll,
    onKeyDown,
    /** Wheel, pinch and drag on `element` (a ref callback's element or null). */
    gestures: useGestures(change, latest),
  };
}

type Latest = React.RefObject<{ view: DayView; widthPx: number }>;

function useGestures(change: (how: Change, inNextFrame?: boolean) => void, latest: Latest) {
  const [element, setElement] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (!element) return;
    const width = () => Math.max(1, latest.current.widthPx);
    const onWheel = (e: WheelEvent) => {
      const scale = e.deltaMode === 1 ? LINE_PX : e.deltaMode === 2 ? width() : 1;
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        const box = element.getBoundingClientRect();
        const anchor = Math.min(1, Math.max(0, (e.clientX - box.left) / width()));
        const factor = Math.exp(-e.deltaY * scale * WHEEL_ZOOM);
        change((v) => zoomView(v, factor, anchor), true);
        return;
      }
      // A vertical wheel scrolls the page; a sideways one (or shift-wheel) pans.
      const dx = e.deltaX || (e.shiftKey ? e.deltaY : 0);
      if (Math.abs(dx) <= Math.abs(e.shiftKey ? 0 : e.deltaY)) return;
      e.preventDefault();
      change((v) => panView(v, (dx * scale) / width()), true);
    };

    // A drag follows the pointer anywhere on the page (window listeners) once it has moved a
    // few pixels, so a press that does not move stays a click on the mark under it.
    let drag: { id: number; x: number; view: DayView; moved: boolean } | null = null;
    const onMove = (e: PointerEvent) => {
      if (!drag || e.pointerId !== drag.id) return;
      const dx = e.clientX - drag.x;
      if (!drag.moved) {
        if (Math.abs(dx) < DRAG_THRESHOLD_PX) return;
        drag.moved = true;
        element.classList.add('is-dragging');
      }
      const from = drag.view;
      change(() => panView(from, -dx / width()), true);
    };
    const onUp = (e: PointerEvent) => {
      if (!drag || e.pointerId !== drag.id) return;
      if (drag.moved) {
        element.classList.remove('is-dragging');
        // The click that ends a drag is not a click on the mark under the pointer.
        const swallow = (click: MouseEvent) => {
          click.stopPropagation();
          click.preventDefault();
        };
        window.addEventListener('click', swallow, { capture: true, once: true });
        setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0);
      }
      drag = null;
      stopFollowing();
    };
    const stopFollowing = () => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
    };
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0 || !e.isPrimary) return;
      drag = { id: e.pointerId, x: e.clientX, view: latest.current.view, moved: false };
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
      window.addEventListener('pointercancel', onUp);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('pointerdown', onDown);
    return () => {
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('pointerdown', onDown);
      stopFollowing();
    };
  }, [element, change, latest]);
  return setElement;
}
