// Static files for the demo server: only the folders it is given (an allow-list), nothing above
// them. A request path is taken apart segment by segment, never normalised: `..` and `.` (like
// every dot-name: .git, .env), encoded separators (%2f, %5c), backslashes and NUL are refused
// before the file system is asked; the file's real path (symlinks resolved) must still lie in its
// folder; only the extensions in CONTENT_TYPES are served, each with its type and `nosniff`.
//
// Answers as a publisher's server would: text (COMPRESSIBLE_TYPES) in brotli or gzip when the
// client accepts it (`Vary: Accept-Encoding`), every file with `Cache-Control: no-cache` and a
// strong ETag (a hash of its bytes), `If-None-Match` answered with 304. No file name is
// content-hashed (dist/news-elements.js keeps its name across builds), so none may be `immutable`:
// the browser revalidates, and an unchanged file costs a 304. A file is read, hashed and
// compressed once per version (inode, size, mtime) and kept in memory: the served folders are
// small and fixed. A file above MAX_CACHED_BYTES is streamed as it is, with a weak ETag.
import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';

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

/** Types sent compressed when the client accepts it: text. Images and fonts are compressed already. */
export const COMPRESSIBLE_TYPES: ReadonlySet<string> = new Set([
  'text/html; charset=utf-8',
  'text/javascript; charset=utf-8',
  'text/css; charset=utf-8',
  'application/json; charset=utf-8',
  'image/svg+xml',
  'text/plain; charset=utf-8',
]);

/** Files up to this size are kept in memory (with their compressed copies); larger ones are streamed. */
export const MAX_CACHED_BYTES = 4 * 1024 * 1024;

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

export type ContentCoding = 'br' | 'gzip' | 'identity';

/**
 * The content coding to send for an `Accept-Encoding` header: the one of br and gzip the client
 * weighs higher (q > 0; br on a tie, it is smaller), else identity. `*` stands for any coding not
 * named; an entry with an unreadable q-value is ignored.
 */
export function negotiateEncoding(acceptEncoding: string | undefined): ContentCoding {
  const weights = new Map<string, number>();
  for (const entry of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = entry.split(';');
    const coding = name.trim().toLowerCase();
    let weight = 1;
    for (const param of params) {
      const [key = '', value = ''] = param.split('=');
      if (key.trim().toLowerCase() === 'q') weight = value.trim() === '' ? Number.NaN : Number(value);
    }
    if (coding !== '' && weight >= 0 && weight <= 1) weights.set(coding, weight);
  }
  const weightOf = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  const br = weightOf('br');
  const gz = weightOf('gzip');
  if (br > 0 && br >= gz) return 'br';
  if (gz > 0) return 'gzip';
  return 'identity';
}

/** `If-None-Match` names `etag` (weak comparison, as RFC 9110 asks for this header) or is `*`. */
export function ifNoneMatchHits(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** One version of a file in memory: its bytes, their hash and the compressed copies made so far. */
interface CachedFile {
  body: Buffer;
  /** base64url SHA-256 of `body`, cut to 22 characters (132 bits): the core of every ETag. */
  hash: string;
  /** Each coding's copy, made on its first request; undefined when compressing saves nothing. */
  compressed: Map<'br' | 'gzip', Promise<Buffer | undefined>>;
}

/** What identifies a version of a file without reading it. */
const versionOf = (stat: Stats) => `${stat.ino}-${stat.size}-${stat.mtimeMs}`;

async function readCached(handle: FileHandle): Promise<CachedFile> {
  const body = await handle.readFile();
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 22);
  return { body, hash, compressed: new Map() };
}

/**
 * `body` in `coding`: at the maximum settings for a file, compressed once and cached; at quick ones
 * (brotli quality 5, gzip level 6) for a body made per request.
 */
function compress(body: Buffer, coding: 'br' | 'gzip', effort: 'max' | 'quick' = 'max'): Promise<Buffer> {
  const max = effort === 'max';
  if (coding === 'gzip') return gzipped(body, { level: max ? zlibConstants.Z_BEST_COMPRESSION : 6 });
  return brotli(body, {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: max ? zlibConstants.BROTLI_MAX_QUALITY : 5,
      [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

/** The copy to send in `coding`, made once per version; undefined when it would not be smaller. */
function compressedCopy(file: CachedFile, coding: 'br' | 'gzip'): Promise<Buffer | undefined> {
  let copy = file.compressed.get(coding);
  if (!copy) {
    copy = compress(file.body, coding).then((bytes) => (bytes.length < file.body.length ? bytes : undefined));
    file.compressed.set(coding, copy);
  }
  return copy;
}

/**
 * Sends a body made for this request (a server-rendered page): compressed, at the quick settings,
 * when the client accepts br or gzip. HEAD gets GET's headers only.
 */
export async function sendGenerated(req: IncomingMessage, res: ServerResponse, status: number, contentType: string, text: string, headers: Record<string, string> = {}): Promise<void> {
  const raw = Buffer.from(text);
  const coding = negotiateEncoding(req.headers['accept-encoding']);
  const body = coding === 'identity' ? raw : await compress(raw, coding, 'quick');
  res.statusCode = status;
  res.setHeader('Content-Type', contentType);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Vary', 'Accept-Encoding');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (coding !== 'identity') res.setHeader('Content-Encoding', coding);
  res.setHeader('Content-Length', String(body.length));
  res.end(req.method === 'HEAD' ? undefined : body);
}

export type StaticHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * Answers requests from `mounts`: 200 with the file (compressed when it is text and the client
 * accepts br or gzip), 304 when `If-None-Match` names the current ETag, 404, or 405 for a method
 * other than GET/HEAD. HEAD gets GET's headers without the body. Each handler keeps its own cache.
 */
export function createStaticHandler(mounts: readonly StaticMount[]): StaticHandler {
  /** By real path: the version last read and its contents (a promise, so concurrent first requests share one read). */
  const cache = new Map<string, { version: string; file: Promise<CachedFile> }>();

  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      req.resume();
      sendText(res, 405, 'Method not allowed.\n', { Allow: 'GET, HEAD' });
      return;
    }
    const found = await resolveStatic(mounts, req.url ?? '/');
    const handle = found && (await open(found.path, 'r').catch(() => undefined));
    const stat = await handle?.stat();
    if (!found || !handle || !stat?.isFile()) {
      await handle?.close();
      sendText(res, 404, 'Not found.\n');
      return;
    }
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-cache'); // revalidate: a rebuild changes dist/ under the same names

    if (stat.size > MAX_CACHED_BYTES) {
      const etag = `W/"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`;
      if (answeredNotModified(req, res, etag)) {
        await handle.close();
        return;
      }
      res.statusCode = 200;
      res.setHeader('Content-Type', found.contentType);
      res.setHeader('Content-Length', String(stat.size));
      if (req.method === 'HEAD') {
        await handle.close();
        res.end();
        return;
      }
      pipeline(handle.createReadStream(), res, () => {}); // an aborted download closes the file too
      return;
    }

    const version = versionOf(stat);
    let entry = cache.get(found.path);
    if (entry?.version !== version) {
      entry = { version, file: readCached(handle) };
      cache.set(found.path, entry);
    }
    let file: CachedFile;
    try {
      file = await entry.file;
    } catch (error) {
      if (cache.get(found.path) === entry) cache.delete(found.path);
      throw error;
    } finally {
      await handle.close();
    }

    const compressible = COMPRESSIBLE_TYPES.has(found.contentType);
    const coding = compressible ? negotiateEncoding(req.headers['accept-encoding']) : 'identity';
    const copy = coding === 'identity' ? undefined : await compressedCopy(file, coding);
    const sent = copy ? coding : 'identity';
    const etag = sent === 'identity' ? `"${file.hash}"` : `"${file.hash}-${sent}"`;
    if (compressible) res.setHeader('Vary', 'Accept-Encoding');
    if (answeredNotModified(req, res, etag)) return;

    const body = copy ?? file.body;
    res.statusCode = 200;
    res.setHeader('Content-Type', found.contentType);
    if (copy) res.setHeader('Content-Encoding', sent);
    res.setHeader('Content-Length', String(body.length));
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

/** Sets `etag`; answers 304 (no body) and returns true when `If-None-Match` names it. */
function answeredNotModified(req: IncomingMessage, res: ServerResponse, etag: string): boolean {
  res.setHeader('ETag', etag);
  if (!ifNoneMatchHits(req.headers['if-none-match'], etag)) return false;
  res.statusCode = 304;
  res.end();
  return true;
}
