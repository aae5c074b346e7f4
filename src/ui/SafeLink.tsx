import { linkUrl, unlinkedUrlText, userPartUrl } from '../domain/urls';
import type { ReactNode } from 'react';

/**
 * Only http(s) URLs become links; anything else (javascript:, data:) is shown as text. An
 * address with a user part (`https://trusted.example@evil.example/`) is not linked either: it
 * is shown by where it really goes. A link that shows its own URL is marked `bare-url`, so a
 * printout does not repeat it after the link.
 */
export function SafeLink({ url, children }: { url: string; children?: ReactNode }) {
  const href = linkUrl(url);
  if (!href) {
    if (userPartUrl(url) === null) return <span className="unsafe-url">{children ?? url}</span>;
    return (
      <span className="unsafe-url">
        {children !== undefined && <>{children} </>}
        {unlinkedUrlText(url)}
      </span>
    );
  }
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
