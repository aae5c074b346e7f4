// Export file names carry the day of the export, so a folder of them sorts by date; the day is
// the user's calendar day, not UTC's, which can differ late in the evening.
import { toIsoDate } from '../domain/dates';

export type ExportKind = 'json' | 'csv' | 'md';

export const EXPORT_KINDS: readonly ExportKind[] = ['json', 'csv', 'md'];

export const EXPORT_MIME: Record<ExportKind, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
};

export function exportFileName(kind: ExportKind, now: Date): string {
  return `hindsight-scorecard-${toIsoDate(now)}.${kind}`;
}
