// The boot for a shared link (#share=…), chosen by main.tsx and fetched only then. It decodes
// the scorecard from the fragment (a compact link over the shipped catalogue, which it fetches
// as a first visit does) and shows it as a read-only report, over an in-memory document: the
// user's own storage is not read (until they ask to import) and never written by this view.
import type { Root } from 'react-dom/client';
import { decodeShareFragment } from '../../formats/share-link';
import type { AppShell } from './app-shell';
import { SharedViewRoot } from './SharedViewRoot';

export async function bootSharedView(root: Root, hash: string, shell: AppShell): Promise<void> {
  // Without the catalogue a link made before the compact form still opens; a compact one says why not.
  const catalogue = await shell.loadCatalogue().catch(() => null);
  const result = decodeShareFragment(hash, new Date(), catalogue);
  root.render(<SharedViewRoot shell={shell} hash={hash} result={result} />);
}
