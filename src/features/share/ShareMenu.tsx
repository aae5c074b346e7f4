import { Suspense, useCallback, useId, useRef, useState } from 'react';
import type { AppData } from '../../domain/model';
import type { PartlyCredit } from '../../domain/scoring';
import { useDismiss } from '../../ui/use-dismiss';
import type { ShareOutcome } from './ShareResult';
import { lazyPart } from '../../ui/lazy-part';

// Only the button is part of the first load: the menu, what its choices do and the result
// panel load the first time it is opened.
const SharePanel = lazyPart(() => import('./SharePanel').then((m) => ({ default: m.SharePanel })));

/**
 * Share scorecard: a menu like Export's (Escape or a click elsewhere closes it, and Escape
 * gives the focus back to the button) that downloads the scorecard as one HTML file or copies
 * a read-only link that carries it.
 */
interface Props {
  data: AppData;
  partlyCredit: PartlyCredit;
  /** Per forecast id, the day it was edited after it was judged, which the HTML page shows. */
  editedAfterJudgement?: ReadonlyMap<string, string>;
  /** The catalogue the app ships (src/app/boot.ts), which a link leaves out. */
  loadCatalogue: () => Promise<AppData>;
}

export function ShareMenu({ data, partlyCredit, editedAfterJudgement, loadCatalogue }: Props) {
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    setOutcome(null);
  }, []);
  const shown = open || outcome !== null;
  useDismiss(shown, close, wrapperRef, buttonRef);

  return (
    <div className="export-menu share-menu" ref={wrapperRef}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => {
          setOutcome(null);
          setOpen((o) => !o);
        }}
      >
        Share scorecard
      </button>
      {shown && (
        <Suspense fallback={null}>
          <SharePanel
            menuId={menuId}
            menuOpen={open}
            outcome={outcome}
            data={data}
            partlyCredit={partlyCredit}
            loadCatalogue={loadCatalogue}
            {...(editedAfterJudgement !== undefined && { editedAfterJudgement })}
            onDone={(next) => {
              setOpen(false);
              setOutcome(next);
              if (next === null) buttonRef.current?.focus();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
