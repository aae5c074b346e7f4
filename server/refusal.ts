// How the server says no. Hocuspocus passes a thrown value's `reason` on to the client: when
// onAuthenticate throws, in the permission-denied message (the provider's `authenticationFailed`
// event, field `reason`); when beforeHandleMessage throws, in the close message for the
// document (the provider's `close` event, `event.reason`). A plain object with no `message`
// keeps Hocuspocus from logging it again as an error; the server logs its own line.
import { inspect } from 'node:util';
import type { DeskRole } from '../src/domain/desk';
import type { Member } from './validate-update';

/** The WebSocket close code of a refused update: the client must not send it again. */
export const REFUSED_CODE = 4403;
/** The close code when a connection sends too much (size or rate). */
export const OVER_LIMIT_CODE = 4429;

export interface Refusal {
  code: number;
  reason: string;
}

export function refusal(reason: string, code = REFUSED_CODE): Refusal {
  const value = { code, reason };
  // Hocuspocus logs a refused message's error itself: as one line, not an object spread over
  // several.
  Object.defineProperty(value, inspect.custom, { value: () => `(${code}) ${reason}` });
  return value;
}

/** What a connection carries once its token is accepted (Hocuspocus's connection context). */
export interface DeskContext {
  desk: string;
  member: Member;
  role: DeskRole;
  tokenHash: string;
}

/** Who, on which desk, for one-line logs. */
export function who(context: Pick<DeskContext, 'desk' | 'member'>): string {
  return `desk ${context.desk}: ${JSON.stringify(context.member.name)} (${context.member.id})`;
}

/** A WebSocket close reason holds at most 123 bytes of UTF-8. */
export function closeReason(reason: string): string {
  const bytes = Buffer.from(reason, 'utf8');
  if (bytes.length <= 123) return reason;
  let cut = 120;
  while (cut > 0 && (bytes[cut]! & 0xc0) === 0x80) cut -= 1; // not inside a character
  return `${bytes.subarray(0, cut).toString('utf8')}…`;
}
