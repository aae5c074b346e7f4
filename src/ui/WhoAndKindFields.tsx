import { FORECAST_KINDS, KIND_LABELS, type ForecastKind } from '../domain/model';

/** Who made a forecast and what kind it is: the fields every forecast form shares. */
export interface WhoAndKind {
  speaker: string;
  role: string;
  kind: ForecastKind;
}

interface Props {
  /** Prefix for the inputs' ids (from useId), unique on the page. */
  id: string;
  values: WhoAndKind;
  onChange: (key: keyof WhoAndKind, value: string) => void;
  /** Names to offer as the speaker is typed. */
  speakers?: readonly string[];
}

/** Speaker, Role and Kind, in a row of fields. */
export function WhoAndKindFields({ id, values, onChange, speakers }: Props) {
  const listId = speakers ? `${id}-speakers` : undefined;
  return (
    <div className="editor-row">
      <div className="field">
        <label htmlFor={`${id}-speaker`}>Speaker</label>
        <input
          id={`${id}-speaker`}
          value={values.speaker}
          onChange={(e) => onChange('speaker', e.target.value)}
          list={listId}
          autoComplete={speakers ? 'off' : undefined}
        />
        {speakers && (
          <datalist id={listId}>
            {speakers.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>Role</label>
        <input
          id={`${id}-role`}
          value={values.role}
          onChange={(e) => onChange('role', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          value={values.kind}
          onChange={(e) => onChange('kind', e.target.value)}
        >
          {FORECAST_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
