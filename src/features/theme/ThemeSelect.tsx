import { useId, useState, useSyncExternalStore } from 'react';
import type { ThemePreference } from '../../domain/theme-preference';
import type { ThemeController } from './theme';
import './theme.css';

const CHOICES: { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** The header's Theme control: follow the system, or always light, or always dark. */
export function ThemeSelect({ controller }: { controller: ThemeController }) {
  const id = useId();
  const choice = useSyncExternalStore(controller.subscribe, controller.choice);
  const [unsaved, setUnsaved] = useState(false);
  return (
    <div className="theme-select">
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        value={choice}
        aria-describedby={unsaved ? `${id}-unsaved` : undefined}
        onChange={(e) => setUnsaved(!controller.choose(e.target.value as ThemePreference))}
      >
        {CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      {unsaved && (
        <span id={`${id}-unsaved`} className="theme-unsaved" role="status">
          For this visit only: this browser will not let Hindsight store it.
        </span>
      )}
    </div>
  );
}
