import { memo, useId, useMemo } from 'react';
import { DEFAULT_LEXICON, findEntry, normalisePhrase, validateLexicon } from '../../domain/lexicon';
import type { AppData, Forecast, LexiconEntry } from '../../domain/model';
import { sameInFields } from '../../shared/same-items';
import { useSame } from '../../ui/use-same';
import { useCurationActions } from '../../state/use-curation-actions';
import { AddPhraseForm } from './AddPhraseForm';
import { LexiconRow } from './LexiconRow';
import './lexicon.css';

interface Props {
  /** The reader's lexicon, or undefined for the defaults (AppData's `lexicon`). */
  custom: AppData['lexicon'];
  forecasts: AppData['forecasts'];
  readOnly: boolean;
}

const SAME_HEDGES = sameInFields<Forecast>('hedge');

const DEFAULT_BY_PHRASE = new Map(DEFAULT_LEXICON.map((e) => [normalisePhrase(e.phrase), e]));

/** Most probable first, "no probability" last; equal figures keep the lexicon's order. */
function byProbability(a: LexiconEntry, b: LexiconEntry): number {
  return (b.probability ?? -1) - (a.probability ?? -1);
}

function countUses(
  forecasts: AppData['forecasts'],
  lexicon: readonly LexiconEntry[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const forecast of forecasts) {
    const entry = findEntry(forecast.hedge, lexicon);
    if (entry === null) continue;
    const key = normalisePhrase(entry.phrase);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * The hedge lexicon: which probability each form of words implies. Every saved change
 * re-derives the probability of each forecast that follows its wording.
 */
export const LexiconPanel = memo(function LexiconPanel({ custom, forecasts, readOnly }: Props) {
  const headingId = useId();
  const { setLexicon } = useCurationActions();
  const lexicon = custom ?? DEFAULT_LEXICON;
  const rows = useMemo(() => [...lexicon].sort(byProbability), [lexicon]);
  // Judgements leave the forecasts array as it was, and edits that leave every hedge as it was
  // keep the one counted, so neither recounts.
  const hedged = useSame(forecasts, SAME_HEDGES);
  const counts = useMemo(() => countUses(hedged, lexicon), [hedged, lexicon]);

  function save(next: LexiconEntry[]) {
    // The forms check what they add; this guards the invariant the re-derivation relies on.
    if (validateLexicon(next).length === 0) setLexicon(next);
  }

  function change(phrase: string, probability: number | null) {
    save(
      lexicon.map((e) => (e.phrase === phrase ? { ...e, probability, source: 'Set by you' } : e)),
    );
  }

  return (
    <section className="panel lexicon" aria-labelledby={headingId}>
      <h2 id={headingId}>Hedge lexicon</h2>
      <p className="hint">
        The probability each form of words implies. A change here updates every forecast worded that
        way, except those whose probability you set by hand.
      </p>
      <div className="table-scroll lexicon-scroll">
        <table className="lexicon-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">Phrase</th>
              <th scope="col">Probability</th>
              <th scope="col">Forecasts</th>
              <th scope="col">Source</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((entry) => {
              const key = normalisePhrase(entry.phrase);
              return (
                <LexiconRow
                  // A new figure from outside (Restore defaults, another tab) resets the field.
                  key={`${key}:${entry.probability}`}
                  entry={entry}
                  count={counts.get(key) ?? 0}
                  defaultProbability={DEFAULT_BY_PHRASE.get(key)?.probability}
                  readOnly={readOnly}
                  onChange={(probability) => change(entry.phrase, probability)}
                  onRemove={() => save(lexicon.filter((e) => e !== entry))}
                />
              );
            })}
          </tbody>
        </table>
      </div>
      <AddPhraseForm
        lexicon={lexicon}
        readOnly={readOnly}
        onAdd={(entry) => save([...lexicon, entry])}
      />
      <div className="lexicon-actions">
        <button type="button" onClick={() => setLexicon(undefined)} disabled={readOnly}>
          Restore defaults
        </button>
        <p className="hint">
          Restoring the defaults discards your changes to this table; probabilities you set by hand
          on a forecast stay as they are.
        </p>
      </div>
    </section>
  );
});
