// A comment form posted by a browser without JavaScript (a server-rendered <comment-form>, or any
// plain HTML form with WordPress's field names): answered as WordPress's wp-comments-post.php does —
// a 303 back to the article after a success, a page that says what is wrong after a refusal — where
// a script gets JSON.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { escapeHTML } from './escape-html.js';

/** Where an answer sends the reader back: the article page. */
type Back = URL | undefined;

/** A form post from a page (urlencoded, the browser asking for HTML), not a script's request. */
export function isBrowserFormPost(req: IncomingMessage, mediaType: string): boolean {
  return mediaType === 'application/x-www-form-urlencoded' && /\btext\/html\b/.test(req.headers.accept ?? '');
}

/**
 * The article page to go back to: the form's `redirect_to` field, else the `Referer` — either only
 * on the endpoint's own host (never an open redirect), and only http(s).
 */
export function backUrl(req: IncomingMessage, redirectTo: string | null): Back {
  const host = req.headers.host;
  if (!host) return undefined;
  const here = new URL(`http://${host}${req.url ?? '/'}`);
  for (const candidate of [redirectTo, req.headers.referer]) {
    if (!candidate) continue;
    let url: URL;
    try {
      url = new URL(candidate, here);
    } catch {
      continue;
    }
    if (url.host === host && /^https?:$/.test(url.protocol)) return url;
  }
  return undefined;
}

/**
 * After a stored comment: 303 See Other back to the article at the comment (`#comment-{id}`); a
 * comment held for moderation adds `?unapproved={id}`, as WordPress does, for the page to say so.
 * Without a page to go back to, a short page that says it was received.
 */
export function redirectAfterComment(res: ServerResponse, back: Back, comment: { id?: unknown; status?: unknown }): void {
  if (!back) {
    sendPage(res, 200, 'Comment received', `<p>${comment.status === 'pending' ? 'Your comment is awaiting moderation.' : 'Your comment has been posted.'}</p>`);
    return;
  }
  const target = new URL(back);
  if (comment.id !== undefined) {
    if (comment.status === 'pending') target.searchParams.set('unapproved', String(comment.id));
    target.hash = `comment-${comment.id}`;
  }
  res.writeHead(303, { Location: target.href, 'Cache-Control': 'no-store', 'Content-Length': '0' }).end();
}

/** A refusal as a page: what is wrong (each field's message), the comment as it was typed, a link back. */
export function refusalPage(
  res: ServerResponse,
  status: number,
  refusal: { message: string; errors?: Record<string, string>; retryAfter?: number },
  typed: { content: string | null },
  back: Back,
): void {
  const problems = Object.values(refusal.errors ?? {});
  const list = problems.length > 1 || (problems.length === 1 && problems[0] !== refusal.message)
    ? `<ul>${problems.map((problem) => `<li>${escapeHTML(problem)}</li>`).join('')}</ul>`
    : '';
  const kept = typed.content
    ? `<p>Your comment, as you typed it (copy it before you go back if your browser does not keep it):</p>
    <textarea readonly rows="8" aria-label="Your comment">${escapeHTML(typed.content)}</textarea>`
    : '';
  const link = back ? `<p><a href="${escapeHTML(back.href)}#respond">« Back to the article</a></p>` : '';
  const headers: Record<string, string> = refusal.retryAfter === undefined ? {} : { 'Retry-After': String(refusal.retryAfter) };
  sendPage(res, status, 'Your comment was not posted', `<p role="alert">${escapeHTML(refusal.message)}</p>${list}${kept}${link}`, headers);
}

function sendPage(res: ServerResponse, status: number, title: string, body: string, headers: Record<string, string> = {}): void {
  const html = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="color-scheme" content="light dark">
  <title>${escapeHTML(title)}</title>
  <style>body { font: 1rem/1.5 system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem } textarea { width: 100%; font: inherit }</style>
</head>
<body>
  <h1>${escapeHTML(title)}</h1>
  ${body}
</body>
</html>
`;
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Length': String(Buffer.byteLength(html)),
    ...headers,
  });
  res.end(html);
}
