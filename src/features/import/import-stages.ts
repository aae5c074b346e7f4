// How an import's progress reads: each stage's words, and one bar across all of them, each
// stage taking a share of it roughly as long as it takes (validation takes the most).
import type { ImportProgress, ImportStage } from './import-messages';

const STAGES: Record<ImportStage, { label: string; from: number; to: number; unit?: string }> = {
  read: { label: 'Reading the file', from: 0, to: 0.1 },
  parse: { label: 'Parsing', from: 0.1, to: 0.25 },
  validate: { label: 'Checking each forecast', from: 0.25, to: 0.65, unit: 'forecasts' },
  check: { label: 'Checking the file against itself', from: 0.65, to: 0.85 },
  plan: { label: 'Comparing it with your data', from: 0.85, to: 0.9 },
  receive: { label: 'Applying the import', from: 0.9, to: 1 },
};

// One formatter, made once: toLocaleString builds one per call, which shows at 80 updates.
const NUMBER = new Intl.NumberFormat('en');
const count = (n: number) => NUMBER.format(n);
const MB = 1024 * 1024;

export const stageLabel = (stage: ImportStage): string => STAGES[stage].label;

/** How far the whole import is, from 0 to 1. */
export function overallFraction({ stage, done, total }: ImportProgress): number {
  const { from, to } = STAGES[stage];
  const within = done !== undefined && total ? Math.min(1, done / total) : 0;
  return from + (to - from) * within;
}

/** The stage with how far through it, e.g. "Checking each forecast: 42,000 of 84,931". */
export function progressText(progress: ImportProgress): string {
  const { stage, done, total } = progress;
  const { label, unit } = STAGES[stage];
  if (done === undefined || !total) return label;
  if (stage === 'read')
    return `${label}: ${(done / MB).toFixed(1)} of ${(total / MB).toFixed(1)} MB`;
  if (stage === 'receive') return `${label}: ${Math.round((done / total) * 100)}%`;
  return `${label}: ${count(done)} of ${count(total)}${unit ? ` ${unit}` : ''}`;
}
