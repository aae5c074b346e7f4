// Curating the record: every field of a forecast editable, the speaker's role among them;
// deleting a forecast or an article, with Undo; a forecast edited after it was judged flagged.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEED_SOURCE } from '../../src/data/seed-article';
import { SEED_FORECASTS } from '../../src/data/seed-forecasts';
import { renderWithProviders } from '../support/render';
import { readStoredData, readStoredDocument } from '../support/stored';

const SUMMER = SEED_FORECASTS.find((f) => f.id === 'fc-inozemtsev-war-until-summer-2023')!;
const card = () => screen.getByRole('article', { name: SUMMER.claim });

async function openEditor(user: ReturnType<typeof renderWithProviders>['user']) {
  await user.click(within(card()).getByRole('button', { name: 'Edit forecast' }));
  return within(card()).findByRole('form', { name: 'Edit forecast' });
}

describe('curating the record', () => {
  it('edits the speaker’s role, kind and criteria, saved as one event', async () => {
    const { user } = renderWithProviders();
    const form = await openEditor(user);
    const role = within(form).getByRole('textbox', { name: 'Role' });
    await user.clear(role);
    await user.type(role, 'Economist, former deputy of the Duma');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Kind' }), 'vague');
    const criteria = within(form).getByRole('textbox', { name: 'Resolution criteria' });
    await user.clear(criteria);
    await user.type(criteria, 'Fighting continues on 21 June 2023.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(within(card()).getByText(', Economist, former deputy of the Duma')).toBeInTheDocument();
    expect(within(card()).getByText('Vague')).toBeInTheDocument();
    await waitFor(() => {
      const events = readStoredDocument()?.events ?? [];
      expect(events).toEqual([
        expect.objectContaining({
          type: 'forecast.edited',
          forecastId: SUMMER.id,
          changes: {
            speakerRole: 'Economist, former deputy of the Duma',
            kind: 'vague',
            resolutionCriteria: 'Fighting continues on 21 June 2023.',
          },
        }),
      ]);
    });
    // The forecast as first catalogued stays in the record, under the event.
    expect(readStoredDocument()!.forecasts.find((f) => f.id === SUMMER.id)).toEqual(SUMMER);
  });

  it('refuses a quote that is not in the article, and keeps the form open', async () => {
    const { user } = renderWithProviders();
    const form = await openEditor(user);
    const quote = within(form).getByRole('textbox', { name: 'Quote' });
    await user.clear(quote);
    await user.type(quote, 'words nobody wrote');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'The quote must appear word for word in the article’s text.',
    );
    expect(readStoredDocument()).toBeNull();
  });

  it('flags a claim edited after a non-pending judgement, with the day', async () => {
    const { user } = renderWithProviders();
    await user.click(within(card()).getByRole('radio', { name: 'Correct' }));
    const form = await openEditor(user);
    const claim = within(form).getByRole('textbox', { name: 'Claim' });
    await user.clear(claim);
    await user.type(claim, 'The war goes on past the summer of 2023.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const edited = screen.getByRole('article', {
      name: 'The war goes on past the summer of 2023.',
    });
    expect(within(edited).getByText(/edited after it was judged, on /)).toBeInTheDocument();
  });

  it('does not flag an edit of the role after judgement, nor a claim edited before it', async () => {
    const { user } = renderWithProviders();
    let form = await openEditor(user);
    const claim = within(form).getByRole('textbox', { name: 'Claim' });
    await user.clear(claim);
    await user.type(claim, 'Edited before.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const edited = () => screen.getByRole('article', { name: 'Edited before.' });
    await user.click(within(edited()).getByRole('radio', { name: 'Incorrect' }));
    await user.click(within(edited()).getByRole('button', { name: 'Edit forecast' }));
    form = await within(edited()).findByRole('form', { name: 'Edit forecast' });
    await user.type(within(form).getByRole('textbox', { name: 'Role' }), ' (retired)');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(edited()).queryByText(/edited after it was judged/)).toBeNull();
  });

  it('deletes a forecast after asking, and Undo brings it back whole with its judgement', async () => {
    const { user } = renderWithProviders();
    const total = screen.getAllByRole('article').length;
    await user.click(within(card()).getByRole('radio', { name: 'Correct' }));
    await user.click(within(card()).getByRole('button', { name: 'Delete forecast' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this forecast?' });
    expect(dialog).toHaveTextContent('with its judgement');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(screen.queryByRole('article', { name: SUMMER.claim })).toBeNull();
    expect(screen.getAllByRole('article')).toHaveLength(total - 1);
    const notice = await screen.findByText(`Deleted the forecast “${SUMMER.claim}”`, {
      exact: false,
    });
    const undo = within(notice).getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toHaveFocus());
    await waitFor(() =>
      expect(readStoredData()!.forecasts.some((f) => f.id === SUMMER.id)).toBe(false),
    );

    await user.click(undo);
    expect(within(card()).getByRole('radio', { name: 'Correct' })).toBeChecked();
    expect(screen.getAllByRole('article')).toHaveLength(total);
    await waitFor(() =>
      expect(readStoredData()!.forecasts.find((f) => f.id === SUMMER.id)).toEqual(SUMMER),
    );
  });

  it('Cancel deletes nothing', async () => {
    const { user } = renderWithProviders();
    await user.click(within(card()).getByRole('button', { name: 'Delete forecast' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this forecast?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(card()).toBeInTheDocument();
    expect(readStoredDocument()).toBeNull();
  });

  it('deletes an article with its forecasts, saying how many, and Undo restores them', async () => {
    const { user } = renderWithProviders();
    await user.click(within(card()).getByRole('radio', { name: 'Incorrect' }));
    const remove = await screen.findByRole('button', { name: 'Delete article' });
    await user.click(remove);
    const dialog = await screen.findByRole('dialog', { name: 'Delete this article?' });
    expect(dialog).toHaveTextContent(`with ${SEED_FORECASTS.length} forecasts and 1 judgement`);
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(
      await screen.findByText(`Deleted the article “${SEED_SOURCE.title}”.`, { exact: false }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getAllByRole('article')).toHaveLength(SEED_FORECASTS.length);
    expect(within(card()).getByRole('radio', { name: 'Incorrect' })).toBeChecked();
  });

  it('refuses a deadline before the forecast was made, and a judged-on date before it', async () => {
    const { user } = renderWithProviders();
    const form = await openEditor(user);
    const deadline = within(form).getByLabelText('Deadline');
    await user.clear(within(form).getByLabelText('Window starts (optional)'));
    await user.clear(deadline);
    await user.type(deadline, '2022-01-31');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'The deadline is before the forecast was made (22 Dec 2022).',
    );
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));

    const judgedOn = within(card()).getByLabelText('Judged on');
    await user.type(judgedOn, '2022-01-31');
    expect(within(card()).getByRole('alert')).toHaveTextContent(
      'A forecast cannot be judged before it was made (22 Dec 2022).',
    );
    expect(judgedOn).toHaveAttribute('aria-invalid', 'true');
    expect(readStoredDocument()).toBeNull();
  });
});
