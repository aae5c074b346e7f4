// The theme in force: the stored choice, or the system's while the choice is System; applied
// as data-theme on <html>, followed when the system or another tab changes it, and chosen with
// the header's Theme select.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { resolveTheme, startTheme, type ThemeHost } from '../../../src/features/theme/theme';
import { ThemeSelect } from '../../../src/features/theme/ThemeSelect';
import { THEME_KEY } from '../../../src/storage/envelope';
import { savedThemePreference } from '../../../src/storage/theme-preference';

/** A system colour scheme the test can flip, as `matchMedia('(prefers-color-scheme: dark)')`. */
function fakeSystem(dark: boolean) {
  const listeners: (() => void)[] = [];
  const query = {
    matches: dark,
    addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
  } as unknown as MediaQueryList;
  return {
    query,
    set(next: boolean) {
      (query as { matches: boolean }).matches = next;
      for (const listener of listeners) listener();
    },
  };
}

function host({
  storage = localStorage,
  ...overrides
}: Partial<Omit<ThemeHost, 'saved'>> & { storage?: Storage | null } = {}): ThemeHost {
  return {
    root: document.createElement('html'),
    saved: savedThemePreference(storage),
    darkQuery: fakeSystem(false).query,
    window: new EventTarget() as unknown as Window,
    ...overrides,
  };
}

/** Another tab writing the stored choice: the storage event this tab receives. */
const otherTabWrote = (page: ThemeHost, key: string) =>
  (page.window as unknown as EventTarget).dispatchEvent(new StorageEvent('storage', { key }));

describe('resolveTheme', () => {
  it.each([
    ['system', false, 'light'],
    ['system', true, 'dark'],
    ['light', true, 'light'],
    ['light', false, 'light'],
    ['dark', false, 'dark'],
    ['dark', true, 'dark'],
  ] as const)('%s with a system that prefers dark: %s → %s', (choice, systemDark, theme) => {
    expect(resolveTheme(choice, systemDark)).toBe(theme);
  });
});

describe('startTheme', () => {
  it('applies the stored choice at once, before anything renders', () => {
    localStorage.setItem(THEME_KEY, 'dark');
    const page = host();
    const theme = startTheme(page);
    expect(page.root.dataset.theme).toBe('dark');
    expect(theme.choice()).toBe('dark');
  });

  it('follows the system when the stored value is not a choice, and keeps following it', () => {
    localStorage.setItem(THEME_KEY, 'sepia');
    const system = fakeSystem(true);
    const page = host({ darkQuery: system.query });
    const theme = startTheme(page);
    expect(theme.choice()).toBe('system');
    expect(page.root.dataset.theme).toBe('dark');
    system.set(false);
    expect(page.root.dataset.theme).toBe('light');
    // An explicit choice stops following it.
    theme.choose('dark');
    system.set(true);
    system.set(false);
    expect(page.root.dataset.theme).toBe('dark');
  });

  it('with storage blocked and no media queries: light, and choosing still applies', () => {
    const page = host({ storage: null, darkQuery: null });
    const theme = startTheme(page);
    expect(page.root.dataset.theme).toBe('light');
    expect(theme.choose('dark')).toBe(false);
    expect(page.root.dataset.theme).toBe('dark');
  });

  it('stores a choice under hindsight:theme and follows another tab’s', () => {
    const page = host();
    const theme = startTheme(page);
    expect(theme.choose('dark')).toBe(true);
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');

    localStorage.setItem(THEME_KEY, 'light'); // written by another tab
    otherTabWrote(page, THEME_KEY);
    expect(theme.choice()).toBe('light');
    expect(page.root.dataset.theme).toBe('light');

    localStorage.setItem(THEME_KEY, 'dark');
    otherTabWrote(page, 'hindsight');
    expect(page.root.dataset.theme).toBe('light');
  });
});

describe('ThemeSelect', () => {
  it('offers System, Light and Dark under the name Theme, and applies and stores the choice', async () => {
    const page = host();
    const theme = startTheme(page);
    const user = userEvent.setup();
    render(<ThemeSelect controller={theme} />);
    const select = screen.getByRole('combobox', { name: 'Theme' });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'System',
      'Light',
      'Dark',
    ]);
    expect(select).toHaveValue('system');

    await user.selectOptions(select, screen.getByRole('option', { name: 'Dark' }));
    expect(page.root.dataset.theme).toBe('dark');
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
    expect(screen.queryByRole('status')).toBeNull();

    // Changed elsewhere (another tab): the select shows it.
    localStorage.setItem(THEME_KEY, 'light');
    act(() => otherTabWrote(page, THEME_KEY));
    expect(select).toHaveValue('light');
  });

  it('says so when the choice cannot be stored', async () => {
    const theme = startTheme(host({ storage: null }));
    const user = userEvent.setup();
    render(<ThemeSelect controller={theme} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'Light');
    expect(screen.getByRole('status')).toHaveTextContent(/this visit only/);
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveAccessibleDescription(
      /this visit only/,
    );
  });
});
