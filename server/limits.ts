// Limits of the reference endpoint, as seen on a request: the request body's size, and the
// Idempotency-Key's shape and request
// fingerprint (storage/ keeps the answers, so a retry after a restart or on another instance is
// still recognised).
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const MAX_BODY_BYTES = 64 * 1024;

// ---------------------------------------------------------------------------------------------
// Body size: reads at most `maxBytes`; more (announced or sent) is `too-large`.

/** The request's media type, lower-cased, without parameters (`application/json`). */
export function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: 'too-large' | 'aborted' };

export function readBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<BodyResult> {
  const announced = Number(req.headers['content-length']);
  if (Number.isFinite(announced) && announced > maxBytes) return Promise.resolve({ ok: false, reason: 'too-large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('close', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) finish({ ok: false, reason: 'too-large' });
      else chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, body: Buffer.concat(chunks, size) });
    const onAbort = () => finish({ ok: false, reason: 'aborted' });
    const onClose = () => {
      if (!req.complete) onAbort();
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('close', onClose);
  });
}

// ---------------------------------------------------------------------------------------------
// Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): the first *successful* response to
// a key is stored with a fingerprint of the request; the same key with the same request gets that
// response again, with a different request a 422. Failures (4xx/5xx) are not stored, so a client
// that fixes a field and retries with the same key (as <comment-form> does) is answered afresh.

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** 1 to 255 visible ASCII characters. */
export const isIdempotencyKey = (key: string): boolean => KEY_PATTERN.test(key);

export function requestFingerprint(path: string, contentType: string, body: Buffer): string {
  return createHash('sha256').update(path).update('\n').update(contentType).update('\n').update(body).digest('hex');
}
