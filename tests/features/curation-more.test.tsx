// Curating the record, continued: a forecast added by hand (its words selected or typed, its
// probability proposed by the lexicon), a repeated article caught before it is added, speakers
// merged into one scorecard row and parted again, a speaker's role set once for all their
// forecasts, and a card's History showing each edit before and after.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEED_SOURCE } from '../../src/data/seed-article';
import { SEED_FORECASTS } from '../../src/data/seed-forecasts';
import { DEFAULT_LEXICON, findEntry } from '../../src/domain/lexicon';
import { renderWithProviders } from '../support/render';
import { readStoredData, readStoredDocument } from '../support/stored';

type User = ReturnType<typeof renderWithProviders>['user'];

const QUOTE = 'So I think this is the meat grinder situation';
const SUMMER = SEED_FORECASTS.find((f) => f.id === 'fc-inozemtsev-war-until-summer-2023')!;

/** The Speakers section once drawn (a stand-in with its heading comes first). */
async function speakersPanel() {
  await screen.findByRole('form', { name: 'Merge speakers' });
  return screen.getByRole('region', { name: 'Speakers' });
}

async function openAddForecast(user: User) {
  await user.click(await screen.findByRole('button', { name: 'Add forecast' }));
  return screen.findByRole('form', { name: 'Add forecast' });
}

const summary = () => screen.findByRole('table', { name: 'Forecasts and scores per speaker' });
const speakerRows = async () =>
  within(await summary())
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '')
    .filter((name) => SPEAKERS.includes(name));
const SPEAKERS = [...new Set(SEED_FORECASTS.map((f) => f.speaker))];

describe('Add forecast', () => {
  it('adds a forecast typed by hand, the lexicon proposing its probability', async () => {
    const { user } = renderWithProviders();
    const form = await openAddForecast(user);
    await user.type(within(form).getByRole('textbox', { name: 'Quote' }), QUOTE);
    const proposed = findEntry('I think', DEFAULT_LEXICON)!.probability! * 100;
    expect(within(form).getByRole('spinbutton', { name: 'Probability (%)' })).toHaveValue(proposed);
    expect(form).toHaveTextContent(`The hedge lexicon reads “I think” as ${proposed}%.`);
    await user.type(
      within(form).getByRole('combobox', { name: 'Speaker' }),
      'Vladislav Inozemtsev',
    );
    await user.type(
      within(form).getByRole('textbox', { name: 'Claim' }),
      'The war stays a war of attrition through 2023.',
    );
    await user.type(within(form).getByLabelText('Deadline'), '2023-12-31');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    const card = await screen.findByRole('article', {
      name: 'The war stays a war of attrition through 2023.',
    });
    expect(within(card).getByText(QUOTE, { exact: false })).toBeInTheDocument();
    await waitFor(() => {
      const added = readStoredDocument()?.events?.find((e) => e.type === 'forecast.added');
      expect(added).toMatchObject({
        forecast: {
          sourceId: SEED_SOURCE.id,
          speaker: 'Vladislav Inozemtsev',
          quote: QUOTE,
          madeOn: SEED_SOURCE.publishedOn,
          deadline: { latest: '2023-12-31' },
          probability: proposed / 100,
          hedge: 'I think',
        },
      });
      expect(added && 'forecast' in added && added.forecast.probabilitySource).toBeUndefined();
    });
  });

  it('takes the words selected in the article’s text as the quote', async () => {
    const { user } = renderWithProviders();
    const form = await openAddForecast(user);
    const text = within(form).getByText(/meat grinder situation/);
    const node = text.firstChild!;
    const start = node.textContent!.indexOf(QUOTE);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + QUOTE.length);
    act(() => {
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    expect(within(form).getByRole('textbox', { name: 'Quote' })).toHaveValue(QUOTE);
  });

  it('refuses words that are not in the article, adding nothing', async () => {
    const { user } = renderWithProviders();
    const form = await openAddForecast(user);
    await user.type(within(form).getByRole('textbox', { name: 'Quote' }), 'words nobody wrote');
    await user.type(within(form).getByRole('combobox', { name: 'Speaker' }), 'Someone');
    await user.type(within(form).getByRole('textbox', { name: 'Claim' }), 'Something happens.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'The quote must appear word for word in the article’s text.',
    );
    expect(readStoredDocument()).toBeNull();
  });
});

describe('a repeated article', () => {
  it('says so before finding anything, and opens the one the record has', async () => {
    const { user } = renderWithProviders();
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an article' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Same again');
    await user.click(within(dialog).getByRole('textbox', { name: 'Article text' }));
    await user.paste(SEED_SOURCE.text);
    await user.click(within(dialog).getByRole('button', { name: 'Find forecasts' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      `You already have this article: “${SEED_SOURCE.title}” (published 22 Dec 2022) has nearly the same text.`,
    );
    expect(within(dialog).queryByRole('checkbox')).toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Open the existing article' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Add an article' })).toBeNull(),
    );
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: SEED_SOURCE.title, level: 3 })).toHaveFocus(),
    );
  });

  it('searches anyway when asked', async () => {
    const { user } = renderWithProviders();
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an article' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Same again');
    await user.click(within(dialog).getByRole('textbox', { name: 'Article text' }));
    await user.paste(SEED_SOURCE.text);
    await user.click(within(dialog).getByRole('button', { name: 'Find forecasts' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Add anyway' }));
    // The search starts (its worker is the browser's: tests/e2e/curation.e2e.ts sees it end).
    expect(within(dialog).queryByText(/You already have this article/)).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Add anyway' })).toBeNull();
  });
});

describe('speakers', () => {
  it('merges two speakers into one scorecard row, and Unmerge parts them again', async () => {
    const { user } = renderWithProviders();
    const panel = await speakersPanel();
    expect(await speakerRows()).toHaveLength(3);
    await user.selectOptions(
      within(panel).getByRole('combobox', { name: 'Merge speaker' }),
      'Abbas Gallyamov',
    );
    await user.selectOptions(
      within(panel).getByRole('combobox', { name: 'Into' }),
      'Valery Solovey',
    );
    await user.click(within(panel).getByRole('button', { name: 'Merge' }));

    await waitFor(async () => expect(await speakerRows()).toHaveLength(2));
    expect((await speakerRows()).join(' ')).not.toMatch(/Gallyamov/);
    const gallyamov = SEED_FORECASTS.filter((f) => f.speaker === 'Abbas Gallyamov');
    for (const f of gallyamov)
      expect(
        within(screen.getByRole('article', { name: f.claim })).getByText('Valery Solovey'),
      ).toBeInTheDocument();
    // Each forecast keeps the name it was catalogued under; the merge is an event.
    await waitFor(() =>
      expect(readStoredDocument()?.events).toEqual([
        expect.objectContaining({
          type: 'speakers.merged',
          alias: 'Abbas Gallyamov',
          canonical: 'Valery Solovey',
        }),
      ]),
    );
    expect(
      readStoredDocument()!.forecasts.filter((f) => f.speaker === 'Abbas Gallyamov'),
    ).toHaveLength(gallyamov.length);

    await user.click(within(panel).getByRole('button', { name: 'Unmerge Abbas Gallyamov' }));
    await waitFor(async () => expect(await speakerRows()).toHaveLength(3));
  });

  it('sets a speaker’s role once for all their forecasts', async () => {
    const { user } = renderWithProviders();
    const panel = await speakersPanel();
    await user.click(
      within(panel).getByRole('button', { name: 'Edit speaker Vladislav Inozemtsev' }),
    );
    const form = within(panel).getByRole('form', { name: 'Edit speaker Vladislav Inozemtsev' });
    const role = within(form).getByRole('textbox', { name: 'Role' });
    await user.clear(role);
    await user.type(role, 'Economist');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const theirs = SEED_FORECASTS.filter((f) => f.speaker === 'Vladislav Inozemtsev');
    await waitFor(() => {
      const shown = readStoredData()!.forecasts.filter((f) => f.speaker === 'Vladislav Inozemtsev');
      expect(shown.map((f) => f.speakerRole)).toEqual(theirs.map(() => 'Economist'));
    });
  });
});

describe('a quote catalogued before the verbatim check', () => {
  it('does not stop the other fields of its forecast being corrected', async () => {
    const loose = { ...SUMMER, quote: 'Words an import brought in, not in the text' };
    const { user } = renderWithProviders(undefined, {
      initialData: {
        sources: [SEED_SOURCE],
        forecasts: SEED_FORECASTS.map((f) => (f.id === SUMMER.id ? loose : f)),
        judgements: [],
      },
    });
    const card = () => screen.getByRole('article', { name: SUMMER.claim });
    await user.click(within(card()).getByRole('button', { name: 'Edit forecast' }));
    const form = await within(card()).findByRole('form', { name: 'Edit forecast' });
    await user.type(within(form).getByRole('textbox', { name: 'Role' }), ' (retired)');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(card()).queryByRole('form', { name: 'Edit forecast' })).toBeNull();
    expect(within(card()).getByText(/\(retired\)/)).toBeInTheDocument();
  });
});

describe('History', () => {
  it('shows an edit of the claim before and after', async () => {
    const { user } = renderWithProviders();
    const card = () => screen.getByRole('article', { name: SUMMER.claim });
    await user.click(within(card()).getByRole('button', { name: 'Edit forecast' }));
    const form = await within(card()).findByRole('form', { name: 'Edit forecast' });
    const claim = within(form).getByRole('textbox', { name: 'Claim' });
    await user.clear(claim);
    await user.type(claim, 'The war goes on past the summer of 2023.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const edited = screen.getByRole('article', {
      name: 'The war goes on past the summer of 2023.',
    });
    await user.click(within(edited).getByText('History (1)'));
    const entry = await within(edited).findByText('Edited');
    const item = entry.closest('li')!;
    expect(item).toHaveTextContent(
      `Claim: “${SUMMER.claim}” → changed to “The war goes on past the summer of 2023.”`,
    );
    expect(item.querySelector('del')).toHaveTextContent(SUMMER.claim);
    expect(item.querySelector('ins')).toHaveTextContent('The war goes on past the summer of 2023.');
  });
});
