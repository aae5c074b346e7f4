// The reader's choice of theme: a setting of this browser, stored under its own key beside the
// document (never in it), read before the first paint. Any failure reads as "follow the system".
import { isThemePreference, type ThemePreference } from '../domain/theme-preference';
import { THEME_KEY } from './envelope';

/** The stored choice; "system" when there is none, it is not one we know, or storage fails. */
export function readThemePreference(storage: Storage | null): ThemePreference {
  try {
    const stored = storage?.getItem(THEME_KEY);
    return isThemePreference(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

/**
 * Stores the choice ("system" by removing the key, so a browser that never chose keeps no
 * setting). False when storage refused: the choice then lasts only as long as the page.
 */
export function writeThemePreference(storage: Storage | null, choice: ThemePreference): boolean {
  try {
    if (!storage) return false;
    if (choice === 'system') storage.removeItem(THEME_KEY);
    else storage.setItem(THEME_KEY, choice);
    return true;
  } catch {
    return false;
  }
}

/**
 * The stored choice as the Theme control uses it (src/features/theme's SavedTheme), over
 * `storage`: src/app hands it over, so the feature itself never touches storage.
 */
export function savedThemePreference(storage: Storage | null) {
  return {
    read: () => readThemePreference(storage),
    write: (choice: ThemePreference) => writeThemePreference(storage, choice),
    // A `storage` event with no key: another tab cleared storage.
    changedBy: (key: string | null) => key === THEME_KEY || key === null,
  };
}
