// The desk's status in the header (GUIDE §4): which desk, who is online, whether this browser is
// connected and how many of its changes wait for the server, why the desk refused it; the latest
// change another member made, announced as it arrives; and **Leave desk**.
import { useState } from 'react';
import { plural } from '../../shared/plural';
import { useDeskActions, type DeskStatus } from '../../state/use-desk';
import { useDocument } from '../../state/use-document';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { arrivalText } from './arrival-text';
import './desk.css';

function connectionText(status: DeskStatus): string {
  const waiting = plural(status.waiting, 'change');
  switch (status.connection) {
    case 'offline':
      return `offline, ${waiting} waiting`;
    case 'connecting':
      return status.waiting > 0 ? `connecting, ${waiting} waiting` : 'connecting…';
    case 'refused':
      return 'refused';
    case 'online':
      if (!status.synced) return 'catching up…';
      return status.waiting > 0 ? `online, sending ${waiting}` : 'online, up to date';
  }
}

function onlineText(status: DeskStatus): string {
  const others = status.online.filter((m) => m.id !== status.me.id).map((m) => m.name);
  const you = `${status.me.name} (you)`;
  return others.length === 0 ? `${you} alone` : [you, ...others].join(', ');
}

export function DeskBar({ status }: { status: DeskStatus }) {
  const { leave, retry } = useDeskActions();
  const { data } = useDocument();
  const [confirming, setConfirming] = useState(false);
  const arrival = status.arrived ? arrivalText(status.arrived.events, data) : null;
  return (
    <div className="desk-bar" role="group" aria-label="Desk">
      <p role="status" className="desk-status">
        Desk <strong>{status.desk}</strong>
        {status.role === 'viewer' && ' (read only)'}: {connectionText(status)}
        {status.connection === 'online' && <> · Online: {onlineText(status)}</>}
      </p>
      {status.connection === 'refused' && (
        <div role="alert" className="desk-refused">
          <p>The desk refused this browser: {status.reason}</p>
          <button type="button" onClick={retry}>
            Try again
          </button>
        </div>
      )}
      {status.unreadable > 0 && (
        <p role="alert">
          {plural(status.unreadable, 'entry', 'entries')} from the desk could not be read and are
          not shown.
        </p>
      )}
      <p role="status" aria-live="polite" className="desk-arrival">
        {arrival}
      </p>
      <button type="button" onClick={() => (status.waiting > 0 ? setConfirming(true) : leave())}>
        Leave desk
      </button>
      {confirming && (
        <ConfirmDialog
          title="Leave the desk?"
          confirmLabel="Leave desk"
          onConfirm={leave}
          onCancel={() => setConfirming(false)}
        >
          <p>
            {plural(status.waiting, 'change')} made here {status.waiting === 1 ? 'has' : 'have'} not
            reached the desk yet. Leaving removes this browser’s copy of the desk, and{' '}
            {status.waiting === 1 ? 'it' : 'them'} with it.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
