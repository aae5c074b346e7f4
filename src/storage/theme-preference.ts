// The reader's choice of theme: a setting of this browser, stored under its own key beside the
// document (never in it), read before the first paint. Any failure reads as "follow the system".
import { THEME_KEY } from './envelope';

export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

export function isThemePreference(value: unknown): value is ThemePreference {
  return (THEME_PREFERENCES as readonly unknown[]).includes(value);
}

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
