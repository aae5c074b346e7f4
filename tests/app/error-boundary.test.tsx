import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { clearLoadFailure, reportLoadFailure } from '../../src/ui/load-failure';

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

describe('root ErrorBoundary, when code would not load', () => {
  const missing = new TypeError(
    'Failed to fetch dynamically imported module: http://127.0.0.1/assets/AddArticle-old.js',
  );
  function Missing(): never {
    throw missing;
  }

  it('saves what the tab holds first, and says a newer version may be running', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // Vite's preload helper fires vite:preloadError for every import that fails (load-failure.ts).
    reportLoadFailure(missing);
    const onCrash = vi.fn();
    render(
      <ErrorBoundary readRaw={() => null} onCrash={onCrash}>
        <Missing />
      </ErrorBoundary>,
    );
    expect(onCrash).toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'A newer version of Hindsight is running, or you are offline. Reload to carry on.',
    );
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    clearLoadFailure();
  });
});
