// Applies the reader's theme to the page: `data-theme` on <html> holds the theme in force
// ("light" or "dark"), and the stylesheet sets color-scheme from it, which picks every colour
// (light-dark()) and the browser's own controls. Started once before React renders (by
// src/app/page-theme.ts, which hands it the browser and the stored choice), so the first paint
// is already in the right theme; a tiny store after that, for the Theme control, that follows
// the system while the choice is "system" and other tabs' choices.
import type { ThemePreference } from '../../domain/theme-preference';

export type Theme = 'light' | 'dark';

export const DARK_QUERY = '(prefers-color-scheme: dark)';

export const resolveTheme = (choice: ThemePreference, systemDark: boolean): Theme =>
  choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;

/** Where the choice is kept (src/app hands over storage's, storage/theme-preference.ts). */
export interface SavedTheme {
  /** The kept choice; "system" when there is none or it cannot be read. */
  read(): ThemePreference;
  /** Keeps a choice; false when it could not be kept. */
  write(choice: ThemePreference): boolean;
  /** Whether another tab's `storage` event for `key` may have changed the kept choice. */
  changedBy(key: string | null): boolean;
}

/** The page's surroundings, passed in so tests can stand in for the browser's. */
export interface ThemeHost {
  root: HTMLElement;
  saved: SavedTheme;
  /** The system's preference for dark, or null where it cannot be asked. */
  darkQuery: MediaQueryList | null;
  window: Pick<Window, 'addEventListener'>;
}

export interface ThemeController {
  choice: () => ThemePreference;
  /** Applies and stores a choice; false if it could not be stored (it applies all the same). */
  choose: (choice: ThemePreference) => boolean;
  subscribe: (listener: () => void) => () => void;
}

export function startTheme(host: ThemeHost): ThemeController {
  let choice = host.saved.read();
  const listeners = new Set<() => void>();
  const apply = () => {
    host.root.dataset.theme = resolveTheme(choice, host.darkQuery?.matches ?? false);
    for (const listener of listeners) listener();
  };
  apply();
  host.darkQuery?.addEventListener?.('change', () => {
    if (choice === 'system') apply();
  });
  // Another tab chose: this one follows.
  host.window.addEventListener('storage', (event) => {
    if (!host.saved.changedBy(event.key)) return;
    choice = host.saved.read();
    apply();
  });
  return {
    choice: () => choice,
    choose(next) {
      choice = next;
      apply();
      return host.saved.write(next);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
