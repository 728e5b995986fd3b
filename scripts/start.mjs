// `npm start`: dependencies, the bundle, then the production demo server (server/demo-main.ts),
// one line per step. The server serves demo/ at /, dist/ at /dist/ and the API at /api/, nothing
// else. For work on the elements with instant reloads use `npm run dev` (Vite) instead.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

console.log('1/3 Checking dependencies…');
await import('./ensure-deps.mjs');

console.log('2/3 Building dist/news-elements.js (vite build)…');
const { buildBundle } = await import('./bundle.mjs');
await buildBundle();

console.log('3/3 Starting the demo server…');
// The server runs from its TypeScript sources (tsx). It imports the comment rules as the package's
// public entry `news-elements/rules`; under the `news-elements:source` condition package.json maps
// that entry to src/comment-form/rules.ts, so the server needs no build of lib/ (which
// `npm run build` makes for the published package). Every script that runs server code passes it.
const server = spawn(process.execPath, ['--conditions=news-elements:source', '--import', 'tsx', 'server/demo-main.ts'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
