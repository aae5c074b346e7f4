// A figure, its budget and its verdict; the table the bench prints and the results file it
// writes. A figure that could not be measured has the value null and the reason in its detail;
// one with a budget then counts as missed, so the bench never passes on what it did not see.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export type Unit = 'ms' | 'kB' | 'bytes' | 'MB' | '×' | 'count';

export interface Figure {
  name: string;
  /** null when it could not be measured (the reason is in `detail`). */
  value: number | null;
  unit: Unit;
  /** Pass when value ≤ budget; null for a figure reported without a budget. */
  budget: number | null;
  detail: string;
  /** Fails the bench when not measured, though it has no budget (a step others depend on). */
  required?: boolean;
}

export interface Verdict extends Figure {
  ok: boolean;
  verdict: string;
}

export const median = (xs: number[]): number => quantile(xs, 0.5);

/** Nearest-rank quantile: the smallest value with at least q of the values at or below it. */
export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const ms = (x: number | null | undefined) =>
  x === null || x === undefined || Number.isNaN(x) ? '—' : `${x.toFixed(1)} ms`;

export function formatValue(value: number | null, unit: Unit): string {
  if (value === null || Number.isNaN(value)) return '—';
  switch (unit) {
    case 'ms':
    case 'kB':
    case 'MB':
      return `${value.toFixed(1)} ${unit}`;
    case '×':
      return `${value.toFixed(2)} ×`;
    case 'bytes':
      return `${Math.round(value).toLocaleString('en')} B`;
    case 'count':
      return String(Math.round(value));
  }
}

/** The reason a figure is missing, as a figure: missed if it has a budget. */
export function notMeasured(
  name: string,
  unit: Unit,
  budget: number | null,
  reason: string,
  required = budget !== null,
): Figure {
  return { name, value: null, unit, budget, detail: reason, required };
}

export const reasonOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);

export function judge(f: Figure): Verdict {
  if (f.value === null || Number.isNaN(f.value)) {
    const ok = f.budget === null && f.required !== true;
    return { ...f, value: null, ok, verdict: ok ? 'not measured' : 'NOT MEASURED' };
  }
  if (f.budget === null) return { ...f, ok: true, verdict: '' };
  const ok = f.value <= f.budget;
  return { ...f, ok, verdict: ok ? 'within budget' : 'OVER BUDGET' };
}

export interface Machine {
  cpuCount: number;
  cpuModel: string;
  ramGiB: number;
  node: string;
  chromium: string;
}

export function machine(chromium: string): Machine {
  return {
    cpuCount: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    ramGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
  };
}

const cell = (s: string) => s.replaceAll('|', '\\|');

/**
 * Prints the table, writes `bench/results.json` unless `partial` says why the run is not the
 * whole benchmark, and sets the exit code on a missed budget.
 */
export function report(
  root: string,
  figures: Figure[],
  host: Machine,
  partial: string | null,
  notes: string[],
): void {
  const rows = figures.map(judge);
  const summary = `${host.cpuCount} × ${host.cpuModel}, ${host.ramGiB} GiB, Node ${host.node}, Chromium ${host.chromium}`;
  console.log(`\nHindsight benchmark — ${summary}\n`);
  console.log('| figure | value | budget | verdict | detail |\n| --- | ---: | ---: | --- | --- |');
  for (const r of rows) {
    const budget = r.budget === null ? '—' : `≤ ${formatValue(r.budget, r.unit)}`;
    console.log(
      `| ${cell(r.name)} | ${formatValue(r.value, r.unit)} | ${budget} | ${r.verdict} | ${cell(r.detail)} |`,
    );
  }
  for (const note of notes) console.log(`\n${note}`);
  if (partial === null) {
    mkdirSync(join(root, 'bench'), { recursive: true });
    const results = {
      measuredAt: new Date().toISOString(),
      machine: summary,
      host,
      notes,
      figures: rows,
    };
    writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  } else {
    console.log(`\n${partial}: bench/results.json is left as it was.`);
  }
  const missed = rows.filter((r) => !r.ok);
  if (missed.length > 0) {
    console.error(`\n${missed.length} budget(s) missed: ${missed.map((r) => r.name).join('; ')}`);
    process.exitCode = 1;
  }
}
