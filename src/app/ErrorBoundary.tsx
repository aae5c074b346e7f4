import { Component, type ErrorInfo, type ReactNode } from 'react';
import { DownloadRawButton } from '../ui/DownloadRawButton';

interface Props {
  children: ReactNode;
  readRaw: () => string | null;
}

/** The last line of defence: whatever broke, the user can still take their data away. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Hindsight crashed', error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    const raw = this.props.readRaw();
    return (
      <main className="crash" role="alert">
        <h1>Hindsight</h1>
        <p>Something went wrong: {this.state.error.message}</p>
        <p>Your saved judgements are untouched in this browser.</p>
        <div className="crash-actions">
          {raw !== null && <DownloadRawButton raw={raw}>Download your data</DownloadRawButton>}
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      </main>
    );
  }
}
