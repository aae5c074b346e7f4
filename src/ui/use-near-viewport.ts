import { useEffect, useRef, useState } from 'react';
import { usePrinting } from './print-mode';

/**
 * True once the element comes within `margin` of the viewport (by default, once it is in view), and from then on. Lets a heavy,
 * lazily loaded part (a chart) wait until someone scrolls towards it, so it stays out of the
 * first load. Without IntersectionObserver it is true at once, and printing makes it true too:
 * a printout has no viewport to scroll.
 */
export function useNearViewport<T extends Element>(margin = '0px') {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const printing = usePrinting();
  // Once drawn for a printout, it stays drawn, as it would have once scrolled to.
  if (printing && !near) setNear(true);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, margin]);
  return [ref, near || printing] as const;
}
