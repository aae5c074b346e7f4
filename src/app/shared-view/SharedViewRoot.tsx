import { StrictMode, useEffect, useState } from 'react';
import type { ImportPlan } from '../../domain/import-plan';
import type { SharedScorecard } from '../../formats/share-link';
import type { StoreContextValue } from '../../state/store-context';
// Imported here, not handed over by main.tsx: the first load no longer holds it (the Import
// button fetches it with the rest of an import), so it costs the first load nothing.
import { ImportDone } from '../../features/import/ImportDone';
import type { AppShell } from './app-shell';
import { readOnlyContext } from './read-only-document';
import { ReportApp } from './ReportApp';
import { SharedBanner } from './SharedBanner';
import { SharedLinkError } from './SharedLinkError';
import './shared-view.css';

type Shared = Extract<SharedScorecard, { ok: true }>;

const noRaw = () => null;

function SharedView({
  shell,
  shared,
  onImported,
}: {
  shell: AppShell;
  shared: Shared;
  onImported: (own: StoreContextValue, plan: ImportPlan) => void;
}) {
  const { AppProviders, ErrorBoundary } = shell;
  const [context] = useState(() => readOnlyContext(shared.data));
  return (
    <ErrorBoundary readRaw={noRaw}>
      <AppProviders context={context}>
        <div className="shared-view">
          <SharedBanner
            bootStore={shell.bootStore}
            data={shared.data}
            exportedAt={shared.exportedAt}
            warnings={shared.warnings}
            onImported={onImported}
          />
          <ReportApp />
        </div>
      </AppProviders>
    </ErrorBoundary>
  );
}

type Mode =
  { kind: 'shared' } | { kind: 'own'; context: StoreContextValue; plan: ImportPlan | null };

interface Props {
  shell: AppShell;
  /** The fragment the page was opened with. */
  hash: string;
  result: SharedScorecard;
}

/**
 * A shared link's page: the read-only view of its scorecard (or why it cannot be shown), until
 * the user imports it; from then on, their own Hindsight with the import merged.
 */
export function SharedViewRoot({ shell, hash, result }: Props) {
  const [mode, setMode] = useState<Mode>({ kind: 'shared' });
  const own = mode.kind === 'own';
  const { OwnApp, reloadOnShareLink } = shell;
  // Another shared link pasted in is another page; an in-page link (Skip to forecasts) is not.
  useEffect(() => reloadOnShareLink(own ? undefined : hash), [own, hash, reloadOnShareLink]);
  useEffect(() => {
    document.title = own ? 'Hindsight' : 'Shared scorecard – Hindsight';
  }, [own]);

  if (mode.kind === 'own') {
    return (
      <OwnApp context={mode.context}>
        {mode.plan && (
          <ImportDone
            what="the shared scorecard"
            plan={mode.plan}
            takeFocus
            onClose={() => setMode({ ...mode, plan: null })}
          />
        )}
      </OwnApp>
    );
  }
  return (
    <StrictMode>
      {result.ok ? (
        <SharedView
          shell={shell}
          shared={result}
          onImported={(context, plan) => setMode({ kind: 'own', context, plan })}
        />
      ) : (
        <SharedLinkError reason={result.reason} details={result.details} />
      )}
    </StrictMode>
  );
}
