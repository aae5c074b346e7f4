import { Suspense, useId, type ReactNode } from 'react';
import { PRINT_PENDING } from './print-mode';
import { useNearViewport } from './use-near-viewport';

interface Props {
  /** The section's heading, drawn from the start so its region and outline place exist. */
  heading: ReactNode;
  /** The heading's level, as the section itself uses it. */
  level: 2 | 3;
  /** The section's own class names, so the placeholder takes its place in the layout. */
  className: string;
  /** The section itself, usually a React.lazy component, so its code is fetched only then. */
  children: ReactNode;
  /** How far ahead of the viewport to start loading. */
  margin?: string;
  /** An id for the section's place on the page, to scroll to before it has drawn. */
  id?: string;
}

/**
 * A section below the fold whose code is fetched only when someone scrolls towards it, so it
 * costs the first load nothing. Until then (and while its code loads) a placeholder section
 * with the same heading stands in for it.
 */
export function WhenNearViewport({
  heading,
  level,
  className,
  children,
  margin = '300px',
  id,
}: Props) {
  const [ref, near] = useNearViewport<HTMLDivElement>(margin);
  const headingId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  const placeholder = (
    <section className={className} aria-labelledby={headingId} {...{ [PRINT_PENDING]: '' }}>
      <Heading id={headingId}>{heading}</Heading>
    </section>
  );
  return (
    <div ref={ref} className="when-near" id={id}>
      {near ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder}
    </div>
  );
}
