import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  /** What the box holds, said when it takes the focus ("Scoring notes"). */
  label: string;
  className: string;
  children: ReactNode;
}

/**
 * A box whose content may be wider or taller than it. While the content overflows, the box
 * takes the keyboard focus, so the arrow keys can scroll it (WCAG 2.1.1; axe's
 * scrollable-region-focusable), and it is a region named by `label`, so a screen reader says
 * what just took the focus. While everything fits, it is a plain box and no extra Tab stop.
 */
export function ScrollBox({ label, className, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const overflows = useOverflow(ref);
  return (
    <div
      ref={ref}
      className={className}
      role={overflows ? 'region' : undefined}
      aria-label={overflows ? label : undefined}
      tabIndex={overflows ? 0 : undefined}
    >
      {children}
    </div>
  );
}

/** True while the element's content is bigger than its box, kept current as either resizes. */
function useOverflow(ref: React.RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const measure = () =>
      setOverflows(box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight);
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    for (const child of box.children) observer.observe(child);
    measure();
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}
