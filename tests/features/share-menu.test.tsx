import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SEED_DATA } from '../../src/data/seed';
import type { AppData } from '../../src/domain/model';
import { decodeShareFragment } from '../../src/formats/share-link';
import { ShareMenu } from '../../src/features/share/ShareMenu';
import { makeData, makeForecast, makeSource } from '../support/factories';

const writeText = vi.fn<(text: string) => Promise<void>>();

beforeEach(() => {
  writeText.mockReset();
});

function renderMenu(data: AppData = SEED_DATA) {
  const user = userEvent.setup();
  // After setup, which puts a clipboard stub of its own in place.
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  render(
    <main>
      <p>Elsewhere on the page</p>
      <ShareMenu data={data} partlyCredit={0.5} loadCatalogue={async () => SEED_DATA} />
    </main>,
  );
  return { user, button: screen.getByRole('button', { name: 'Share scorecard' }) };
}

/** Data whose link would be over 2 MiB: an article of incompressible text. */
function hugeData(): AppData {
  let seed = 11;
  const codes = Array.from({ length: 2_200_000 }, () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return 33 + ((seed >>> 0) % 90);
  });
  let text = '';
  for (let i = 0; i < codes.length; i += 0x8000) {
    text += String.fromCharCode(...codes.slice(i, i + 0x8000));
  }
  const source = makeSource({ id: 's', text });
  return makeData({ sources: [source], forecasts: [makeForecast({ sourceId: 's' })] });
}

describe('Share scorecard', () => {
  it('opens a menu of two choices, and Escape closes it with the focus back on the button', async () => {
    const { user, button } = renderMenu();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    // The menu loads with its first opening.
    const menu = await screen.findByRole('list', { name: 'Share the scorecard' });
    expect(button).toHaveAttribute('aria-controls', menu.id);
    expect(screen.getByRole('button', { name: 'Download as HTML' })).toHaveAccessibleDescription(
      /runs no scripts/,
    );
    expect(screen.getByRole('button', { name: 'Copy link' })).toHaveAccessibleDescription(
      /read-only link/,
    );
    await user.tab();
    expect(screen.getByRole('button', { name: 'Download as HTML' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('list', { name: 'Share the scorecard' })).toBeNull();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes when the pointer goes down elsewhere', async () => {
    const { user, button } = renderMenu();
    await user.click(button);
    await screen.findByRole('list', { name: 'Share the scorecard' });
    await user.click(screen.getByText('Elsewhere on the page'));
    expect(screen.queryByRole('list', { name: 'Share the scorecard' })).toBeNull();
  });

  it('copies a link that carries the scorecard, and says how long it is', async () => {
    writeText.mockResolvedValue();
    const { user, button } = renderMenu();
    await user.click(button);
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    const status = await screen.findByRole('status');
    expect(writeText).toHaveBeenCalledTimes(1);
    const url = writeText.mock.calls[0]![0];
    expect(url.startsWith(`${window.location.origin}${window.location.pathname}#share=`)).toBe(
      true,
    );
    expect(status).toHaveTextContent('Link copied.');
    expect(status).toHaveTextContent(`${url.length.toLocaleString('en-GB')} characters`);
    expect(status).toHaveFocus();
    const shared = decodeShareFragment(new URL(url).hash, new Date(), SEED_DATA);
    expect(shared.ok && shared.data.forecasts).toEqual(SEED_DATA.forecasts);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('status')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('shows the link selected in a read-only field when the clipboard is refused', async () => {
    writeText.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const { user, button } = renderMenu();
    await user.click(button);
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole<HTMLInputElement>('textbox', {
      name: 'Link to this scorecard',
    });
    expect(field).toHaveAttribute('readonly');
    expect(field.value).toMatch(/#share=[A-Za-z0-9_-]+$/);
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    expect(screen.getByRole('status')).toHaveTextContent('did not let Hindsight copy the link');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(field).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('says when the link would be too long, and offers the HTML file instead', async () => {
    const createObjectURL = vi.fn(() => 'blob:share');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    const { user, button } = renderMenu(hugeData());
    await user.click(button);
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('too large to share as a link');
    expect(alert).toHaveTextContent(/at most 2,097,152 characters \(2 MiB\)/);
    expect(writeText).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Download as HTML' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]).toMatch(/^hindsight-scorecard-\d{4}-\d{2}-\d{2}\.html$/);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(button).toHaveFocus();
  }, 20_000);
});
