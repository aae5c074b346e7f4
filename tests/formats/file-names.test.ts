import { describe, expect, it } from 'vitest';
import { EXPORT_MIME, exportFileName, type ExportKind } from '../../src/formats/file-names';

describe('exportFileName', () => {
  it.each<[ExportKind, string]>([
    ['json', 'hindsight-scorecard-2024-03-09.json'],
    ['csv', 'hindsight-scorecard-2024-03-09.csv'],
    ['md', 'hindsight-scorecard-2024-03-09.md'],
  ])('names a %s export by the local calendar day', (kind, name) => {
    expect(exportFileName(kind, new Date(2024, 2, 9, 23, 59))).toBe(name);
  });

  it('uses the local day on the last evening of a year too', () => {
    const lateEvening = new Date(2024, 11, 31, 23, 30);
    expect(exportFileName('csv', lateEvening)).toBe('hindsight-scorecard-2024-12-31.csv');
  });
});

describe('EXPORT_MIME', () => {
  it.each<[ExportKind, string]>([
    ['json', 'application/json'],
    ['csv', 'text/csv;charset=utf-8'],
    ['md', 'text/markdown;charset=utf-8'],
  ])('serves %s as %s', (kind, mime) => {
    expect(EXPORT_MIME[kind]).toBe(mime);
  });
});
