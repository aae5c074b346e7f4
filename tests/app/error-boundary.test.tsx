import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';

function Broken(): never {
  throw new Error('render exploded');
}

describe('root ErrorBoundary', () => {
  it('offers the raw stored data and a reload when the app crashes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:raw';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(
      <ErrorBoundary readRaw={() => '{"schemaVersion":1,"rev":4}'}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('render exploded');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Download your data' }));
    expect(await created[0]!.text()).toBe('{"schemaVersion":1,"rev":4}');
  });
});
