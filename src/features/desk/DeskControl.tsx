// The header's desk control: on the reader's own record, a **Desk** button that opens the form
// to join one; on a desk, its status bar (who is online, what waits, Leave desk). Both parts are
// fetched when first shown: a reader who never joins a desk loads neither.
import { Suspense, useState } from 'react';
import type { Source } from '../../domain/model';
import { useDeskStatus } from '../../state/use-desk';
import { lazyPart } from '../../ui/lazy-part';

const DeskDialog = lazyPart(() => import('./DeskDialog').then((m) => ({ default: m.DeskDialog })));
const DeskBar = lazyPart(() => import('./DeskBar').then((m) => ({ default: m.DeskBar })));

export function DeskControl({ sources }: { sources: readonly Source[] }) {
  const status = useDeskStatus();
  const [open, setOpen] = useState(false);
  if (status)
    return (
      <Suspense fallback={<p role="status">Desk {status.desk}</p>}>
        <DeskBar status={status} />
      </Suspense>
    );
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Desk
      </button>
      {open && (
        <Suspense fallback={null}>
          <DeskDialog sources={sources} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
