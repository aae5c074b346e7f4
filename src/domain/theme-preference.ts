// The reader's choice of theme, a setting of this browser rather than part of the record: the
// values it may take, shared by storage (which keeps it) and the Theme control (which sets it).

export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

export function isThemePreference(value: unknown): value is ThemePreference {
  return (THEME_PREFERENCES as readonly unknown[]).includes(value);
}
