// The comments server as the package publishes it (the built lib/, plain Node without the source
// condition): `news-elements/server`'s createCommentsServer, and `npx news-elements serve`.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE, jsonComment, tempDir } from './helpers.js';

const PROJECT = join(import.meta.dirname, '../..');

describe('news-elements/server (lib/server)', () => {
  const tmp = tempDir();
  after(() => tmp.remove());

  it('exports createCommentsServer: an http handler that answers the API and 404s the rest, plus ready() and close()', () => {
    const script = `
      import { createServer } from 'node:http';
      import { createCommentsServer } from 'news-elements/server';
      const comments = createCommentsServer({ dbPath: ${JSON.stringify(join(tmp.dir, 'entry.db'))}, seed: false, autoApprove: true });
      await comments.ready();
      const server = createServer(comments.handler).listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      const base = 'http://127.0.0.1:' + server.address().port;
      const posted = await fetch(base + '/api/comments', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: ${JSON.stringify(JSON.stringify(jsonComment()))} });
      const listed = await (await fetch(base + '/api/articles/${ARTICLE}/comments')).json();
      const other = await fetch(base + '/anything');
      console.log(JSON.stringify({ resolved: import.meta.resolve('news-elements/server'), posted: posted.status, total: listed.total, other: other.status }));
      server.close();
      await comments.close();`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: PROJECT, encoding: 'utf8' });
    const result = JSON.parse(output);
    assert.match(result.resolved, /\/lib\/server\/index\.js$/);
    assert.deepEqual({ ...result, resolved: undefined }, { resolved: undefined, posted: 201, total: 1, other: 404 });
  });
});

describe('npx news-elements serve', () => {
  const tmp = tempDir();
  after(() => tmp.remove());

  /** Starts the command; resolves with its URL once it says it listens. */
  function start(args: string[]) {
    const child = spawn(process.execPath, [join(PROJECT, 'lib/cli/bin.js'), 'serve', ...args], { cwd: tmp.dir, env: { ...process.env, PORT: '', HOST: '' } });
    let output = '';
    const url = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk;
        const match = /Comments API: (http:\/\/\S+?)api\//.exec(output);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
    });
    return { child, url };
  }

  it('serves the API on SQLite, and with --static a folder beside it — nothing else', async () => {
    const site = join(tmp.dir, 'site');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>A static site</title>');
    const { child, url } = start(['--port', '0', '--db', `sqlite:${join(tmp.dir, 'serve.db')}`, '--static', site]);
    try {
      const base = await url;
      const posted = await fetch(`${base}api/comments`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(jsonComment()) });
      assert.equal(posted.status, 201);
      assert.equal((await (await fetch(`${base}api/articles/${ARTICLE}/comments?status=all`)).json()).code, 'moderation_disabled');
      assert.match(await (await fetch(base)).text(), /A static site/);
      for (const path of ['serve.db', 'package.json', '../serve.db']) assert.equal((await fetch(`${base}${path}`)).status, 404, path);
    } finally {
      child.kill('SIGTERM');
    }
    const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
    assert.equal(code, 0, 'stops cleanly on SIGTERM');
  });

  it('refuses a --db that is neither sqlite: nor postgres://, and a --db-read without a PostgreSQL --db, with status 2 and the usage', () => {
    const refused = (args: string[], message: RegExp) =>
      assert.throws(
        () => execFileSync(process.execPath, [join(PROJECT, 'lib/cli/bin.js'), 'serve', ...args], { encoding: 'utf8', stdio: 'pipe' }),
        (error: { status?: number; stderr?: string }) => error.status === 2 && message.test(error.stderr ?? '') && /Usage: news-elements serve/.test(error.stderr ?? ''),
      );
    refused(['--db', 'mysql://x'], /--db must be sqlite:<file> or postgres:\/\//);
    refused(['--db', 'sqlite:x.db', '--db-read', 'postgres://replica/db'], /--db-read must be postgres:\/\/…, beside a PostgreSQL --db/);
  });
});

describe('npx news-elements import / export', () => {
  const tmp = tempDir();
  after(() => tmp.remove());

  it('imports a WordPress export into SQLite, once, and exports an article as JSON', () => {
    const bin = (args: string[]) => execFileSync(process.execPath, [join(PROJECT, 'lib/cli/bin.js'), ...args], { cwd: tmp.dir, encoding: 'utf8', env: { ...process.env, COMMENTS_DB: '', DATABASE_URL: '' } });
    const db = `sqlite:${join(tmp.dir, 'imported.db')}`;
    const wxr = join(PROJECT, 'tests/fixtures/import/wordpress-export.xml');
    assert.match(bin(['import', 'wordpress', wxr, '--db', db]), /: 6 inserted, 0 already imported\./);
    assert.match(bin(['import', 'wordpress', wxr, '--db', db]), /: 0 inserted, 6 already imported\./);
    const exported = JSON.parse(bin(['export', '--article', 'hello-world', '--db', db]));
    assert.deepEqual(exported.comments.map((c: { author: { name: string }; status: string }) => [c.author.name, c.status]), [['A WordPress Commenter', 'approved']]);
  });
});
