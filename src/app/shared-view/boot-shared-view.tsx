// The boot for a shared link (#share=…), chosen by main.tsx and fetched only then. It decodes
// the scorecard from the fragment and shows it read-only, over an in-memory document: the
// user's own storage is not read (until they ask to import) and never written by this view.
import type { Root } from 'react-dom/client';
import { decodeShareFragment } from '../../formats/share-link';
import type { AppShell } from './app-shell';
import { SharedViewRoot } from './SharedViewRoot';

export function bootSharedView(root: Root, hash: string, shell: AppShell): void {
  const result = decodeShareFragment(hash, new Date());
  root.render(<SharedViewRoot shell={shell} hash={hash} result={result} />);
}
