import { memo, useCallback } from 'react';
import type { LexiconEntry, Source } from '../../domain/model';
import { articlesHeading } from '../../ui/format';
import { SourceItem } from './SourceItem';

interface Props {
  sources: Source[];
  forecastCounts: Map<string, number>;
  /** Per article, the judgements its forecasts' histories hold. */
  judgementCounts: Map<string, number>;
  lexicon: readonly LexiconEntry[];
  readOnly: boolean;
  /** An article to bring into view and focus (the one a repeated article opens), until done. */
  revealId?: string | null;
  onRevealed?: () => void;
  onForecastAdded?: (forecastId: string) => void;
}

const nothing = () => {};

export const SourcePanel = memo(function SourcePanel({
  sources,
  forecastCounts,
  judgementCounts,
  lexicon,
  readOnly,
  revealId = null,
  onRevealed = nothing,
  onForecastAdded,
}: Props) {
  const revealed = useCallback(() => onRevealed(), [onRevealed]);
  return (
    <section className="sources panel" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{articlesHeading(sources.length)}</h2>
      <ul className="source-list">
        {sources.map((s) => (
          <SourceItem
            key={s.id}
            source={s}
            count={forecastCounts.get(s.id) ?? 0}
            judgements={judgementCounts.get(s.id) ?? 0}
            lexicon={lexicon}
            readOnly={readOnly}
            reveal={revealId === s.id}
            onRevealed={revealed}
            onForecastAdded={onForecastAdded}
          />
        ))}
      </ul>
    </section>
  );
});
