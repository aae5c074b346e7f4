import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UpdateNotice } from '../../src/app/UpdateNotice';

describe('UpdateNotice', () => {
  it('says a new version is ready, and Reload starts it once', async () => {
    const user = userEvent.setup();
    const onReload = vi.fn(() => new Promise<void>(() => {}));
    const onLater = vi.fn();
    render(<UpdateNotice onReload={onReload} onLater={onLater} />);
    expect(screen.getByText('A new version is ready.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    // While the new version takes over, neither button can be pressed again.
    expect(screen.getByRole('button', { name: 'Reload' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Later' })).toBeDisabled();
    expect(onLater).not.toHaveBeenCalled();
  });

  it('calls Later without reloading', async () => {
    const user = userEvent.setup();
    const onReload = vi.fn(async () => {});
    const onLater = vi.fn();
    render(<UpdateNotice onReload={onReload} onLater={onLater} />);
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(onLater).toHaveBeenCalledTimes(1);
    expect(onReload).not.toHaveBeenCalled();
  });
});
