// Who may post: the comments endpoint refuses cross-site POSTs (a form on any website could
// otherwise make its visitors post comments), and answers CORS for the origins it is told to.
//
// A POST is accepted when
//   - its Origin is listed in `corsOrigins` (CORS_ORIGINS) — a publisher's site on another origin;
//   - else, with Fetch Metadata (every current browser): `Sec-Fetch-Site` is `same-origin` or
//     `none` (typed or bookmarked by the user). `same-site` (a sibling subdomain) and
//     `cross-site` are refused unless listed;
//   - else, with an Origin but no Fetch Metadata (older browsers): the Origin's host is the
//     request's own Host. `Origin: null` (sandboxed frames, privacy redirects) is refused;
//   - else (neither header): not a browser (curl, a server-side client), which no site can make
//     a visitor send, so accepted.
import type { IncomingMessage, ServerResponse } from 'node:http';

export type PostSource = 'listed' | 'same-origin' | 'not-a-browser' | 'cross-site';

export function postSource(req: IncomingMessage, corsOrigins: ReadonlySet<string>): PostSource {
  const origin = req.headers.origin;
  const site = req.headers['sec-fetch-site'];
  if (origin !== undefined && corsOrigins.has(origin)) return 'listed';
  if (site !== undefined) return site === 'same-origin' || site === 'none' ? 'same-origin' : 'cross-site';
  if (origin !== undefined) return URL.parse(origin)?.host === req.headers.host?.toLowerCase() ? 'same-origin' : 'cross-site';
  return 'not-a-browser';
}

export const CROSS_SITE = {
  code: 'cross_site',
  message: 'Comments can only be sent from this site’s own pages.',
} as const;

export const CORS_ALLOW_METHODS = 'POST, GET';
export const CORS_ALLOW_HEADERS = 'Content-Type, Idempotency-Key, Accept';
/** Response headers a page on a listed origin may read (<comment-form> reads Retry-After on 429). */
export const CORS_EXPOSE_HEADERS = 'Retry-After, Idempotent-Replayed, X-Comments-Event-Id';

/**
 * CORS headers for every API answer: `Vary: Origin` always (the answer depends on it), the
 * Allow-Origin echo only for a listed origin. Returns whether the request's origin is listed.
 */
export function setCorsHeaders(req: IncomingMessage, res: ServerResponse, corsOrigins: ReadonlySet<string>): boolean {
  res.setHeader('Vary', 'Origin');
  const origin = req.headers.origin;
  if (origin === undefined || !corsOrigins.has(origin)) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Expose-Headers', CORS_EXPOSE_HEADERS);
  return true;
}

/**
 * `CORS_ORIGINS`: comma-separated origins such as `https://news.example,https://www.news.example`.
 * Each must be a bare http(s) origin (no path, no `*`); a mistake throws at start-up.
 */
export function parseOrigins(list: string): string[] {
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const url = URL.parse(entry);
      const origin = url && /^https?:$/.test(url.protocol) ? url.origin : undefined;
      if (origin === undefined || origin !== entry.replace(/\/$/, '').toLowerCase()) {
        throw new Error(`CORS_ORIGINS: "${entry}" is not an origin like https://news.example (scheme, host, optional port; no path).`);
      }
      return origin;
    });
}
