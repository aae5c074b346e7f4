// The scorecard as text: the outer object indented, each item of its lists on one line.
import type { AppData } from '../domain/model';
import type { PartlyCredit } from '../domain/scoring';
import { buildScorecard, type RecordLog } from './scorecard-build';
import type { AnyScorecard } from './scorecard-schema';

/**
 * The scorecard as JSON, in pieces to be joined (or handed to a Blob as they are): the outer
 * object indented, and each source, forecast, lexicon entry and speaker on one line of its own.
 * A file of 10,000 forecasts is a fifth smaller than fully indented JSON and quicker to write,
 * and it still reads and diffs well: one forecast, one line.
 */
export function scorecardJsonParts(scorecard: AnyScorecard): string[] {
  const parts: string[] = ['{\n'];
  const entries = Object.entries(scorecard).filter(([, value]) => value !== undefined);
  entries.forEach(([key, value], i) => {
    parts.push(`  ${JSON.stringify(key)}: `);
    if (key === 'summary' && typeof value === 'object' && value !== null) {
      objectOfLines(parts, value as Record<string, unknown>, '  ');
    } else if (Array.isArray(value)) {
      arrayOfLines(parts, value, '  ');
    } else {
      parts.push(JSON.stringify(value));
    }
    parts.push(i < entries.length - 1 ? ',\n' : '\n');
  });
  parts.push('}\n');
  return parts;
}

// Both append to `parts` rather than return pieces to spread into it: spreading 80,000 lines
// into one push overflows a worker's stack.

/** `[` then one item per line, indented under `indent`, then `]`. */
function arrayOfLines(parts: string[], items: readonly unknown[], indent: string): void {
  if (items.length === 0) {
    parts.push('[]');
    return;
  }
  parts.push('[\n');
  items.forEach((item, i) => {
    parts.push(`${indent}  ${JSON.stringify(item)}${i < items.length - 1 ? ',' : ''}\n`);
  });
  parts.push(`${indent}]`);
}

/** `{` then each field on its own line, arrays in it one item per line, then `}`. */
function objectOfLines(parts: string[], record: Record<string, unknown>, indent: string): void {
  const entries = Object.entries(record).filter(([, value]) => value !== undefined);
  parts.push('{\n');
  entries.forEach(([key, value], i) => {
    parts.push(`${indent}  ${JSON.stringify(key)}: `);
    if (Array.isArray(value)) arrayOfLines(parts, value, `${indent}  `);
    else parts.push(JSON.stringify(value));
    parts.push(i < entries.length - 1 ? ',\n' : '\n');
  });
  parts.push(`${indent}}`);
}

export function serialiseScorecardJson(
  data: AppData,
  exportedAt: Date,
  partlyCredit?: PartlyCredit,
  log?: RecordLog,
): string {
  return scorecardJsonParts(buildScorecard(data, exportedAt, partlyCredit, log)).join('');
}
