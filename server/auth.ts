// The moderation token: `Authorization: Bearer <MODERATION_TOKEN>`, compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { send } from './respond.js';

export type AuthResult = 'ok' | 'unconfigured' | 'denied';

/**
 * Both sides are hashed first: `timingSafeEqual` needs equal lengths, and comparing digests keeps
 * the token's length from showing in the time taken too.
 */
export function authorize(req: IncomingMessage, token: string | undefined): AuthResult {
  if (!token) return 'unconfigured';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  if (!match) return 'denied';
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(match[1]!), digest(token)) ? 'ok' : 'denied';
}

/** 401 for a wrong or missing token; `unconfigured` (no MODERATION_TOKEN) answers `disabledStatus`. */
export function sendAuthError(res: ServerResponse, result: Exclude<AuthResult, 'ok'>, disabledStatus = 403): void {
  if (result === 'unconfigured') {
    send(res, disabledStatus, { code: 'moderation_disabled', message: 'Moderation is not enabled on this server (no MODERATION_TOKEN).' });
  } else {
    send(res, 401, { code: 'unauthorized', message: 'A valid moderation token is required.' }, { 'WWW-Authenticate': 'Bearer' });
  }
}
