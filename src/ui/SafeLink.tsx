import { httpUrl } from '../domain/urls';
import type { ReactNode } from 'react';

/**
 * Only http(s) URLs become links; anything else (javascript:, data:) is shown as text. A link
 * that shows its own URL is marked `bare-url`, so a printout does not repeat it after the link.
 */
export function SafeLink({ url, children }: { url: string; children?: ReactNode }) {
  const href = httpUrl(url);
  if (!href) return <span className="unsafe-url">{children ?? url}</span>;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className={children === undefined ? 'bare-url' : undefined}
    >
      {children ?? url}
    </a>
  );
}
