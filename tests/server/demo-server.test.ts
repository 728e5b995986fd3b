// The production demo server (server/demo.ts, `npm start`) serves demo/ at /, dist/ at /dist/ and
// the API at /api/, and nothing else. It runs here on a copy of the project's layout in a temporary
// folder: the real demo files, a dist/ with a bundle, the database in data/, and decoys of every
// project file a visitor must not get (package.json, src/, server/, node_modules/, tests/, .git/)
// right next to the served folders, plus symlinks and dotfiles inside them.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createDemoServer, DEMO_DB_PATH, DEMO_DIR, DIST_DIR, PROJECT_ROOT } from '../../server/demo.js';
import { ARTICLE, get, jsonComment, listening, postJson, rawRequest, tempDir, type TestServer } from './helpers.js';
import { DENIED_TARGETS, leaks } from './served-files.js';

const BUNDLE = 'export const built = true;\n';

describe('demo server (npm start)', () => {
  const tmp = tempDir();
  const project = tmp.dir;
  let s: TestServer;

  before(async () => {
    cpSync(DEMO_DIR, join(project, 'demo'), { recursive: true });
    const decoy = (path: string, text: string) => {
      mkdirSync(dirname(join(project, path)), { recursive: true });
      writeFileSync(join(project, path), text);
    };
    decoy('dist/news-elements.js', BUNDLE);
    decoy('package.json', '{ "name": "news-elements" }\n');
    decoy('package-lock.json', '{ "name": "news-elements" }\n');
    decoy('vite.config.ts', 'createCommentsApp\n');
    decoy('src/define.ts', 'createCommentsApp\n');
    decoy('server/app.ts', 'export function createCommentsApp() {}\n');
    decoy('node_modules/lit/package.json', '{ "name": "news-elements" }\n');
    decoy('tests/server/helpers.ts', 'createCommentsApp\n');
    decoy('.git/config', '[core]\n');
    decoy('.git/HEAD', '[core]\n');
    // Inside the served folders: dotfiles, and links that lead out or to a dotfile.
    decoy('demo/.env.json', '{ "name": "news-elements" }\n');
    decoy('dist/.secret.js', '[core]\n');
    symlinkSync(join(project, 'package.json'), join(project, 'dist/escape.json'));
    symlinkSync(project, join(project, 'dist/up'));
    symlinkSync(join(project, 'dist/.secret.js'), join(project, 'dist/hidden.js'));
    symlinkSync(join(project, 'data/comments.db'), join(project, 'demo/comments.json'));
    symlinkSync(join(project, 'dist/news-elements.js'), join(project, 'demo/bundle-link.js')); // into another mount: refused too
    symlinkSync(join(project, 'demo/hero.svg'), join(project, 'demo/hero-link.svg')); // stays inside: fine

    const demo = createDemoServer({
      demoDir: join(project, 'demo'),
      distDir: join(project, 'dist'),
      app: { dbPath: join(project, 'data/comments.db'), autoApprove: true, seed: true },
    });
    s = await listening(demo.server, demo.app, join(project, 'data/comments.db'));
    // A comment, so the database and its -wal file hold an email address.
    assert.equal((await postJson(s.url, jsonComment())).status, 201);
  });
  after(async () => {
    await s.stop();
    tmp.remove();
  });

  it('serves the demo page at / (no redirect), its files, the bundle and the API', async () => {
    const page = await rawRequest(s.url, '/');
    assert.equal(page.status, 200);
    assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(page.body.toString(), /<script type="module" src="\/dist\/news-elements\.js"><\/script>/);
    const expected: Array<[string, string]> = [
      ['/index.html', 'text/html; charset=utf-8'],
      ['/article.json', 'application/json; charset=utf-8'],
      ['/hero.svg', 'image/svg+xml'],
      ['/avatar-rs.svg', 'image/svg+xml'],
      ['/dist/news-elements.js', 'text/javascript; charset=utf-8'],
      ['/dist/news-elements.js?v=1', 'text/javascript; charset=utf-8'],
      ['/hero-link.svg', 'image/svg+xml'],
    ];
    for (const [path, type] of expected) {
      const r = await rawRequest(s.url, path);
      assert.equal(r.status, 200, path);
      assert.equal(r.headers['content-type'], type, path);
      assert.equal(r.headers['x-content-type-options'], 'nosniff', path);
      assert.equal(r.headers['content-length'], String(r.body.length), path);
    }
    assert.equal((await rawRequest(s.url, '/dist/news-elements.js')).body.toString(), BUNDLE);
    const list = await get(`${s.url}/api/articles/${ARTICLE}/comments`);
    assert.equal(list.status, 200);
    assert.ok(list.json.comments.length >= 4);
  });

  it('serves the moderation page at /admin/', async () => {
    const page = await rawRequest(s.url, '/admin/');
    assert.equal(page.status, 200);
    assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(page.body.toString(), /<comment-moderation[^>]*endpoint="\/api\/moderation"/);
  });

  it('answers 404 for the database, every project file and every way of climbing to them', async () => {
    const targets = [
      ...DENIED_TARGETS,
      '/dist/escape.json',
      '/dist/up/package.json',
      '/dist/up/data/comments.db',
      '/dist/hidden.js',
      '/dist/.secret.js',
      '/.env.json',
      '/comments.json',
      '/bundle-link.js',
      '/dist/',
      '/dist',
      '/demo/',
      '/demo/index.html',
      '/dist/news-elements.js/',
      '/hero.svg/..',
    ];
    for (const target of targets) {
      for (const method of ['GET', 'HEAD']) {
        const r = await rawRequest(s.url, target, method);
        assert.equal(r.status, 404, `${method} ${target}`);
        assert.ok(!leaks(r.body), `${method} ${target} leaked`);
      }
    }
  });

  it('answers HEAD like GET without a body, and other methods with 405', async () => {
    const byGet = await rawRequest(s.url, '/article.json');
    const byHead = await rawRequest(s.url, '/article.json', 'HEAD');
    assert.equal(byHead.status, 200);
    assert.equal(byHead.body.length, 0);
    assert.equal(byHead.headers['content-length'], String(byGet.body.length));
    assert.equal(byHead.headers['content-type'], byGet.headers['content-type']);
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      for (const path of ['/', '/article.json', '/package.json']) {
        const r = await rawRequest(s.url, path, method);
        assert.equal(r.status, 405, `${method} ${path}`);
        assert.equal(r.headers.allow, 'GET, HEAD');
      }
    }
  });

  it('keeps the database outside every served folder, and refuses to start with one inside', () => {
    for (const dir of [DEMO_DIR, DIST_DIR]) assert.ok(!DEMO_DB_PATH.startsWith(dir), `${DEMO_DB_PATH} in ${dir}`);
    assert.equal(DEMO_DB_PATH, join(PROJECT_ROOT, 'data', 'comments.db'));
    for (const dbPath of [join(project, 'demo/comments.db'), join(project, 'dist/sub/comments.db')]) {
      assert.throws(
        () => createDemoServer({ demoDir: join(project, 'demo'), distDir: join(project, 'dist'), app: { dbPath } }),
        /must not lie in a served folder/,
      );
    }
  });
});
