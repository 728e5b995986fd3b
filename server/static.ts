// Static files for the demo server: only the folders it is given (an allow-list), nothing above
// them. A request path is taken apart segment by segment, never normalised: `..` and `.` (like
// every dot-name: .git, .env), encoded separators (%2f, %5c), backslashes and NUL are refused
// before the file system is asked; the file's real path (symlinks resolved) must still lie in its
// folder; only the extensions in CONTENT_TYPES are served, each with its type and `nosniff`.
import { open, realpath } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream';

/** What may be served, by extension: anything else is a 404 even inside a served folder. */
export const CONTENT_TYPES: ReadonlyMap<string, string> = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.mjs', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.map', 'application/json; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.jpg', 'image/jpeg'],
  ['.jpeg', 'image/jpeg'],
  ['.webp', 'image/webp'],
  ['.avif', 'image/avif'],
  ['.ico', 'image/x-icon'],
  ['.woff2', 'font/woff2'],
  ['.txt', 'text/plain; charset=utf-8'],
]);

export interface StaticMount {
  /** URL prefix ending in `/`: `/` or `/dist/`. The longest matching prefix wins. */
  prefix: string;
  /** The folder served under it (absolute). */
  dir: string;
  /** File answered for the prefix itself (`/` → `index.html`); without one, the prefix is a 404. */
  index?: string;
}

/** Characters that never appear in a path we serve, raw or percent-encoded. */
const FORBIDDEN = /\\|\0|%(?:2f|5c|00)/i;

export interface StaticFile {
  /** Real path (symlinks resolved), inside its mount's folder. */
  path: string;
  contentType: string;
}

/**
 * The file a request path names inside one of `mounts`, or undefined. `rawPath` is the request
 * target as sent (`req.url`), query included.
 */
export async function resolveStatic(mounts: readonly StaticMount[], rawPath: string): Promise<StaticFile | undefined> {
  const path = rawPath.split(/[?#]/, 1)[0]!;
  if (!path.startsWith('/') || FORBIDDEN.test(path)) return undefined;
  const mount = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length).find((m) => path.startsWith(m.prefix));
  if (!mount) return undefined;

  const rest = path.slice(mount.prefix.length);
  const segments: string[] = [];
  if (rest === '') {
    if (!mount.index) return undefined;
    segments.push(mount.index);
  } else {
    for (const raw of rest.split('/')) {
      let segment: string;
      try {
        segment = decodeURIComponent(raw);
      } catch {
        return undefined;
      }
      // Empty (`//`, a trailing `/`), dot-names (`.`, `..`, `.git`) and anything that decodes to a
      // separator or NUL name no file of ours.
      if (segment === '' || segment.startsWith('.') || /[/\\\0]/.test(segment)) return undefined;
      segments.push(segment);
    }
  }

  let root: string;
  let file: string;
  try {
    root = await realpath(mount.dir);
    file = await realpath(join(root, ...segments));
  } catch {
    return undefined; // missing, or a broken link
  }
  // A symlink may point elsewhere in the folder, never out of it or at a dot-name; the type is the
  // real file's.
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || inside.split(sep).some((part) => part.startsWith('.'))) return undefined;
  const contentType = CONTENT_TYPES.get(extname(file).toLowerCase());
  return contentType === undefined ? undefined : { path: file, contentType };
}

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Length', String(Buffer.byteLength(text)));
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(text);
}

/** Answers a request from `mounts`: 200 with the file, 404, or 405 for a method other than GET/HEAD. */
export async function serveStatic(mounts: readonly StaticMount[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    req.resume();
    sendText(res, 405, 'Method not allowed.\n', { Allow: 'GET, HEAD' });
    return;
  }
  const file = await resolveStatic(mounts, req.url ?? '/');
  const handle = file && (await open(file.path, 'r').catch(() => undefined));
  const stat = await handle?.stat();
  if (!file || !handle || !stat?.isFile()) {
    await handle?.close();
    sendText(res, 404, 'Not found.\n');
    return;
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Length', String(stat.size));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'no-cache'); // revalidate: a rebuild changes dist/ under the same names
  if (req.method === 'HEAD') {
    await handle.close();
    res.end();
    return;
  }
  pipeline(handle.createReadStream(), res, () => {}); // an aborted download closes the file too
}
