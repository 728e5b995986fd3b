// What a visitor must never get from a server the project starts, for server/demo.ts (npm start)
// and the Vite dev server (npm run dev). Requests go out raw (helpers.rawRequest): `..` and
// encoded variants reach the server as typed.

/** Project files next to the served folders, and ways of climbing to them. */
export const DENIED_TARGETS = [
  '/data/comments.db',
  '/data/comments.db-wal',
  '/data/comments.db-shm',
  '/package.json',
  '/package-lock.json',
  '/src/define.ts',
  '/server/app.ts',
  '/node_modules/lit/package.json',
  '/tests/server/helpers.ts',
  '/.git/config',
  '/.git/HEAD',
  '/vite.config.ts',
  // Climbing out of the demo folder or dist/.
  '/../package.json',
  '/dist/../package.json',
  '/dist/../../package.json',
  '/dist/./../package.json',
  '/%2e%2e/package.json',
  '/%2E%2E/package.json',
  '/.%2e/package.json',
  '/dist/%2e%2e%2fpackage.json',
  '/dist/%2e%2e/package.json',
  '/dist%2f..%2fpackage.json',
  '/..%5cpackage.json',
  '/dist/..%5c..%5cpackage.json',
  '/..\\package.json',
  '/dist/..\\package.json',
  '/%00/package.json',
  '/index.html%00.json',
  '/..%252fpackage.json',
  '//package.json',
  '/dist//../package.json',
];

/** A body that gives away a project file (the bytes of package.json, a database, a git config). */
export function leaks(body: Buffer): boolean {
  const text = body.toString('latin1');
  return text.includes('"name": "news-elements"') || text.startsWith('SQLite format 3') || text.includes('[core]') || text.includes('createCommentsApp');
}
