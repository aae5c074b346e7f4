// The storage alert is loaded lazily. When its own file is gone (a deploy, no service worker to
// keep it), the tab that meets data saved by a newer version still says so and offers Reload.
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppAlerts } from '../../src/app/AppAlerts';
import { clearLoadFailure } from '../../src/ui/load-failure';
import { renderWithProviders } from '../support/render';
import { saveAsNewerVersion } from '../support/stored';

vi.mock('../../src/app/StorageAlert', () => {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/StorageAlert-old.js');
});

afterEach(() => clearLoadFailure());

describe('data saved by a newer version, with the storage alert’s file gone', () => {
  it('still says a newer version is running and offers Reload, and nothing crashes', async () => {
    const { sync } = renderWithProviders(<AppAlerts />);
    saveAsNewerVersion();
    await act(() => sync.refresh());
    expect(sync.getSnapshot()).toMatchObject({ readOnly: true, problem: { kind: 'newer' } });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('A newer version of Hindsight is running. Your work is saved.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});
