import { screen, waitFor, within } from '@testing-library/react';
import { useMemo } from 'react';
import { describe, expect, it } from 'vitest';
import { forecastViews } from '../../src/domain/catalogue';
import { addDays, todayIso } from '../../src/domain/dates';
import { currentState } from '../../src/domain/judgements';
import { reviewQueue } from '../../src/domain/review';
import { SEED_DATA } from '../../src/data/seed';
import type { AppData } from '../../src/domain/model';
import { QUEUE_KINDS } from '../../src/features/review/queue-handle';
import { ReviewQueue } from '../../src/features/review/ReviewQueue';
import { useReviewQueue } from '../../src/features/review/use-review-queue';
import { useDocument } from '../../src/state/use-document';
import { makeData, makeForecast } from '../support/factories';
import { renderWithProviders } from '../support/render';
import { readStoredData } from '../support/stored';

const today = () => todayIso(new Date());
const seedDue = () => reviewQueue(forecastViews(SEED_DATA), today()).due;

const queue = () => screen.getByRole('region', { name: 'Due for judgement' });
// The forecasts in the queue (not the confirmation that takes a judged one's place).
const items = () =>
  within(queue())
    .queryAllByRole('listitem')
    .filter((li) => li.hasAttribute('data-review-id'));
const item = (claim: string) => within(queue()).getByRole('listitem', { name: claim });
const dueButton = () => screen.getByRole('button', { name: /^Due for judgement/ });
const status = () => within(queue()).getByRole('status');

async function renderQueue(options?: Parameters<typeof renderWithProviders>[1]) {
  const rendered = renderWithProviders(undefined, options);
  await waitFor(() => within(queue()).getByRole('status'));
  return rendered;
}

/** The queue alone over the stored document, for tests that need nothing else of the page. */
function QueueOnly() {
  const { data } = useDocument();
  const views = useMemo(() => forecastViews(data), [data]);
  const queue = useReviewQueue(views, today());
  return (
    <ReviewQueue
      kind={QUEUE_KINDS.forecasts}
      queue={queue}
      today={today()}
      readOnly={false}
      onOpen={() => {}}
    />
  );
}

const renderQueueOnly = (initialData: AppData) =>
  renderWithProviders(<QueueOnly />, { initialData });

function storedState(id: string) {
  const data = readStoredData();
  return currentState((data?.judgements ?? []).filter((j) => j.forecastId === id));
}

/** `n` overdue forecasts, due a day apart from `from` on, so their order is known. */
function overdueData(n: number, from = '2024-01-01') {
  return makeData({
    forecasts: Array.from({ length: n }, (_, i) =>
      makeForecast({
        id: `f${i + 1}`,
        claim: `Claim ${i + 1}`,
        deadline: { latest: addDays(from, i) },
      }),
    ),
  });
}

// Each test renders the whole app, which takes seconds in jsdom on a busy machine.
describe('Due for judgement', () => {
  it('lists the overdue, pending forecasts, longest overdue first, and counts them in the header', async () => {
    await renderQueue();
    const due = seedDue();
    // The shipped article's three dated forecasts whose deadline has passed; its five
    // statements of the present are checked apart.
    expect(due).toHaveLength(3);
    expect(due.every((v) => v.forecast.kind !== 'present-state')).toBe(true);
    expect(dueButton()).toHaveAccessibleName(`Due for judgement (${due.length})`);
    // Up to five are drawn at first (Show more is tested below with more than five).
    expect(items().map((li) => li.querySelector('h3')?.textContent)).toEqual(
      due.map((v) => v.forecast.claim),
    );
    expect(within(queue()).queryByRole('button', { name: /^Show more/ })).toBeNull();
    const first = item(due[0]!.forecast.claim);
    expect(within(first).getByText(due[0]!.forecast.speaker)).toBeInTheDocument();
    expect(within(first).getByText(/^Deadline (by|between)/)).toBeInTheDocument();
    expect(within(first).getByText(/overdue$/)).toBeInTheDocument();
    expect(within(first).getByRole('group', { name: 'Outcome' })).toBeInTheDocument();
  });

  it('takes the reader to the queue from the header', async () => {
    const { user } = await renderQueue();
    await user.click(dueButton());
    expect(items()[0]).toHaveFocus();
  });

  it('judges from the queue: the same judgement as on the card, then the item leaves and the focus moves on', async () => {
    const { user } = await renderQueue();
    const [first, second] = seedDue();
    const count = seedDue().length;
    await user.click(within(item(first!.forecast.claim)).getByRole('radio', { name: 'Correct' }));

    expect(within(queue()).queryByRole('listitem', { name: first!.forecast.claim })).toBeNull();
    expect(dueButton()).toHaveAccessibleName(`Due for judgement (${count - 1})`);
    expect(status()).toHaveTextContent(`Judged “${first!.forecast.claim}” Correct.`);
    await waitFor(() => expect(item(second!.forecast.claim)).toHaveFocus());

    // The confirmation and its Undo take the judged item's place: right before the next item.
    const noticeItem = within(queue()).getByText(`Judged “${first!.forecast.claim}” Correct.`, {
      exact: false,
      selector: 'li',
    });
    expect(noticeItem.nextElementSibling).toBe(item(second!.forecast.claim));
    expect(
      within(noticeItem).getByRole('button', { name: 'Undo last judgement' }),
    ).toBeInTheDocument();

    const card = screen.getByRole('article', { name: first!.forecast.claim });
    expect(within(card).getByRole('radio', { name: 'Correct' })).toBeChecked();
    await waitFor(() =>
      expect(storedState(first!.forecast.id)).toMatchObject({
        outcome: 'correct',
        judgedOn: today(),
      }),
    );
  });

  it('keeps an item judged with the arrow keys until the focus leaves it, so the reader can arrow on', async () => {
    const { user } = await renderQueue();
    const [first] = seedDue();
    const claim = first!.forecast.claim;
    within(item(claim)).getByRole('radio', { name: 'Pending' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(item(claim)).getByRole('radio', { name: 'Correct' })).toBeChecked();
    await user.keyboard('{ArrowRight}');
    expect(within(item(claim)).getByRole('radio', { name: 'Incorrect' })).toBeChecked();
    expect(status()).toHaveTextContent('set to Incorrect; it leaves the queue when you move on');
    expect(item(claim)).toHaveTextContent('Judged Incorrect: it leaves the queue when you move on');
    await user.tab(); // to Snooze, inside the item: it stays
    expect(item(claim)).toBeInTheDocument();
    await user.click(dueButton()); // the focus leaves it
    await waitFor(() =>
      expect(within(queue()).queryByRole('listitem', { name: claim })).toBeNull(),
    );
    await waitFor(() => expect(storedState(first!.forecast.id).outcome).toBe('incorrect'));
  });

  it('snoozes an item for a week, shows it as snoozed, and un-snoozes it', async () => {
    const { user } = await renderQueue();
    const [first, second] = seedDue();
    const count = seedDue().length;
    const claim = first!.forecast.claim;
    await user.click(within(item(claim)).getByRole('button', { name: 'Snooze for a week' }));

    expect(within(queue()).queryByRole('listitem', { name: claim })).toBeNull();
    await waitFor(() => expect(item(second!.forecast.claim)).toHaveFocus());
    expect(dueButton()).toHaveAccessibleName(`Due for judgement (${count - 1})`);
    await waitFor(() =>
      expect(readStoredData()?.forecasts.find((f) => f.id === first!.forecast.id)).toMatchObject({
        snoozedUntil: addDays(today(), 7),
      }),
    );

    // The snoozed list's code loads once something is snoozed.
    const snoozed = await within(queue()).findByRole('button', { name: '1 snoozed' });
    expect(snoozed).toHaveAttribute('aria-expanded', 'false');
    await user.click(snoozed);
    expect(snoozed).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(queue()).getByRole('button', { name: 'Un-snooze' }));
    expect(dueButton()).toHaveAccessibleName(`Due for judgement (${count})`);
    await waitFor(() => expect(item(claim)).toHaveFocus());
    expect(within(queue()).queryByRole('button', { name: /snoozed$/ })).toBeNull();
    await waitFor(() =>
      expect(
        readStoredData()?.forecasts.find((f) => f.id === first!.forecast.id),
      ).not.toHaveProperty('snoozedUntil'),
    );
  });

  it('takes back the latest judgement made in the queue, which brings the item back', async () => {
    const { user } = await renderQueue();
    const [first] = seedDue();
    const claim = first!.forecast.claim;
    await user.click(within(item(claim)).getByRole('radio', { name: 'Partly correct' }));
    expect(within(queue()).queryByRole('listitem', { name: claim })).toBeNull();
    await user.click(within(queue()).getByRole('button', { name: 'Undo last judgement' }));
    expect(item(claim)).toBeInTheDocument();
    await waitFor(() => expect(item(claim)).toHaveFocus());
    expect(within(item(claim)).getByRole('radio', { name: 'Pending' })).toBeChecked();
    expect(within(queue()).queryByRole('button', { name: 'Undo last judgement' })).toBeNull();
  });

  it('opens an item’s full card in the list', async () => {
    const { user } = await renderQueue();
    const [first] = seedDue();
    await user.click(
      within(item(first!.forecast.claim)).getByRole('button', { name: 'Open card' }),
    );
    await waitFor(() =>
      expect(screen.getByRole('article', { name: first!.forecast.claim })).toHaveFocus(),
    );
  });

  it('says clearly when nothing is due, and moves the focus there when the last item leaves', async () => {
    const { user } = renderQueueOnly(overdueData(1));
    await user.click(within(item('Claim 1')).getByRole('radio', { name: 'Unresolvable' }));
    const empty = within(queue()).getByText('Nothing is due.').closest('p')!;
    expect(empty).toHaveTextContent('Every forecast whose deadline has passed has been judged.');
    await waitFor(() => expect(empty).toHaveFocus());
    expect(queue()).toHaveTextContent('0 forecasts are past their deadline');
  });

  it('draws 5 items at first and 20 more with each Show more, focusing the first new one', async () => {
    const { user } = renderQueueOnly(overdueData(30));
    expect(items()).toHaveLength(5);
    expect(queue()).toHaveTextContent('30 forecasts are past their deadline');
    await user.click(within(queue()).getByRole('button', { name: 'Show more (25 not shown)' }));
    expect(items()).toHaveLength(25);
    await waitFor(() => expect(item('Claim 6')).toHaveFocus());
    await user.click(within(queue()).getByRole('button', { name: 'Show more (5 not shown)' }));
    expect(items()).toHaveLength(30);
    await waitFor(() => expect(item('Claim 26')).toHaveFocus());
    expect(within(queue()).queryByRole('button', { name: /^Show more/ })).toBeNull();
  });

  it('draws the next items when j moves past the last one drawn', async () => {
    const { user } = await renderQueue({ initialData: overdueData(7) });
    await user.click(dueButton());
    expect(item('Claim 1')).toHaveFocus();
    await user.keyboard('jjjj');
    expect(item('Claim 5')).toHaveFocus();
    expect(items()).toHaveLength(5);
    await user.keyboard('j');
    await waitFor(() => expect(item('Claim 6')).toHaveFocus());
    expect(items()).toHaveLength(7);
    await user.keyboard('jj');
    expect(item('Claim 7')).toHaveFocus();
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(
      'This is the last item due.',
    );
  });

  it('leaves out forecasts that are snoozed, judged, due today or not yet due', async () => {
    const t = today();
    renderQueueOnly(
      makeData({
        forecasts: [
          makeForecast({ id: 'a', claim: 'Overdue', deadline: { latest: addDays(t, -1) } }),
          makeForecast({ id: 'b', claim: 'Due today', deadline: { latest: t } }),
          makeForecast({ id: 'c', claim: 'Later', deadline: { latest: addDays(t, 3) } }),
          makeForecast({ id: 'd', claim: 'No deadline', deadline: null }),
          makeForecast({
            id: 'e',
            claim: 'Snoozed',
            deadline: { latest: '2024-01-01' },
            snoozedUntil: addDays(t, 2),
          }),
        ],
      }),
    );
    expect(items().map((li) => li.querySelector('h3')?.textContent)).toEqual(['Overdue']);
    expect(within(item('Overdue')).getByText('1 day overdue')).toBeInTheDocument();
    expect(await within(queue()).findByRole('button', { name: '1 snoozed' })).toBeInTheDocument();
  });

  it('shows each item’s quote and what it is judged by beside the outcome choices', async () => {
    await renderQueue();
    const [first] = seedDue();
    const shown = item(first!.forecast.claim);
    expect(within(shown).getByText(`“${first!.forecast.quote}”`)).toBeInTheDocument();
    expect(within(shown).getByText(first!.forecast.resolutionCriteria)).toBeInTheDocument();
  });

  it('lists present-state statements apart, in a short list of their own, and never counts them as due', async () => {
    const t = today();
    const { user } = renderWithProviders(undefined, {
      initialData: makeData({
        forecasts: [
          makeForecast({ id: 'a', claim: 'Overdue', deadline: { latest: addDays(t, -1) } }),
          makeForecast({
            id: 's',
            claim: 'Already true',
            kind: 'present-state',
            deadline: { latest: '2022-12-01' },
          }),
          makeForecast({
            id: 'n',
            claim: 'Said with no date',
            kind: 'present-state',
            deadline: null,
          }),
        ],
      }),
    });
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(dueButton()).toHaveAccessibleName('Due for judgement (1)');
    const statements = screen.getByRole('region', { name: 'Statements to check' });
    const listed = () =>
      within(statements)
        .queryAllByRole('listitem')
        .filter((li) => li.hasAttribute('data-review-id'))
        .map((li) => li.querySelector('h3')?.textContent);
    expect(listed()).toEqual(['Already true', 'Said with no date']);
    expect(within(statements).queryByText(/overdue/)).toBeNull();
    expect(within(statements).getByText('Said to hold as of 1 Dec 2022')).toBeInTheDocument();

    const first = within(statements).getByRole('listitem', { name: 'Already true' });
    await user.click(within(first).getByRole('radio', { name: 'Incorrect' }));
    await waitFor(() => expect(listed()).toEqual(['Said with no date']));
    expect(
      within(statements).getByText(/Judged “Already true” Incorrect\. 1 still to check\./, {
        selector: 'li',
      }),
    ).toBeInTheDocument();
    expect(dueButton()).toHaveAccessibleName('Due for judgement (1)');
    await user.click(within(statements).getByRole('button', { name: 'Undo last judgement' }));
    await waitFor(() => expect(listed()).toEqual(['Already true', 'Said with no date']));
  });
});
