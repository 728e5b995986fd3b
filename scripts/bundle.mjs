// Builds the publisher bundle, dist/news-elements.js (`vite build` with vite.config.ts), which the
// demo page loads. `ensureBundle()` builds only when the file is missing or older than a source
// file or the config (for tests); `buildBundle()` always builds (for `npm start`).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE = join(root, 'dist', 'news-elements.js');

export async function buildBundle() {
  const { build } = await import('vite'); // after ensure-deps: vite may have just been installed
  // Warnings only; Rolldown's note that terser takes most of the build is not one.
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { rolldownOptions: { checks: { pluginTimings: false } } } });
}

/** Newest modification time of the bundle's inputs: src/ (recursively) and vite.config.ts. */
function newestInput() {
  let newest = statSync(join(root, 'vite.config.ts')).mtimeMs;
  for (const entry of readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds when dist/news-elements.js is missing or stale; says which. Returns whether it built. */
export async function ensureBundle() {
  const reason = !existsSync(BUNDLE) ? 'missing' : statSync(BUNDLE).mtimeMs < newestInput() ? 'older than src/' : undefined;
  if (!reason) return false;
  console.log(`dist/news-elements.js is ${reason}: building it (vite build)…`);
  await buildBundle();
  return true;
}
