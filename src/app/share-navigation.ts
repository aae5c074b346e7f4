import { isShareFragment } from '../formats/share-fragment';

/**
 * A shared link pasted into a tab that already shows Hindsight changes only the fragment, which
 * loads nothing: reload, so the page boots as the link asks (main.tsx). Unsaved edits are
 * written first by the `pagehide` handler (use-cross-tab-sync.ts).
 */
export function reloadOnShareLink(): () => void {
  const onHashChange = () => {
    if (isShareFragment(window.location.hash)) window.location.reload();
  };
  window.addEventListener('hashchange', onHashChange);
  return () => window.removeEventListener('hashchange', onHashChange);
}
