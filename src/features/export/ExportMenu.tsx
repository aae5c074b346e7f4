import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import type { AppData } from '../../domain/model';
import type { PartlyCredit } from '../../domain/scoring';
import type { RecordLog } from '../../formats/scorecard-build';
import { useDismiss } from '../../ui/use-dismiss';
import './export-menu.css';

// The choices, the export code and a big export's progress, fetched when the menu first opens.
const ExportSession = lazy(() => import('./ExportSession'));

interface Props {
  data: AppData;
  partlyCredit: PartlyCredit;
  /** The record's event log and "edited after it was judged" days, which the files carry. */
  log?: RecordLog;
}

export function ExportMenu({ data, partlyCredit, log }: Props) {
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
            {...(log !== undefined && { log })}
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
