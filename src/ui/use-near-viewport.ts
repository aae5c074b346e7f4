import { useEffect, useRef, useState } from 'react';

/**
 * True once the element comes within `margin` of the viewport (by default, once it is in view), and from then on. Lets a heavy,
 * lazily loaded part (a chart) wait until someone scrolls towards it, so it stays out of the
 * first load. Without IntersectionObserver it is true at once.
 */
export function useNearViewport<T extends Element>(margin = '0px') {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
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
  return [ref, near] as const;
}
