import { useId } from 'react';
import { proposalConfidence, type Confidence } from '../../domain/extract/confidence';
import type { Proposal } from '../../domain/extract/extract';
import { percentText } from '../../domain/percent';
import type { Highlight } from '../../domain/extract/wording/highlights';
import { KIND_LABELS } from '../../domain/model';
import { WhenAndHowLikelyFields } from '../../ui/WhenAndHowLikelyFields';

export interface ProposalEdits {
  selected: boolean;
  speaker: string;
  role: string;
  quote: string;
  claim: string;
  earliest: string;
  latest: string;
  percent: string;
}

export function initialEdits(p: Proposal): ProposalEdits {
  return {
    selected: false,
    speaker: p.speaker ?? '',
    role: p.speakerRole ?? '',
    quote: p.quote,
    claim: p.claim,
    earliest: p.deadline?.earliest ?? '',
    latest: p.deadline?.latest ?? '',
    percent: percentText(p.probability),
  };
}

const HIGHLIGHT_WORDS: Record<Highlight['kind'], string> = {
  cue: 'forecast cue',
  hedge: 'hedge',
  time: 'time',
  speaker: 'speaker',
};

/** The sentence with its cue, hedge, time phrase and speaker marked, in order, never overlapping. */
function MarkedSentence({ sentence, highlights }: { sentence: string; highlights: Highlight[] }) {
  const ordered = [...highlights].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const h of ordered) {
    if (h.start < at) continue;
    if (h.start > at) parts.push(sentence.slice(at, h.start));
    parts.push(
      <mark
        key={`${h.start}-${h.kind}`}
        className={`hl hl-${h.kind}`}
        title={HIGHLIGHT_WORDS[h.kind]}
      >
        {sentence.slice(h.start, h.end)}
        <span className="visually-hidden"> ({HIGHLIGHT_WORDS[h.kind]})</span>
      </mark>,
    );
    at = h.end;
  }
  parts.push(sentence.slice(at));
  return <p className="proposal-sentence">{parts}</p>;
}

/** "Speaker: sure (named at the quote)" or "Deadline: check (inferred from …)". */
function Sureness({ label, c }: { label: string; c: Confidence }) {
  return (
    <span className={`sureness is-${c.level}`}>
      {label}: {c.level === 'sure' ? 'sure' : 'check'} ({c.reason})
    </span>
  );
}

interface Props {
  proposal: Proposal;
  edits: ProposalEdits;
  onChange: (edits: ProposalEdits) => void;
}

export function ProposalItem({ proposal, edits, onChange }: Props) {
  const id = useId();
  const set = (key: keyof ProposalEdits) => (e: { target: { value: string } }) =>
    onChange({ ...edits, [key]: e.target.value });
  const sure = proposalConfidence(proposal);
  return (
    <li
      className={`proposal${edits.selected ? ' is-selected' : ''}${sure.unsure ? ' is-unsure' : ''}`}
    >
      <div className="proposal-choice">
        <input
          id={`${id}-pick`}
          type="checkbox"
          checked={edits.selected}
          onChange={(e) => onChange({ ...edits, selected: e.target.checked })}
        />
        <label htmlFor={`${id}-pick`}>{proposal.quote}</label>
      </div>
      <MarkedSentence sentence={proposal.sentence} highlights={proposal.highlights} />
      <p className="hint proposal-sureness">
        <Sureness label="Speaker" c={sure.speaker} /> ·{' '}
        <Sureness label="Deadline" c={sure.deadline} />
      </p>
      <p className="hint">
        {KIND_LABELS[proposal.kind]}
        {proposal.hedge && <> · hedge “{proposal.hedge}”</>}
        {proposal.repeats > 0 && <> · stated {proposal.repeats + 1} times in the article</>}
      </p>
      {edits.selected && (
        <div className="proposal-fields">
          <div className="field">
            <label htmlFor={`${id}-speaker`}>Speaker</label>
            <input id={`${id}-speaker`} value={edits.speaker} onChange={set('speaker')} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-role`}>Role</label>
            <input id={`${id}-role`} value={edits.role} onChange={set('role')} />
          </div>
          <div className="field wide">
            <label htmlFor={`${id}-quote`}>Quote</label>
            <textarea id={`${id}-quote`} rows={2} value={edits.quote} onChange={set('quote')} />
          </div>
          <div className="field wide">
            <label htmlFor={`${id}-claim`}>Claim</label>
            <textarea id={`${id}-claim`} rows={2} value={edits.claim} onChange={set('claim')} />
          </div>
          <WhenAndHowLikelyFields
            id={id}
            className="field"
            values={edits}
            onChange={(key, value) => onChange({ ...edits, [key]: value })}
          />
        </div>
      )}
    </li>
  );
}
