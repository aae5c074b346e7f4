// The review of proposals: each says how sure the extractor is of its speaker and deadline,
// the unsure come first, and every field (speaker, role, quote, claim, deadline, probability)
// can be changed before adding; the quote stays words of the article.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { proposalConfidence } from '../../src/domain/extract/confidence';
import { extractForecasts, type Proposal } from '../../src/domain/extract/extract';
import { editsOf, ProposalList } from '../../src/features/add-article/ProposalList';
import type { ProposalEdits } from '../../src/features/add-article/ProposalItem';
import { toArticle } from '../../src/features/add-article/to-forecasts';

const TEXT = [
  '“Unemployment will fall below 4% by March 2025,” said Ines Varga, chief economist at Lakeside Bank.',
  '“I think it is going to be a tight race,” she said of the vote.',
].join('\n\n');
const ARTICLE = { title: 'Outlook', publishedOn: '2024-06-03', url: '', text: TEXT };

function Harness({
  proposals,
  onAdd,
}: {
  proposals: Proposal[];
  onAdd: (e: Record<string, ProposalEdits>) => void;
}) {
  const [edits, setEdits] = useState<Record<string, ProposalEdits>>({});
  const chosen = proposals.filter((p) => edits[p.id]?.selected).length;
  return (
    <>
      <h2 id="h">Proposals</h2>
      <ProposalList
        headingId="h"
        proposals={proposals}
        edits={edits}
        onEdit={(id, next) => setEdits((all) => ({ ...all, [id]: next }))}
        chosen={chosen}
        onAdd={() => onAdd(edits)}
      />
    </>
  );
}

describe('reviewing proposals', () => {
  let proposals: Proposal[];
  beforeEach(() => {
    localStorage.clear();
    proposals = extractForecasts(TEXT, { publishedOn: ARTICLE.publishedOn });
  });

  it('says how sure the extractor is, with reasons, and lists the unsure first', () => {
    const [named, pronoun] = proposals;
    expect(proposalConfidence(named!).speaker).toEqual({
      level: 'sure',
      reason: 'speaker named at the quote',
    });
    expect(proposalConfidence(named!).deadline.level).toBe('sure');
    expect(proposalConfidence(pronoun!).speaker.reason).toBe('speaker from a pronoun');
    render(<Harness proposals={proposals} onAdd={() => {}} />);
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Speaker: check (speaker from a pronoun)');
    expect(items[1]).toHaveTextContent('Speaker: sure (speaker named at the quote)');
    expect(items[1]).toHaveTextContent('Deadline: sure (deadline from “by March 2025”)');
  });

  it('lets every field be edited before adding, and keeps the quote verbatim', async () => {
    const user = userEvent.setup();
    let added: Record<string, ProposalEdits> = {};
    render(<Harness proposals={proposals} onAdd={(e) => (added = e)} />);
    const named = proposals[0]!;
    await user.click(screen.getByRole('checkbox', { name: named.quote }));
    const item = screen.getByRole('checkbox', { name: named.quote }).closest('li')!;
    const field = (name: string) => within(item).getByLabelText(name, { exact: false });
    expect(field('Speaker')).toHaveValue('Ines Varga');
    expect(field('Role')).toHaveValue('Chief economist at Lakeside Bank');
    await user.clear(field('Role'));
    await user.type(field('Role'), 'Economist');
    await user.clear(field('Quote'));
    await user.type(field('Quote'), 'Unemployment will fall below 4%');
    await user.clear(field('Claim'));
    await user.type(field('Claim'), 'Unemployment below 4% by March 2025.');
    await user.clear(field('Deadline'));
    await user.type(field('Deadline'), '2025-03-31');
    await user.clear(field('Probability'));
    await user.type(field('Probability'), '80');
    await user.click(screen.getByRole('button', { name: 'Add selected' }));
    const chosen = [{ proposal: named, edits: editsOf(added, named) }];
    let n = 0;
    const result = toArticle(ARTICLE, chosen, () => String((n += 1)));
    if ('error' in result) throw new Error(result.error);
    expect(result.forecasts[0]).toMatchObject({
      speaker: 'Ines Varga',
      speakerRole: 'Economist',
      quote: 'Unemployment will fall below 4%',
      claim: 'Unemployment below 4% by March 2025.',
      deadline: { latest: '2025-03-31' },
      probability: 0.8,
    });
    const reworded = [{ proposal: named, edits: { ...editsOf(added, named), quote: 'Jobs boom' } }];
    expect(toArticle(ARTICLE, reworded, () => 'x')).toEqual({
      error: expect.stringContaining('the quote must be words copied from the article text'),
    });
  });
});
