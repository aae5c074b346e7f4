import { isShareFragment } from '../formats/share-fragment';

/**
 * A shared link pasted into a tab that already shows Hindsight changes only the fragment, which
 * loads nothing: reload, so the page boots as the link asks (main.tsx). Unsaved edits are
 * written first by the `pagehide` handler (use-cross-tab-sync.ts). `current` is the link the
 * page already shows, if any: coming back to it (Back after an in-page link) is not a new link.
 */
export function reloadOnShareLink(current?: string): () => void {
  const onHashChange = () => {
    const hash = window.location.hash;
    if (isShareFragment(hash) && hash !== current) window.location.reload();
  };
  window.addEventListener('hashchange', onHashChange);
  return () => window.removeEventListener('hashchange', onHashChange);
}
