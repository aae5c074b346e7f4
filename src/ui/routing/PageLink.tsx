import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate, routeUrl } from './navigation';
import type { Route } from './route';

interface Props extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: Route;
  /** An element on that page to bring into view: a forecast's id opens its card. */
  anchor?: string;
}

/**
 * A link to one of the app's pages: a real link (it can be opened in a new tab, copied,
 * bookmarked), followed in place by a plain click.
 */
export function PageLink({ to, anchor, onClick, children, ...rest }: Props) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to, { anchor });
  };
  return (
    <a href={routeUrl(to, anchor)} onClick={follow} {...rest}>
      {children}
    </a>
  );
}
