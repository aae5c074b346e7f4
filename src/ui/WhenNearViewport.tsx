import { Suspense, type ReactNode } from 'react';
import { useNearViewport } from './use-near-viewport';

interface Props {
  /** Drawn until the section nears the viewport and while its code loads: its heading, say. */
  placeholder: ReactNode;
  /** The section itself, usually a React.lazy component, so its code is fetched only then. */
  children: ReactNode;
  /** How far ahead of the viewport to start loading. */
  margin?: string;
}

/**
 * A section below the fold whose code is fetched only when someone scrolls towards it, so it
 * costs the first load nothing. The placeholder keeps the section's heading (and so its region
 * and its place in the outline) from the start.
 */
export function WhenNearViewport({ placeholder, children, margin = '300px' }: Props) {
  const [ref, near] = useNearViewport<HTMLDivElement>(margin);
  return (
    <div ref={ref} className="when-near">
      {near ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder}
    </div>
  );
}
