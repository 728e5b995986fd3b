// The database file: created on first start, WAL, 200 concurrent posts, a restart keeping everything.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { openDb } from '../../server/db.js';
import { SEED } from '../../server/storage/seed.js';
import { ARTICLE, NODE_TS_ARGS, TOKEN, get, jsonComment, listAll, postForm, postJson, startServer, storedRows, tempDir } from './helpers.js';

describe('the database file', () => {
  const tmp = tempDir();
  after(() => tmp.remove());

  it('is created with its directories, schema and seed on first start, in WAL mode', async () => {
    const dbPath = join(tmp.dir, 'deep', 'er', 'comments.db');
    assert.ok(!existsSync(dbPath));
    const s = await startServer({ dbPath, seed: true });
    try {
      assert.ok(existsSync(dbPath));
      const db = new Database(dbPath, { readonly: true });
      try {
        assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
        const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
        assert.ok(tables.includes('comments'));
      } finally {
        db.close();
      }
      const seeded = storedRows(dbPath);
      assert.equal(seeded.length, SEED.length);
      assert.ok(seeded.every((r) => r.article_id === ARTICLE));
      assert.deepEqual(seeded.map((r) => r.status), SEED.map((s) => (s.held ? 'pending' : 'approved')));
    } finally {
      await s.stop();
    }
    // Seeded once: a restart does not add the seed again.
    const again = await startServer({ dbPath, seed: true });
    try {
      const list = await get(`${again.url}/api/articles/${ARTICLE}/comments`);
      assert.equal(list.json.total, storedRows(dbPath).filter((r) => r.status === 'approved').length);
      assert.equal(storedRows(dbPath).length, SEED.length);
    } finally {
      await again.stop();
    }
  });

  it('is created and seeded once when several processes open a new file at the same moment', { timeout: 90_000 }, async () => {
    const child = join(import.meta.dirname, 'open-db-child.ts');
    for (let round = 0; round < 5; round++) {
      const dbPath = join(tmp.dir, `fresh-${round}`, 'comments.db');
      const children = Array.from({ length: 4 }, () => spawn(process.execPath, [...NODE_TS_ARGS, child, dbPath], { stdio: ['pipe', 'pipe', 'inherit'] }));
      const lines = children.map((c) => {
        c.stdout.setEncoding('utf8');
        let out = '';
        return (wanted: number) =>
          new Promise<string[]>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no answer within 20 s: ${out}`)), 20_000);
            const check = () => {
              const got = out.split('\n').filter(Boolean);
              if (got.length < wanted) return;
              clearTimeout(timer);
              c.stdout.off('data', onData);
              resolve(got);
            };
            const onData = (chunk: string) => {
              out += chunk;
              check();
            };
            c.stdout.on('data', onData);
            check();
          });
      });
      await Promise.all(lines.map((read) => read(1))); // every process loaded and waiting
      for (const c of children) c.stdin.end('go\n'); // all open at once
      const answers = await Promise.all(lines.map((read) => read(2)));
      const created = answers.map((got) => JSON.parse(got[1]!).created as boolean);
      assert.equal(created.filter(Boolean).length, 1, `round ${round}: one open created the database (${created})`);
      const rows = storedRows(dbPath);
      assert.equal(rows.length, SEED.length, `round ${round}: the seed once, not ${rows.length / SEED.length} times`);
    }
  });

  it('stores 200 concurrent posts exactly once each, none lost', async () => {
    const dbPath = join(tmp.dir, 'concurrent.db');
    const s = await startServer({ dbPath, autoApprove: true, rateLimit: { max: 1000, windowMs: 60_000 } });
    try {
      const contents = Array.from({ length: 200 }, (_, i) => `Concurrent comment #${i} about canola tariffs`);
      const replies = await Promise.all(
        contents.map((content, i) =>
          i % 3 === 2
            ? postForm(s.url, { comment: content, author: `Reader ${i}`, email: `reader${i}@example.com`, comment_post_ID: ARTICLE, comment_parent: '0' })
            : postJson(s.url, jsonComment({ content }, { name: `Reader ${i}`, email: `reader${i}@example.com` })),
        ),
      );
      const statuses = replies.map((r) => r.status);
      assert.deepEqual([...new Set(statuses)], [201], `statuses: ${statuses.join(',')}`);
      assert.equal(new Set(replies.map((r) => r.json.id)).size, 200, 'distinct ids');
      for (let i = 0; i < 200; i++) assert.equal(replies[i]!.json.content, contents[i]);

      const rows = storedRows(dbPath);
      assert.equal(rows.length, 200);
      assert.deepEqual(rows.map((r) => r.content).sort(), [...contents].sort());

      const listed = await listAll(s.url, `/api/articles/${ARTICLE}/comments?limit=100`);
      assert.equal(listed.length, 200);
      assert.deepEqual(listed.map((c) => c.content).sort(), [...contents].sort());
    } finally {
      await s.stop();
    }
  });

  it('stays consistent with two apps writing to one file at once', async () => {
    const dbPath = join(tmp.dir, 'two-apps.db');
    const a = await startServer({ dbPath, autoApprove: true });
    const b = await startServer({ dbPath, autoApprove: true });
    try {
      const replies = await Promise.all(
        Array.from({ length: 100 }, (_, i) => postJson(i % 2 ? a.url : b.url, jsonComment({ content: `Two apps, comment ${i}` }))),
      );
      assert.deepEqual([...new Set(replies.map((r) => r.status))], [201]);
      // The same comment sent to both apps at once: stored once, the other is a duplicate.
      const same = jsonComment({ content: 'Sent to both servers.' });
      const both = await Promise.all([postJson(a.url, same), postJson(b.url, same)]);
      assert.deepEqual(both.map((r) => r.status).sort(), [201, 409]);
      assert.equal(storedRows(dbPath).length, 101);
    } finally {
      await a.stop();
      await b.stop();
    }
  });

  it('keeps everything across a restart (close the app, open a new one on the same file)', async () => {
    const dbPath = join(tmp.dir, 'restart.db');
    const first = await startServer({ dbPath, moderationToken: TOKEN, seed: true });
    let before: any;
    let pendingId: number;
    try {
      const top = await postJson(first.url, jsonComment({ content: 'Before the restart.' }));
      const reply = await postJson(first.url, jsonComment({ parentId: top.json.id, content: 'A reply before the restart.' }, { name: 'Bo', email: 'bo@example.com' }));
      const pending = await postJson(first.url, jsonComment({ content: 'Still pending after the restart.' }, { name: 'Cy', email: 'cy@example.com' }));
      pendingId = pending.json.id;
      for (const id of [top.json.id, reply.json.id]) {
        const r = await fetch(`${first.url}/api/comments/${id}/approve`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` } });
        assert.equal(r.status, 200);
        await r.arrayBuffer();
      }
      before = (await get(`${first.url}/api/articles/${ARTICLE}/comments`)).json;
    } finally {
      await first.stop();
    }
    const rowsBefore = storedRows(dbPath);

    const second = await startServer({ dbPath, moderationToken: TOKEN, seed: true });
    try {
      const afterRestart = (await get(`${second.url}/api/articles/${ARTICLE}/comments`)).json;
      assert.deepEqual(afterRestart, before, 'the same listing, byte for byte');
      assert.deepEqual(storedRows(dbPath), rowsBefore, 'the same rows, emails and pending ones included');
      assert.ok(!afterRestart.comments.some((c: any) => c.id === pendingId));

      // It keeps working: a duplicate of a pre-restart comment is still detected, new ids continue.
      const dup = await postJson(second.url, jsonComment({ content: 'Before the restart.' }));
      assert.equal(dup.status, 409);
      const fresh = await postJson(second.url, jsonComment({ content: 'After the restart.' }));
      assert.equal(fresh.status, 201);
      assert.ok(fresh.json.id > Math.max(...rowsBefore.map((r) => r.id)));
      const approved = await fetch(`${second.url}/api/comments/${pendingId}/approve`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` } });
      assert.equal(approved.status, 200);
      await approved.arrayBuffer();
    } finally {
      await second.stop();
    }
  });

  it('checks a post for duplicates without scanning the article (20,000 comments: well under 1 ms a check)', () => {
    const db = openDb(join(tmp.dir, 'many.db'), { seed: false });
    try {
      db.transaction(() => {
        for (let i = 0; i < 20_000; i++) {
          db.insertComment({ articleId: ARTICLE, parentId: null, name: `Reader ${i % 300}`, email: `r${i % 300}@example.com`, url: '', content: `Comment ${i}`, date: '2026-01-15T12:00:00.000Z', status: 'approved' });
        }
      });
      assert.ok(db.findDuplicate({ articleId: ARTICLE, name: 'Reader 7', email: 'R7@example.com', content: 'Comment 307' }));
      const started = performance.now();
      for (let i = 0; i < 200; i++) db.findDuplicate({ articleId: ARTICLE, name: `New ${i}`, email: 'new@example.com', content: `New ${i}` });
      const perCheck = (performance.now() - started) / 200;
      assert.ok(perCheck < 1, `${perCheck.toFixed(3)} ms a check (a scan of the article took ~4 ms at this size)`);
    } finally {
      db.close();
    }
  });

  it('answers 503 after close() instead of touching a closed database', async () => {
    const dbPath = join(tmp.dir, 'closed.db');
    const s = await startServer({ dbPath });
    s.app.close();
    try {
      const r = await postJson(s.url, jsonComment());
      assert.equal(r.status, 503);
    } finally {
      await s.stop();
    }
  });
});
