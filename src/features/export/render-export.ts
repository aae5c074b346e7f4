// The text of an export, for the page and the export worker alike. The serialisers (and
// papaparse) load on first use: nobody needs them to read the page.
import type { AppData } from '../../domain/model';
import type { PartlyCredit } from '../../domain/scoring';
import type { ExportKind } from '../../formats/file-names';
import type { RecordLog } from '../../formats/scorecard-build';

const NO_LOG: RecordLog = { events: [], editedAfterJudgement: new Map() };

export async function renderExport(
  kind: ExportKind,
  data: AppData,
  now: Date,
  credit: PartlyCredit,
  log: RecordLog = NO_LOG,
): Promise<string | string[]> {
  switch (kind) {
    case 'json': {
      const { buildScorecard, scorecardJsonParts } = await import('../../formats/scorecard');
      return scorecardJsonParts(buildScorecard(data, now, credit, log));
    }
    case 'csv':
      return (await import('../../formats/csv')).scorecardToCsv(data, log.editedAfterJudgement);
    case 'md':
      return (await import('../../formats/markdown')).scorecardToMarkdown(
        data,
        now,
        credit,
        log.editedAfterJudgement,
      );
  }
}

/**
 * Starts loading the serialisers when the Export menu opens, so that the first export does not
 * wait for them; a failure here is left to the export itself to report.
 */
export function preloadExports(): void {
  const ignore = () => {};
  import('../../formats/scorecard').catch(ignore);
  import('../../formats/csv').catch(ignore);
  import('../../formats/markdown').catch(ignore);
}
