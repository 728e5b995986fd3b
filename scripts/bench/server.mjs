// Load and fault bench of the comments server (npm run bench:server), on 127.0.0.1 only, bounded
// in count and time. Prints figures; asserts nothing but its own bookkeeping.
//
// For each setup — SQLite with one instance, PostgreSQL (a throwaway cluster) with two — it starts
// the instances as real processes (server/main.ts), then M clients post N comments between them,
// round-robin as a load balancer would, each post from its own address (X-Forwarded-For, with
// TRUST_PROXY=127.0.0.1) and with its own Idempotency-Key. Halfway through, one instance is killed
// with SIGKILL and started again. A client retries a post (same key, same body) until it is
// answered 201, as <comment-form> does. Then it counts:
//   acknowledged  posts answered 201
//   stored        rows in the database
//   duplicates    posts stored more than once       (must be 0)
//   lost          acknowledged posts not stored     (must be 0)
// and times POST (each attempt that got an answer) and a GET of a 100-comment thread.
//
//   npm run bench:server [-- --posts 400 --clients 20]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { postgresUnavailable, startPostgres } from '../postgres.mjs';
import { freePort } from '../free-port.mjs';

const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const POSTS = option('posts', 400);
const CLIENTS = option('clients', 20);
const GETS = option('gets', 200);
const DEADLINE_MS = 120_000; // the whole setup gives up after this
const ARTICLE = 'bench-article';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
};

/** One server process on `port`; resolves once it listens and its database answers. */
async function startInstance(port, env) {
  const child = spawn(process.execPath, ['--conditions=news-elements:source', '--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), TRUST_PROXY: '127.0.0.1', AUTO_APPROVE: '1', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (const started = Date.now(); Date.now() - started < 20_000; await sleep(50)) {
    if (child.exitCode !== null) throw new Error(`the instance on ${port} exited (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/api/articles/${ARTICLE}/comments?limit=1`)).status === 200) return { child, url, port, env };
    } catch {
      // not listening yet
    }
  }
  child.kill('SIGKILL');
  throw new Error(`the instance on ${port} did not start within 20 s`);
}

async function post(url, index, client) {
  const started = performance.now();
  const response = await fetch(`${url}/api/comments`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': `bench-${index}`,
      'X-Forwarded-For': `198.18.${client}.${index % 250}`,
    },
    body: JSON.stringify({ articleId: ARTICLE, parentId: null, content: `Bench comment ${index}.`, author: { name: `Reader ${index}`, email: `r${index}@example.com` } }),
    signal: AbortSignal.timeout(10_000),
  });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

/** The posts, the kill halfway, the retries; then the database's own count. */
async function run(name, instances, countStored) {
  const deadline = Date.now() + DEADLINE_MS;
  const postTimes = [];
  const acknowledged = new Set();
  let attempts = 0;
  let failedAttempts = 0;
  let next = 0;
  let turn = 0;
  let killed = false;
  const started = performance.now();

  const client = async (id) => {
    for (let index = next++; index < POSTS; index = next++) {
      for (;;) {
        if (Date.now() > deadline) throw new Error(`${name}: post ${index} unanswered at the deadline`);
        const instance = instances[turn++ % instances.length];
        attempts++;
        try {
          const { status, ms } = await post(instance.url, index, id);
          postTimes.push(ms);
          if (status === 201) {
            acknowledged.add(index);
            break;
          }
          failedAttempts++;
          await sleep(status === 503 || status === 409 ? 100 : 20);
        } catch {
          failedAttempts++; // the instance is down: the connection was refused or dropped
          await sleep(20);
        }
      }
      if (!killed && acknowledged.size >= POSTS / 2) {
        killed = true;
        void restart(instances[0]);
      }
    }
  };

  let restarted;
  const restart = async (instance) => {
    instance.child.kill('SIGKILL');
    const again = await startInstance(instance.port, instance.env);
    instance.child = again.child;
    restarted = true;
  };

  await Promise.all(Array.from({ length: CLIENTS }, (_, id) => client(id)));
  const seconds = (performance.now() - started) / 1000;
  for (let wait = 0; !restarted && wait < 200; wait++) await sleep(100);

  const rows = await countStored();
  const stored = rows.length;
  const byContent = new Map();
  for (const { content } of rows) byContent.set(content, (byContent.get(content) ?? 0) + 1);
  const duplicates = [...byContent.values()].filter((n) => n > 1).length;
  const lost = [...acknowledged].filter((index) => !byContent.has(`Bench comment ${index}.`)).length;

  // A 100-comment thread, read by many readers.
  const list = `${instances.at(-1).url}/api/articles/${ARTICLE}/comments?limit=100`;
  const getTimes = [];
  const getsStarted = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (getTimes.length < GETS) {
        const t = performance.now();
        const response = await fetch(list);
        const body = await response.json();
        if (body.comments.length !== 100) throw new Error(`${name}: the thread has ${body.comments.length} comments, not 100`);
        getTimes.push(performance.now() - t);
      }
    }),
  );
  const getSeconds = (performance.now() - getsStarted) / 1000;

  return {
    setup: name,
    acknowledged: acknowledged.size,
    stored,
    duplicates,
    lost,
    'attempts (failed)': `${attempts} (${failedAttempts})`,
    'POST p50/p99 ms': `${percentile(postTimes, 50).toFixed(1)} / ${percentile(postTimes, 99).toFixed(1)}`,
    'POST attempts/s': Math.round(attempts / seconds),
    'GET 100 p50/p99 ms': `${percentile(getTimes, 50).toFixed(1)} / ${percentile(getTimes, 99).toFixed(1)}`,
    'GET req/s': Math.round(getTimes.length / getSeconds),
  };
}

const results = [];
const stopAll = (instances) => instances.forEach((instance) => instance.child.kill('SIGKILL'));

// SQLite: one instance, one file.
{
  const dir = mkdtempSync(join(tmpdir(), 'news-elements-bench-'));
  const file = join(dir, 'comments.db');
  const instances = [await startInstance(await freePort(), { COMMENTS_DB: file })];
  try {
    results.push(
      await run('SQLite, 1 instance', instances, async () => {
        const db = new Database(file, { readonly: true });
        try {
          return db.prepare('SELECT content FROM comments WHERE article_id = ?').all(ARTICLE);
        } finally {
          db.close();
        }
      }),
    );
  } finally {
    stopAll(instances);
    rmSync(dir, { recursive: true, force: true });
  }
}

// PostgreSQL: two instances, one database.
const unavailable = postgresUnavailable();
if (unavailable) console.log(`PostgreSQL skipped: ${unavailable}`);
else {
  const cluster = await startPostgres();
  const env = { DATABASE_URL: cluster.url };
  const instances = [await startInstance(await freePort(), env), await startInstance(await freePort(), env)];
  try {
    results.push(
      await run('PostgreSQL, 2 instances', instances, async () => {
        const client = new pg.Client(cluster.url);
        await client.connect();
        try {
          return (await client.query('SELECT content FROM comments WHERE article_id = $1', [ARTICLE])).rows;
        } finally {
          await client.end();
        }
      }),
    );
  } finally {
    stopAll(instances);
    cluster.stop();
  }
}

console.log(`\n${POSTS} posts from ${CLIENTS} clients, one instance killed (SIGKILL) and restarted halfway; ${GETS} reads of a 100-comment thread.\n`);
console.table(results);
const bad = results.filter((result) => result.lost || result.duplicates || result.acknowledged !== POSTS);
if (bad.length) {
  console.error(`\nNot every post was stored exactly once: ${bad.map((result) => result.setup).join(', ')}`);
  process.exitCode = 1;
}
