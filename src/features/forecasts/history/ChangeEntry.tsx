// One change made to a forecast, in a card's History: what happened, when, and each field it
// changed, before (struck through) and after (underlined), said in words as well.
import { BEFORE_THE_LOG } from '../../../domain/events-from-data';
import { formatDay } from '../../../domain/dates';
import { percentText } from '../../../domain/percent';
import type { FieldChange, ForecastChange, HistoryField } from '../../../domain/forecast-history';
import { KIND_LABELS, type Deadline, type ForecastKind } from '../../../domain/model';
import { when } from './when';

const FIELD_LABELS: Record<HistoryField, string> = {
  speaker: 'Speaker',
  speakerRole: 'Role',
  quote: 'Quote',
  claim: 'Claim',
  title: 'Short title',
  kind: 'Kind',
  deadline: 'Deadline',
  reviewBy: 'Review by',
  probability: 'Probability',
  hedge: 'Hedge',
  premise: 'Premise',
  resolutionCriteria: 'Resolution criteria',
  note: 'Caveats',
  tags: 'Tags',
  snoozedUntil: 'Snoozed until',
};

const WHAT: Record<ForecastChange['what'], string> = {
  added: 'Added',
  edited: 'Edited',
  deleted: 'Deleted',
  restored: 'Restored',
  snoozed: 'Snoozed',
  undo: 'Undo',
};

function value(field: HistoryField, v: unknown): string {
  if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0))
    return field === 'probability' ? 'none' : '(none)';
  switch (field) {
    case 'deadline': {
      const d = v as NonNullable<Deadline>;
      return d.earliest
        ? `${formatDay(d.earliest)} to ${formatDay(d.latest)}`
        : formatDay(d.latest);
    }
    case 'snoozedUntil':
    case 'reviewBy':
      return formatDay(v as string);
    case 'probability':
      return `${percentText(v as number)}%`;
    case 'kind':
      return KIND_LABELS[v as ForecastKind];
    case 'tags':
      return (v as string[]).join(', ');
    case 'speaker':
    case 'speakerRole':
    case 'quote':
    case 'claim':
    case 'title':
    case 'hedge':
    case 'premise':
    case 'resolutionCriteria':
    case 'note':
      return `“${String(v)}”`;
  }
}

function Change({ change }: { change: FieldChange }) {
  return (
    <>
      {FIELD_LABELS[change.field]}: <del>{value(change.field, change.before)}</del>
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden"> changed to </span>
      <ins>{value(change.field, change.after)}</ins>
    </>
  );
}

export function ChangeEntry({ entry }: { entry: ForecastChange }) {
  return (
    <li>
      {entry.at === BEFORE_THE_LOG ? (
        'Catalogued'
      ) : (
        <time dateTime={entry.at}>{when(entry.at)}</time>
      )}
      {entry.by && <> by {entry.by.name}</>}: <strong>{WHAT[entry.what]}</strong>
      {entry.undoes && <> of “{WHAT[entry.undoes]}”</>}
      {entry.reason && entry.reason !== 'Deleted' && <> ({entry.reason})</>}
      {entry.changes.map((change, i) => (
        <span key={change.field}>
          {i === 0 ? ' — ' : '; '}
          <Change change={change} />
        </span>
      ))}
      {entry.undone && <> (taken back since)</>}
    </li>
  );
}
