import type { AppData } from '../../domain/model';
import { DEFAULT_PARTLY_CREDIT, type PartlyCredit } from '../../domain/scoring';
import { EXPORT_MIME, exportFileName, type ExportKind } from '../../formats/file-names';
import { downloadText } from '../../ui/download';

// The serialisers (and papaparse) load on first use: nobody needs them to read the page.
async function render(
  kind: ExportKind,
  data: AppData,
  now: Date,
  credit: PartlyCredit,
): Promise<string | string[]> {
  switch (kind) {
    case 'json': {
      const { buildScorecard, scorecardJsonParts } = await import('../../formats/scorecard');
      return scorecardJsonParts(buildScorecard(data, now, credit));
    }
    case 'csv':
      return (await import('../../formats/csv')).scorecardToCsv(data);
    case 'md':
      return (await import('../../formats/markdown')).scorecardToMarkdown(data, now, credit);
  }
}

/**
 * Downloads the scorecard as `hindsight-scorecard-YYYY-MM-DD.<ext>`, its accuracy figures with
 * the credit for "partly correct" the reader has chosen.
 */
export async function exportScorecard(
  kind: ExportKind,
  data: AppData,
  credit: PartlyCredit = DEFAULT_PARTLY_CREDIT,
  now = new Date(),
): Promise<void> {
  downloadText(exportFileName(kind, now), EXPORT_MIME[kind], await render(kind, data, now, credit));
}
