// The page's header: the app's name and what it does (where the record is kept: this browser,
// or a desk), and the actions on the whole record.
import type { RecordView } from '../state/derived/record';
import type { AppData } from '../domain/model';
import type { PartlyCredit } from '../domain/scoring';
import { DeskControl } from '../features/desk/DeskControl';
import { ExportMenu } from '../features/export/ExportMenu';
import { ImportButton } from '../features/import/ImportButton';
import { DueButton } from '../features/review/DueButton';
import { ShareMenu } from '../features/share/ShareMenu';
import { ThemeSelect } from '../features/theme/ThemeSelect';
import { useDeskStatus } from '../state/use-desk';
import { PageNav } from '../ui/routing/PageNav';
import type { Route } from '../ui/routing/route';
import { startPageTheme } from './page-theme';

// The shipped catalogue, which a share link leaves out; the boot's loader, reached only when a
// link is made (boot.ts is already loaded by then: it stays out of the header's tests).
const loadCatalogue = () => import('./boot').then((m) => m.loadInitialData());

interface Props {
  /** The page shown, whose link is marked as current. */
  page: Route['page'];
  data: AppData;
  record: RecordView;
  partlyCredit: PartlyCredit;
  readOnly: boolean;
  /** How many forecasts are due for judgement. */
  due: number;
  onGoToQueue: () => void;
  onAddArticle: () => void;
  onOpenSource: (id: string) => void;
}

export function AppHeader({ page, data, record, partlyCredit, readOnly, due, ...on }: Props) {
  const desk = useDeskStatus();
  return (
    <header className="app-header">
      <div>
        <h1>Hindsight</h1>
        <p className="tagline">
          Pundits’ forecasts, checked against what happened.{' '}
          {desk ? `Kept with desk ${desk.desk}.` : 'Everything stays in this browser.'}
        </p>
        <PageNav page={page} />
      </div>
      <div className="header-actions">
        <DueButton count={due} onActivate={on.onGoToQueue} queueShown={page === 'forecasts'} />
        <button type="button" onClick={on.onAddArticle} disabled={readOnly}>
          Add article
        </button>
        <ImportButton data={data} disabled={readOnly} onOpenSource={on.onOpenSource} />
        <ExportMenu data={data} partlyCredit={partlyCredit} log={record} />
        <ShareMenu
          data={data}
          partlyCredit={partlyCredit}
          editedAfterJudgement={record.editedAfterJudgement}
          loadCatalogue={loadCatalogue}
        />
        <ThemeSelect controller={startPageTheme()} />
        <DeskControl sources={data.sources} />
      </div>
    </header>
  );
}
