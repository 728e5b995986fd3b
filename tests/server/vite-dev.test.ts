// The Vite dev server (`npm run dev`, vite.config.ts): the site is demo/, the sources and the
// pre-bundled dependencies are reachable through /@fs/, and nothing else of the project is: not
// the database, package.json, server/, tests/, .git, node_modules, whatever the query suffix.
// Then the folders Storybook's dev server is given (server/dev-serving.ts), the same way.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { PROJECT_ROOT } from '../../server/demo.js';
import { devServerFs, STORYBOOK_FOLDERS } from '../../server/dev-serving.js';
import { HTTP_TIMEOUTS } from '../../server/http.js';
import { ARTICLE, get, jsonComment, postJson, rawRequest, tempDir } from './helpers.js';
import { DENIED_TARGETS, leaks } from './served-files.js';

describe('Vite dev server (npm run dev)', () => {
  const tmp = tempDir();
  const dbPath = join(tmp.dir, 'data', 'comments.db');
  let vite: ViteDevServer;
  let url: string;

  before(async () => {
    process.env.COMMENTS_DB = dbPath; // read by the config's comments plugin
    vite = await createServer({ configFile: join(PROJECT_ROOT, 'vite.config.ts'), server: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
    await vite.listen();
    url = vite.resolvedUrls!.local[0]!.replace(/\/$/, '');
    assert.equal((await postJson(url, jsonComment())).status, 201); // the -wal file now holds an email
  });
  after(async () => {
    await vite.close();
    tmp.remove();
  });

  it('serves the demo page at /, /dist/news-elements.js from the sources, the demo files and the API', async () => {
    const page = await rawRequest(url, '/');
    assert.equal(page.status, 200);
    assert.match(page.body.toString(), /src="\/dist\/news-elements\.js"/);
    const bundle = await rawRequest(url, '/dist/news-elements.js');
    assert.equal(bundle.status, 200);
    assert.match(bundle.body.toString(), /\/@fs\/.*\/src\/.*define/, 'the entry imports the element sources');
    for (const path of ['/article.json', '/hero.svg']) assert.equal((await rawRequest(url, path)).status, 200, path);
    assert.equal((await get(`${url}/api/articles/${ARTICLE}/comments`)).status, 200);
  });

  it('has the project’s HTTP timeouts', () => {
    const server = vite.httpServer as Server;
    assert.equal(server.headersTimeout, HTTP_TIMEOUTS.headersTimeoutMs);
    assert.equal(server.requestTimeout, HTTP_TIMEOUTS.requestTimeoutMs);
    assert.equal(server.keepAliveTimeout, HTTP_TIMEOUTS.keepAliveTimeoutMs);
  });

  it('refuses the database, project files and every way of climbing to them, also through /@fs/ and query suffixes', async () => {
    const files = [
      'package.json',
      'vite.config.ts',
      'server/app.ts',
      'tests/server/helpers.ts',
      '.git/config',
      'node_modules/lit/package.json',
    ].map((path) => join(PROJECT_ROOT, path));
    files.push(dbPath, `${dbPath}-wal`, `${dbPath}-shm`);
    const suffixes = ['', '?raw', '?import&raw', '?raw??', '?url', '?inline', '?import', '#x', '?worker_file&type=module'];
    const targets = [...DENIED_TARGETS];
    for (const file of files) {
      for (const suffix of suffixes) targets.push(`/@fs${file}${suffix}`, `${file}${suffix}`, `/@id${file}${suffix}`);
    }
    targets.push('/@fs/../package.json', `/@fs${PROJECT_ROOT}/demo/../package.json`, `/@fs${PROJECT_ROOT}/src/../package.json`, '/@fs/etc/passwd');
    for (const target of targets) {
      const r = await rawRequest(url, target);
      assert.ok([400, 403, 404].includes(r.status), `${target} → ${r.status}`);
      assert.ok(!leaks(r.body), `${target} leaked`);
    }
  });
});

describe('Storybook’s dev server folders (npm run storybook: root is the project)', () => {
  let vite: ViteDevServer;
  let url: string;
  before(async () => {
    // Storybook replaces Vite's server options with its own; .storybook/main.ts puts back exactly
    // this `fs`. Here a plain Vite server with the same root and `fs` checks what it lets through.
    vite = await createServer({
      configFile: false,
      root: PROJECT_ROOT,
      appType: 'mpa',
      publicDir: false,
      logLevel: 'silent',
      server: { port: 0, host: '127.0.0.1', fs: devServerFs(PROJECT_ROOT, STORYBOOK_FOLDERS) },
    });
    await vite.listen();
    url = vite.resolvedUrls!.local[0]!.replace(/\/$/, '');
  });
  after(() => vite.close());

  it('serves the stories, the sources and the demo images', async () => {
    for (const path of ['/src/define.ts', '/stories/support/data.ts', '/demo/hero.svg', '/demo/article.json']) {
      assert.equal((await rawRequest(url, path)).status, 200, path);
    }
  });

  it('refuses the database, server/, tests/, package.json, .git and the rest of the project root', async () => {
    const targets = DENIED_TARGETS.filter((target) => target !== '/src/define.ts');
    targets.push('/README.md', '/tsconfig.json', '/scripts/start.mjs', '/node_modules/lit/package.json', '/demo/../package.json');
    for (const path of ['package.json', 'server/app.ts', 'tests/server/helpers.ts', '.git/config', 'README.md']) {
      targets.push(`/@fs${join(PROJECT_ROOT, path)}`, `/@fs${join(PROJECT_ROOT, path)}?raw`, `/${path}?import&raw`);
    }
    for (const target of targets) {
      const r = await rawRequest(url, target);
      assert.ok([400, 403, 404].includes(r.status), `${target} → ${r.status}`);
      assert.ok(!leaks(r.body), `${target} leaked`);
    }
  });
});
