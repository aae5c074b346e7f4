// Which desk this browser works in, kept as a setting beside the reader's own document (never in
// it): the server, the desk, the name the reader gave and the token, so a reload reconnects by
// itself; and the member id this browser joins every desk as, made once and kept even after
// leaving, so a member's entries stay theirs across joins. Read before the first render: with
// no desk joined, nothing of the desk's code is loaded.
import { DESK_ROLES, DESK_SOCKET_PATH, type DeskRole } from '../../domain/desk';
import { hash64 } from '../../shared/hash';
import { DESK_KEY } from '../envelope';
import { DESK_KEY_PREFIX, PrefixedStorage } from './prefixed-storage';

export interface DeskSession {
  /** The server's address as the reader typed it, http(s) or ws(s). */
  server: string;
  desk: string;
  name: string;
  token: string;
  /** What the server let this browser do when it last connected. */
  role?: DeskRole;
}

interface DeskSettings {
  memberId: string;
  session: DeskSession | null;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

function sessionOf(s: Record<string, unknown>): DeskSession {
  const session = { server: s.server, desk: s.desk, name: s.name, token: s.token } as DeskSession;
  const role = DESK_ROLES.find((r) => r === s.role);
  return role ? { ...session, role } : session;
}

function readSettings(storage: Storage | null): Partial<DeskSettings> {
  try {
    const raw = storage?.getItem(DESK_KEY);
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (!value || typeof value !== 'object') return {};
    const { memberId, session } = value as Record<string, unknown>;
    const s = (session ?? {}) as Record<string, unknown>;
    const valid = isText(s.server) && isText(s.desk) && isText(s.name) && isText(s.token);
    return {
      ...(isText(memberId) && { memberId }),
      session: valid ? sessionOf(s) : null,
    };
  } catch {
    return {};
  }
}

function writeSettings(storage: Storage | null, settings: DeskSettings): boolean {
  try {
    storage?.setItem(DESK_KEY, JSON.stringify(settings));
    return storage !== null;
  } catch {
    return false;
  }
}

/** The desk this browser has joined, or null. */
export const readDeskSession = (storage: Storage | null): DeskSession | null =>
  readSettings(storage).session ?? null;

/** This browser's member id, made (and kept) on first use. */
export function memberId(storage: Storage | null): string {
  const settings = readSettings(storage);
  if (settings.memberId) return settings.memberId;
  const id = crypto.randomUUID();
  writeSettings(storage, { memberId: id, session: settings.session ?? null });
  return id;
}

/** Joins (a session) or leaves (null); false when storage refused. */
export function writeDeskSession(storage: Storage | null, session: DeskSession | null): boolean {
  return writeSettings(storage, { memberId: memberId(storage), session });
}

/**
 * The websocket address of a server typed as http(s)://, ws(s):// or a bare host:port: the desk
 * server listens at DESK_SOCKET_PATH unless the address names a path of its own (a proxy's).
 */
export function socketAddress(server: string): string {
  const trimmed = server.trim().replace(/\/+$/, '');
  const scheme = /^(https?|wss?):\/\//i.exec(trimmed)?.[1]?.toLowerCase();
  const rest = scheme ? trimmed.slice(scheme.length + 3) : trimmed;
  const socketScheme = scheme === 'https' || scheme === 'wss' ? 'wss' : 'ws';
  return `${socketScheme}://${rest}${rest.includes('/') ? '' : DESK_SOCKET_PATH}`;
}

/** Where a desk's local copy is kept: its own keys, one set per server and desk. */
export function deskStorage(storage: Storage, session: Pick<DeskSession, 'server' | 'desk'>) {
  const id = hash64(`${socketAddress(session.server)}\n${session.desk}`);
  return new PrefixedStorage(storage, `${DESK_KEY_PREFIX}${id}/`);
}
