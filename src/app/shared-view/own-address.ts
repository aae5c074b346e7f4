/**
 * This page's address without its fragment: following it loads the user's own Hindsight (a
 * link that drops the fragment is a real navigation, not a jump within the page).
 */
export function ownAddress(): string {
  return `${window.location.pathname}${window.location.search}`;
}

/** Leaves the shared link's address without loading anything (after an import is confirmed). */
export function forgetSharedAddress(): void {
  window.history.replaceState(window.history.state, '', ownAddress());
}
