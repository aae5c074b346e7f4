// Speakers: each name the record shows, with their forecasts and role; a name and role edited
// once for all their forecasts; two names merged into one ("Powell" into "Jerome Powell"), so
// the scorecard and the track records give them one row, and unmerged again.
import { memo, useCallback, useId, useMemo, useState, type FormEvent } from 'react';
import type { Forecast } from '../../domain/model';
import { showUndo } from '../../state/undo-notice';
import { useCurationActions } from '../../state/use-curation-actions';
import { useDocumentValue, type RecordSnapshot } from '../../state/use-document';
import { sameInFields } from '../../shared/same-items';
import { FieldError } from '../../ui/FieldError';
import { useSame } from '../../ui/use-same';
import { speakerList } from './speaker-list';
import { SpeakerRow } from './SpeakerRow';
import './speakers.css';

interface Props {
  forecasts: readonly Forecast[];
  readOnly: boolean;
}

const SAME_SPEAKERS = sameInFields<Forecast>('speaker', 'speakerRole');

const aliasesOf = (snapshot: RecordSnapshot) => snapshot.record.aliases;

export const SpeakersPanel = memo(function SpeakersPanel({ forecasts, readOnly }: Props) {
  const id = useId();
  const aliases = useDocumentValue(useCallback(aliasesOf, []));
  // Listed again only when a name or a role changes, not on every edit of a claim.
  const named = useSame(forecasts, SAME_SPEAKERS);
  const speakers = useMemo(() => speakerList(named, aliases), [named, aliases]);
  const { mergeSpeakers } = useCurationActions();
  const [alias, setAlias] = useState('');
  const [into, setInto] = useState('');
  const [error, setError] = useState<string | null>(null);

  function merge(event: FormEvent) {
    event.preventDefault();
    const from = alias || speakers[0]?.name || '';
    const to = into || speakers.find((s) => s.name !== from)?.name || '';
    if (!from || !to || from === to) {
      setError('Choose two different speakers: the one to merge, and the one to show it as.');
      return;
    }
    setError(null);
    const eventId = mergeSpeakers(from, to);
    setAlias('');
    setInto('');
    if (eventId) showUndo({ message: `Merged “${from}” into “${to}”.`, eventId });
  }

  const names = speakers.map((s) => s.name);
  const from = alias || names[0] || '';
  const to = into || names.find((n) => n !== from) || '';

  return (
    <section className="speakers panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Speakers</h2>
      <p className="hint">
        One person catalogued under two names (“Powell”, “Jerome Powell”) counts as two speakers
        until you merge them; each keeps the name it was catalogued under, and Unmerge parts them.
      </p>
      {names.length >= 2 && (
        <form className="merge-form" onSubmit={merge} aria-label="Merge speakers" noValidate>
          <div className="field">
            <label htmlFor={`${id}-alias`}>Merge speaker</label>
            <select id={`${id}-alias`} value={from} onChange={(e) => setAlias(e.target.value)}>
              {names.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-into`}>Into</label>
            <select id={`${id}-into`} value={to} onChange={(e) => setInto(e.target.value)}>
              {names
                .filter((n) => n !== from)
                .map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
            </select>
          </div>
          <button type="submit" disabled={readOnly}>
            Merge
          </button>
          <FieldError message={error} />
        </form>
      )}
      <ul className="speaker-list">
        {speakers.map((speaker) => (
          <SpeakerRow key={speaker.name} speaker={speaker} readOnly={readOnly} />
        ))}
      </ul>
    </section>
  );
});
