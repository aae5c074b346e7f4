import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppData } from '../../src/domain/model';
import { ExportMenu } from '../../src/features/export/ExportMenu';
import type { ToExportWorker } from '../../src/features/export/export-messages';
import { exportWorker } from '../../src/features/export/export-worker-core';
import { WORKER_FROM } from '../../src/features/export/export-file';
import { scorecardToCsv } from '../../src/formats/csv';
import { catchDownloads } from './catch-downloads';
import { makeData, makeForecast, makeJudgement } from '../support/factories';
import { holdWorkers, releaseWorkers, useFakeWorker, type FakeWorker } from './fake-worker';

/** Just enough forecasts for a CSV export to go to the worker. */
function bigData(): AppData {
  const forecasts = Array.from({ length: WORKER_FROM.csv }, (_, i) =>
    makeForecast({ claim: `Claim ${i}.`, speaker: `Speaker ${i % 7}` }),
  );
  const judgements = forecasts
    .filter((_, i) => i % 3 === 0)
    .map((f) => makeJudgement({ forecastId: f.id, outcome: 'incorrect' }));
  return makeData({ forecasts, judgements });
}

/** A file's bytes against the text's in UTF-8 (`Blob.text()` would drop a byte-order mark). */
async function sameBytes(file: Blob, text: string): Promise<boolean> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const expected = new TextEncoder().encode(text);
  return bytes.length === expected.length && bytes.every((byte, i) => byte === expected[i]);
}

let workers: FakeWorker<ToExportWorker>[] = [];
beforeEach(() => {
  workers = useFakeWorker(exportWorker);
});
afterEach(() => vi.unstubAllGlobals());

async function chooseCsv(data: AppData) {
  const user = userEvent.setup();
  render(<ExportMenu data={data} partlyCredit={0.5} />);
  await user.click(screen.getByRole('button', { name: 'Export' }));
  await user.click(await screen.findByRole('button', { name: 'CSV' }));
  return user;
}

describe('a big export, written in a worker', () => {
  it('shows progress and downloads the same file the page would write', async () => {
    const downloads = catchDownloads();
    const data = bigData();
    // The worker waits until the progress has been seen: on a busy machine a free worker could
    // finish the whole export before the first look, and the bar would be gone.
    holdWorkers();
    await chooseCsv(data);
    expect(await screen.findByRole('progressbar', { name: 'Export progress' })).toBeVisible();
    releaseWorkers();
    await waitFor(() => expect(downloads.names).toHaveLength(1), { timeout: 10_000 });
    expect(downloads.names[0]).toMatch(/^hindsight-scorecard-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await sameBytes(downloads.blobs[0]!, scorecardToCsv(data))).toBe(true);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.received.at(-1)).toBe('export');
    expect(workers[0]!.terminated).toBe(true);
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(screen.getByRole('button', { name: 'Export' })).toHaveFocus();
  });

  it('Cancel stops the worker: no file, no error', async () => {
    const downloads = catchDownloads();
    holdWorkers();
    const user = await chooseCsv(bigData());
    await screen.findByRole('progressbar', { name: 'Export progress' });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(workers[0]!.terminated).toBe(true);
    releaseWorkers();
    await workers[0]!.idle();
    expect(downloads.names).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Export' })).toHaveFocus();
  });

  it('a small export stays on the page', async () => {
    const downloads = catchDownloads();
    const data = makeData({ forecasts: [makeForecast()] });
    await chooseCsv(data);
    await waitFor(() => expect(downloads.names).toHaveLength(1));
    expect(workers).toHaveLength(0);
    expect(await sameBytes(downloads.blobs[0]!, scorecardToCsv(data))).toBe(true);
  });
});
