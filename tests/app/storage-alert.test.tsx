// What the storage alert says when data cannot be read: Start fresh only for data read and found
// bad, with what its backup holds; a read that failed offers Reload instead.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeBackup, StorageAlert } from '../../src/app/StorageAlert';
import { makeData } from '../support/factories';

const alert = (problem: Parameters<typeof StorageAlert>[0]['problem']) =>
  render(
    <StorageAlert
      problem={problem}
      readOnly
      data={makeData()}
      readRaw={() => 'raw'}
      onStartFresh={() => null}
    />,
  );

describe('StorageAlert', () => {
  it('says what the backup holds beside Start fresh', () => {
    alert({
      kind: 'unreadable',
      message: 'Your saved data could not be read (x).',
      backupKey: 'hindsight:backup:2026-11-24T10:00:00.000Z',
      backup: {
        key: 'hindsight:backup:2026-11-24T10:00:00.000Z',
        chars: 61_500,
        forecasts: 1234,
        judgements: 1,
      },
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'A copy is kept in this browser under “hindsight:backup:2026-11-24T10:00:00.000Z” (123 kB; 1,234 forecasts and 1 judgement).',
    );
    expect(screen.getByRole('button', { name: 'Start fresh' })).toBeInTheDocument();
  });

  it.each([
    [{ key: 'k', chars: 2000 }, '4.0 kB; what it holds could not be counted'],
    [{ key: 'k', chars: 10, forecasts: 0, judgements: 0 }, '0.0 kB; 0 forecasts and 0 judgements'],
  ])('describes a backup %j as “%s”', (backup, text) => {
    expect(describeBackup(backup)).toBe(text);
  });

  it('offers Reload, never Start fresh, when reading failed', () => {
    alert({ kind: 'read-failed', message: 'Your saved data could not be read just now.' });
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start fresh' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Download raw data' })).toBeInTheDocument();
  });
});
