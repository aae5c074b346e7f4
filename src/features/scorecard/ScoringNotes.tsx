import { useState } from 'react';
import { ScrollBox } from '../../ui/ScrollBox';

/**
 * docs/scoring.md, the formulas behind every figure, shown in place: bundled as text in its own
 * chunk and loaded only when opened, so the page stays light and needs no network.
 */
export function ScoringNotes() {
  const [text, setText] = useState<string | null>(null);
  return (
    <details
      className="scoring-notes"
      onToggle={(e) => {
        if ((e.target as HTMLDetailsElement).open && text === null) {
          void import('../../../docs/scoring.md?raw').then((m) => setText(m.default));
        }
      }}
    >
      <summary>How these are computed (docs/scoring.md)</summary>
      {text === null ? (
        <p className="hint">Loading…</p>
      ) : (
        <ScrollBox label="How these are computed" className="scoring-notes-text">
          <pre>{text}</pre>
        </ScrollBox>
      )}
    </details>
  );
}
