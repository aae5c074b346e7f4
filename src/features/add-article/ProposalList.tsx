import { useMemo, useState } from 'react';
import { unsureFirst } from '../../domain/extract/confidence';
import type { Proposal } from '../../domain/extract/extract';
import { PROPOSALS_PER_PAGE } from './limits';
import { initialEdits, ProposalItem, type ProposalEdits } from './ProposalItem';

interface Props {
  headingId: string;
  proposals: readonly Proposal[];
  /** The reader's choices and edits, by proposal id; a proposal not in it is as proposed. */
  edits: Readonly<Record<string, ProposalEdits>>;
  onEdit: (id: string, edits: ProposalEdits) => void;
  chosen: number;
  onAdd: () => void;
}

export const editsOf = (
  edits: Readonly<Record<string, ProposalEdits>>,
  p: Proposal,
): ProposalEdits => edits[p.id] ?? initialEdits(p);

/**
 * The proposals to choose from, a page at a time: a long text can yield thousands, and drawing
 * them all at once would hold the page for seconds.
 */
export function ProposalList({ headingId, proposals, edits, onEdit, chosen, onAdd }: Props) {
  const [shown, setShown] = useState(PROPOSALS_PER_PAGE);
  const more = Math.min(PROPOSALS_PER_PAGE, proposals.length - shown);
  // Those whose speaker or deadline the extractor inferred come first: they need a look.
  const ordered = useMemo(() => unsureFirst(proposals), [proposals]);
  return (
    <section aria-labelledby={headingId} className="proposals">
      <h3 id={headingId}>
        {proposals.length === 0
          ? 'No forecasts found'
          : `${proposals.length.toLocaleString('en')} possible forecasts`}
      </h3>
      <p className="hint">
        Tick the ones worth tracking, and check each claim, deadline and probability: they are
        proposals, read from the wording. Marked in each sentence: the forecast cue, the hedge, the
        time and the speaker. Those whose speaker or deadline needs checking come first.
      </p>
      <ul className="proposal-list">
        {ordered.slice(0, shown).map((p) => (
          <ProposalItem
            key={p.id}
            proposal={p}
            edits={editsOf(edits, p)}
            onChange={(next) => onEdit(p.id, next)}
          />
        ))}
      </ul>
      {more > 0 && (
        <p>
          <button type="button" onClick={() => setShown((n) => n + PROPOSALS_PER_PAGE)}>
            Show {more} more
          </button>{' '}
          <span className="hint">
            {shown.toLocaleString('en')} of {proposals.length.toLocaleString('en')} shown
          </span>
        </p>
      )}
      <div className="dialog-actions sticky">
        <button type="button" className="primary" onClick={onAdd} disabled={chosen === 0}>
          Add selected
        </button>
        <span className="hint">{chosen} selected</span>
      </div>
    </section>
  );
}
