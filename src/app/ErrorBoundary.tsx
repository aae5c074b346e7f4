import { Component, type ErrorInfo, type ReactNode } from 'react';
import { DownloadRawButton } from '../ui/DownloadRawButton';
import { loadFailure } from '../ui/load-failure';
import { reloadIntoNewest } from './reload';

interface Props {
  children: ReactNode;
  readRaw: () => string | null;
  /** Saves what the tab holds: the document engine outlives the screens that crashed. */
  onCrash?: () => void;
}

/** The last line of defence: whatever broke, the user's work is saved and they can take it away. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Hindsight crashed', error, info.componentStack);
    try {
      this.props.onCrash?.();
    } catch {
      // Nothing more to do: the crash screen offers the stored data as it is.
    }
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const raw = this.props.readRaw();
    return (
      <main className="crash" role="alert">
        <h1>Hindsight</h1>
        {loadFailure() ? (
          <p>A newer version of Hindsight is running, or you are offline. Reload to carry on.</p>
        ) : (
          <p>Something went wrong: {error.message}</p>
        )}
        <p>Your saved judgements are untouched in this browser.</p>
        <div className="crash-actions">
          {raw !== null && <DownloadRawButton raw={raw}>Download your data</DownloadRawButton>}
          <button type="button" onClick={reloadIntoNewest}>
            Reload
          </button>
        </div>
      </main>
    );
  }
}
