// The page's one theme controller, over the browser and the choice storage keeps: the theme
// feature is handed both, so it never touches storage itself.
import {
  DARK_QUERY,
  startTheme,
  type ThemeController,
  type ThemeHost,
} from '../features/theme/theme';
import { savedThemePreference } from '../storage/theme-preference';

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
  return {
    root: document.documentElement,
    saved: savedThemePreference(storage),
    darkQuery,
    window,
  };
}

let pageTheme: ThemeController | null = null;

/** The page's one theme controller, started on first use (main.tsx starts it before React). */
export function startPageTheme(): ThemeController {
  pageTheme ??= startTheme(browserHost());
  return pageTheme;
}
