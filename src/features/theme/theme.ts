// Applies the reader's theme to the page: `data-theme` on <html> holds the theme in force
// ("light" or "dark"), and the stylesheet sets color-scheme from it, which picks every colour
// (light-dark()) and the browser's own controls. Run once from main.tsx before React renders,
// so the first paint is already in the right theme; a tiny store after that, for the Theme
// control, that follows the system while the choice is "system" and other tabs' choices.
import { THEME_KEY } from '../../storage/envelope';
import {
  readThemePreference,
  writeThemePreference,
  type ThemePreference,
} from '../../storage/theme-preference';

export type Theme = 'light' | 'dark';

export const DARK_QUERY = '(prefers-color-scheme: dark)';

export const resolveTheme = (choice: ThemePreference, systemDark: boolean): Theme =>
  choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;

/** The page's surroundings, passed in so tests can stand in for the browser's. */
export interface ThemeHost {
  root: HTMLElement;
  storage: Storage | null;
  /** The system's preference for dark, or null where it cannot be asked. */
  darkQuery: MediaQueryList | null;
  window: Pick<Window, 'addEventListener'>;
}

function browserHost(): ThemeHost {
  let storage: Storage | null = null;
  let darkQuery: MediaQueryList | null = null;
  try {
    storage = window.localStorage;
  } catch {
    // Storage blocked: the choice lasts as long as the page.
  }
  try {
    darkQuery = window.matchMedia?.(DARK_QUERY) ?? null;
  } catch {
    // No media queries: light.
  }
  return { root: document.documentElement, storage, darkQuery, window };
}

export interface ThemeController {
  choice: () => ThemePreference;
  /** Applies and stores a choice; false if it could not be stored (it applies all the same). */
  choose: (choice: ThemePreference) => boolean;
  subscribe: (listener: () => void) => () => void;
}

export function startTheme(host: ThemeHost = browserHost()): ThemeController {
  let choice = readThemePreference(host.storage);
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
    if (event.key !== THEME_KEY && event.key !== null) return;
    choice = readThemePreference(host.storage);
    apply();
  });
  return {
    choice: () => choice,
    choose(next) {
      choice = next;
      apply();
      return writeThemePreference(host.storage, next);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

let pageTheme: ThemeController | null = null;

/** The page's one theme controller, started on first use (main.tsx starts it before React). */
export function startPageTheme(): ThemeController {
  pageTheme ??= startTheme();
  return pageTheme;
}
