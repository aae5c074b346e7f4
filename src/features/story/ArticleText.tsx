// An article's text with each catalogued quote highlighted, each highlight a link to its
// forecast's card on the same page.
import { useMemo, type MouseEvent, type ReactNode } from 'react';
import type { Forecast } from '../../domain/model';
import { placeQuotes, type QuoteSpan } from '../../domain/quote-spans';

interface Props {
  text: string;
  forecasts: readonly Forecast[];
  /** Brings the forecast's card into view and focuses it. */
  onOpen: (forecastId: string) => void;
}

/** The paragraphs of `text` (split at blank lines) with where each starts. */
function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out.filter((p) => text.slice(p.start, p.end).trim() !== '');
}

export function ArticleText({ text, forecasts, onOpen }: Props) {
  const placement = useMemo(() => placeQuotes(text, forecasts), [text, forecasts]);
  const claims = useMemo(() => new Map(forecasts.map((f) => [f.id, f.claim])), [forecasts]);
  const open = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onOpen(id);
  };
  const link = (id: string, children: ReactNode, className?: string) => (
    <a
      href={`#${encodeURIComponent(id)}`}
      onClick={open(id)}
      className={className}
      title={`Forecast: ${claims.get(id) ?? ''}`}
    >
      {children}
    </a>
  );
  const mark = (span: QuoteSpan, start: number, end: number, key: string) => {
    const [first, ...others] = span.forecastIds;
    return (
      <mark key={key} data-forecast-ids={span.forecastIds.join(' ')}>
        {link(first!, text.slice(start, end))}
        {others.map((id, i) => (
          <span key={id}>{link(id, `[${i + 2}]`, 'quote-ref')}</span>
        ))}
      </mark>
    );
  };
  return (
    <div className="article-text">
      {paragraphs(text).map((p) => {
        const parts: ReactNode[] = [];
        let at = p.start;
        for (const span of placement.spans) {
          if (span.end <= p.start || span.start >= p.end) continue;
          const from = Math.max(span.start, p.start);
          const to = Math.min(span.end, p.end);
          if (from > at) parts.push(text.slice(at, from));
          parts.push(mark(span, from, to, `${from}`));
          at = to;
        }
        if (at < p.end) parts.push(text.slice(at, p.end));
        return <p key={p.start}>{parts}</p>;
      })}
      {placement.missing.length > 0 && (
        <p className="hint">
          {placement.missing.length === 1
            ? 'One forecast’s quote is not in this text as written; its card is below.'
            : `${placement.missing.length} forecasts’ quotes are not in this text as written; their cards are below.`}
        </p>
      )}
    </div>
  );
}
