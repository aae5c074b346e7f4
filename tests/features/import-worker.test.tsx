import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEED_DATA } from '../../src/data/seed';
import type { AppData } from '../../src/domain/model';
import { ImportButton } from '../../src/features/import/ImportButton';
import { IMPORT_MAX_BYTES } from '../../src/formats/import-size';
import { serialiseScorecardJson } from '../../src/formats/scorecard';
import { useDocument } from '../../src/state/use-document';
import { makeData, makeForecast, makeJudgement, makeSource } from '../support/factories';
import { renderWithProviders } from '../support/render';
import { storageEntries } from '../support/stored';
import { importWorker } from '../../src/features/import/import-worker-core';
import { holdWorkers, releaseWorkers, useFakeWorker, type FakeWorker } from './fake-worker';
import type { ToImportWorker } from '../../src/features/import/import-messages';

const EXPORTED_AT = new Date('2026-11-20T10:00:00.000Z');

let workers: FakeWorker<ToImportWorker>[] = [];
beforeEach(() => {
  workers = useFakeWorker(importWorker);
});
afterEach(() => vi.unstubAllGlobals());

function Harness() {
  const { data } = useDocument();
  return <ImportButton data={data} disabled={false} />;
}

function fileData(): AppData {
  const source = makeSource({ id: 'src-file' });
  const forecasts = Array.from({ length: 3 }, (_, i) =>
    makeForecast({ id: `fc-file-${i}`, sourceId: source.id, claim: `File claim ${i}.` }),
  );
  const judgements = [makeJudgement({ id: 'j-file', forecastId: 'fc-file-0' })];
  return makeData({ sources: [source], forecasts, judgements });
}

const jsonFile = (text: string, name = 'scorecard.json') =>
  new File([text], name, { type: 'application/json' });

async function choose(file: File) {
  const view = renderWithProviders(<Harness />);
  const input = view.container.querySelector<HTMLInputElement>('input[type="file"]')!;
  await view.user.upload(input, file);
  return view;
}

const preview = () => screen.findByRole('dialog', { name: 'Import preview' }, { timeout: 5000 });

describe('Import through the worker', () => {
  it('shows progress, then a preview; Confirm brings the patch over and keeps the page’s objects', async () => {
    const { user, sync } = await choose(jsonFile(serialiseScorecardJson(fileData(), EXPORTED_AT)));
    const before = sync.getSnapshot().data;
    const dialog = await preview();
    expect(dialog).toHaveTextContent('Adds 1 article and 3 forecasts');
    expect(dialog).toHaveTextContent('Adds 1 judgement');
    expect(workers).toHaveLength(1);
    expect(workers[0]!.received).toEqual(['import', 'current', 'current', 'current', 'plan']);
    // Nothing changes before Confirm.
    expect(sync.getSnapshot().data).toBe(before);

    await user.click(within(dialog).getByRole('button', { name: 'Confirm import' }));
    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent('3 new forecasts, 0 changed, 1 new judgement');
    const after = sync.getSnapshot().data;
    expect(after.forecasts.map((f) => f.id)).toEqual([
      ...SEED_DATA.forecasts.map((f) => f.id),
      'fc-file-0',
      'fc-file-1',
      'fc-file-2',
    ]);
    // The forecasts already here are the very objects the page had, not copies from the worker.
    before.forecasts.forEach((f, i) => expect(after.forecasts[i]).toBe(f));
    expect(after.sources.slice(0, before.sources.length)).toEqual(before.sources);
    // The plan's patch crossed to the page only when asked for, at Confirm.
    expect(workers[0]!.received.slice(-2)).toEqual(['plan', 'send']);
    expect(workers[0]!.terminated).toBe(true);

    // Undo import takes it all back.
    await user.click(within(done).getByRole('button', { name: 'Undo import' }));
    expect(sync.getSnapshot().data.forecasts.map((f) => f.id)).toEqual(
      before.forecasts.map((f) => f.id),
    );
  });

  it('Cancel while the worker is busy stops it and leaves everything as it was', async () => {
    holdWorkers();
    const stored = storageEntries();
    const { user, sync } = await choose(jsonFile(serialiseScorecardJson(fileData(), EXPORTED_AT)));
    const before = sync.getSnapshot().data;
    const bar = await screen.findByRole('progressbar', { name: 'Import progress' });
    expect(bar).toHaveAttribute('aria-valuetext', expect.stringMatching(/^Reading the file/));
    expect(screen.getByRole('status')).toHaveTextContent('Importing scorecard.json');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(workers[0]!.terminated).toBe(true);
    expect(screen.getByRole('button', { name: 'Import' })).toHaveFocus();
    releaseWorkers();
    // Whatever the worker would have said next is never heard.
    await workers[0]!.idle();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(sync.getSnapshot().data).toBe(before);
    expect(storageEntries()).toEqual(stored);
  });

  it('refuses a deeply nested file with the path, in an alert', async () => {
    const deep = `{"format":"hindsight-scorecard","version":1,"forecasts":[${'['.repeat(5000)}${']'.repeat(5000)}]}`;
    await choose(jsonFile(deep, 'deep.json'));
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('forecasts[0][0][0]');
    expect(alert).toHaveTextContent('nested more than 64 levels deep');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('refuses a file over the size cap before any worker starts', async () => {
    const file = jsonFile('{}');
    Object.defineProperty(file, 'size', { value: IMPORT_MAX_BYTES + 1 });
    await choose(file);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Hindsight imports files up to 32 MB',
    );
    expect(workers).toHaveLength(0);
  });

  it('plans again at Confirm when the document changed since the preview', async () => {
    const { user, sync } = await choose(jsonFile(serialiseScorecardJson(fileData(), EXPORTED_AT)));
    const dialog = await preview();
    const mine = makeForecast({ id: 'fc-mine', sourceId: SEED_DATA.sources[0]!.id });
    sync.update((data) => ({ ...data, forecasts: [...data.forecasts, mine] }));

    await user.click(within(dialog).getByRole('button', { name: 'Confirm import' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('3 new forecasts'));
    const ids = sync.getSnapshot().data.forecasts.map((f) => f.id);
    expect(ids.slice(-4)).toEqual(['fc-mine', 'fc-file-0', 'fc-file-1', 'fc-file-2']);
    expect(workers[0]!.received.filter((type) => type === 'plan')).toHaveLength(2);
  });
});
