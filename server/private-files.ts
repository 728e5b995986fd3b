// Files no server of the project may hand out, as Vite `server.fs.deny` globs (a glob without a
// slash matches that name in any folder). The Vite dev server (vite.config.ts) and Storybook's
// (.storybook/main.ts) serve only an allow-list of folders; these are refused even inside one.
// server/demo.ts needs no list: it serves only demo/ and dist/, and only known file types.
export const PRIVATE_FILES: readonly string[] = [
  // Vite's defaults
  '.env',
  '.env.*',
  '*.{crt,pem,key}',
  '**/.git/**',
  // The comments database and its journal (data/comments.db, -wal, -shm) wherever it is put
  '**/data/**',
  '*.db',
  '*.db-*',
  '*.sqlite*',
  // Server sources, tests, the package manifest
  '**/server/**',
  '**/tests/**',
  'package.json',
  'package-lock.json',
];
