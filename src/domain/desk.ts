// A desk: one record kept by a team, through a sync server (server/). The record's events are
// the desk's document: a Yjs document holding one shared map, `events`, from event id to the
// event as written. An event is written once and never changed or deleted, so two members'
// copies merge as the union of their maps, and every copy replays to the same record. The
// server refuses any update that would do otherwise (server/validate-update.ts).
//
// What the app and the server agree on is here: the map's name, what a desk may be called, the
// credentials a client presents, the roles, and the limits the server holds each connection to.

/** The name of the Yjs map that holds a desk's events, keyed by event id. */
export const DESK_EVENTS_MAP = 'events';

/** Where a desk server (server/) takes its websocket: beside the app it serves, on one port. */
export const DESK_SOCKET_PATH = '/desk';

/** A desk name: letters, digits, dashes and underscores, as it appears in addresses and logs. */
export const DESK_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export const DESK_ROLES = ['member', 'viewer'] as const;
export type DeskRole = (typeof DESK_ROLES)[number];

/** The most bytes one message from a client may hold (a join that shares a whole record). */
export const DESK_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

/** The most messages a connection may send within DESK_RATE_WINDOW_MS. */
export const DESK_MAX_MESSAGES_PER_WINDOW = 600;
export const DESK_RATE_WINDOW_MS = 10_000;

/** The most events one client writes in one update; a larger batch goes in several. */
export const DESK_EVENTS_PER_UPDATE = 2_000;

/**
 * What a client presents when it connects, sent as the provider's token (JSON): the desk's
 * token, and who is connecting, which the server then requires of every event they write.
 */
export interface DeskCredentials {
  token: string;
  member: { id: string; name: string };
}

export function credentialsText(credentials: DeskCredentials): string {
  return JSON.stringify(credentials);
}

/** The credentials in `text`, or a reason they cannot be read. */
export function readCredentials(text: string): DeskCredentials | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: 'The token could not be read.' };
  }
  if (!value || typeof value !== 'object') return { problem: 'The token could not be read.' };
  const { token, member } = value as Partial<DeskCredentials>;
  if (typeof token !== 'string' || token.length === 0 || token.length > 200)
    return { problem: 'No token was given.' };
  if (
    !member ||
    typeof member.id !== 'string' ||
    member.id.length === 0 ||
    member.id.length > 64 ||
    typeof member.name !== 'string' ||
    member.name.trim().length === 0 ||
    member.name.length > 80
  )
    return { problem: 'Your name is missing or too long (80 characters at most).' };
  return { token, member: { id: member.id, name: member.name.trim() } };
}
