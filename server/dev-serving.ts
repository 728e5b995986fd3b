// What the development servers may hand out, as Vite `server.fs` options: the Vite dev server
// (`npm run dev`, vite.config.ts) and Storybook's (`npm run storybook`, .storybook/main.ts).
// Each serves an allow-list of folders; PRIVATE_FILES are refused even inside one.
// server/demo.ts (`npm start`) needs neither: it serves only demo/ and dist/, and only known types.
import { resolve } from 'node:path';

/** Vite `server.fs.deny` globs (a glob without a slash matches that name in any folder). */
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

/** `npm run dev` (root demo/): the page, the element sources, the pre-bundled dependencies. */
export const DEV_FOLDERS: readonly string[] = ['demo', 'src', 'node_modules/.vite'];

/** `npm run storybook` (root: the project): what the stories and Storybook itself load. */
export const STORYBOOK_FOLDERS: readonly string[] = ['src', 'stories', '.storybook', 'demo', 'node_modules'];

/** Vite `server.fs` serving `folders` (relative to `projectRoot`) and nothing else. */
export function devServerFs(projectRoot: string, folders: readonly string[]) {
  return { strict: true, allow: folders.map((folder) => resolve(projectRoot, folder)), deny: [...PRIVATE_FILES] };
}
