import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import type { AppData } from '../../domain/model';
import type { PartlyCredit } from '../../domain/scoring';
import { useDismiss } from '../../ui/use-dismiss';
import './export-menu.css';

// The choices, the export code and a big export's progress, fetched when the menu first opens.
const ExportSession = lazy(() => import('./ExportSession'));

export function ExportMenu({ data, partlyCredit }: { data: AppData; partlyCredit: PartlyCredit }) {
  const [open, setOpen] = useState(false);
  // Once opened, the session stays: a big export's progress outlives the menu.
  const [opened, setOpened] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);

  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, wrapperRef, buttonRef);

  return (
    <div className="export-menu" ref={wrapperRef}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => {
          setOpened(true);
          setOpen(!open);
        }}
      >
        Export
      </button>
      {opened && (
        <Suspense fallback={null}>
          <ExportSession
            data={data}
            partlyCredit={partlyCredit}
            open={open}
            setOpen={setOpen}
            menuId={menuId}
            buttonRef={buttonRef}
          />
        </Suspense>
      )}
    </div>
  );
}
