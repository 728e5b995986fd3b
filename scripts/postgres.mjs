// A throwaway PostgreSQL 15 cluster for tests and benches: Debian's package (installed with apt-get
// when it is missing and we run as root), `initdb` into a temporary folder, `pg_ctl` on a free
// loopback port with its socket in that folder — never a system service. `stop()` (or the
// process's exit) shuts it down and removes the folder.
//
//   import { startPostgres } from './scripts/postgres.mjs';
//   const pg = await startPostgres();   // { url: 'postgres://postgres@127.0.0.1:PORT/postgres', pause, resume, stop }
//
// Or from a shell: `node scripts/postgres.mjs` starts one and prints its URL until Ctrl-C.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.mjs';

const BIN = '/usr/lib/postgresql/15/bin';
const isRoot = process.getuid?.() === 0;

/** Why a cluster cannot be started here, or `undefined` when it can (after installing it if need be). */
export function postgresUnavailable() {
  if (existsSync(join(BIN, 'initdb'))) return undefined;
  if (!isRoot) return 'PostgreSQL 15 is not installed (apt-get install -y postgresql), and installing it needs root';
  console.error('postgres.mjs: installing PostgreSQL 15 (apt-get install -y postgresql)…');
  const aptGet = (...args) => execFileSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  try {
    aptGet('install', '-y', '--no-install-recommends', 'postgresql');
  } catch {
    aptGet('update'); // the package lists may be missing or stale on a fresh machine
    aptGet('install', '-y', '--no-install-recommends', 'postgresql');
  }
  return existsSync(join(BIN, 'initdb')) ? undefined : `apt-get installed postgresql, but ${BIN}/initdb is missing`;
}

/** Runs a PostgreSQL binary, as the `postgres` user when we are root (initdb refuses root). */
function run(binary, args) {
  const command = [join(BIN, binary), ...args];
  if (isRoot) execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', command.map(quote).join(' ')], { stdio: ['ignore', 'ignore', 'pipe'] });
  else execFileSync(command[0], command.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
}
const quote = (arg) => `'${String(arg).replace(/'/g, `'\\''`)}'`;

/**
 * Starts a fresh cluster. `pause()` and `resume()` stop and start the same one (its data kept), for
 * tests of a database that goes away and comes back; `stop()` ends it for good.
 */
export async function startPostgres() {
  const reason = postgresUnavailable();
  if (reason) throw new Error(`postgres.mjs: ${reason}`);
  const dir = mkdtempSync(join(tmpdir(), 'news-elements-pg-'));
  chmodSync(dir, 0o777); // the postgres user writes its data, socket and log here
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const start = () => run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  const stopNow = () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  const standbys = [];
  let running = true;
  let removed = false;
  const stop = () => {
    if (removed) return;
    removed = true;
    process.off('exit', stop);
    try {
      for (const standby of standbys) run('pg_ctl', ['-D', standby, '-m', 'immediate', '-w', 'stop']);
      if (running) stopNow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  process.on('exit', stop);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    /**
     * A hot standby of this cluster (pg_basebackup, streaming replication), on its own port: a
     * read replica, for tests of reads served apart from writes. Stopped with the primary.
     */
    async startStandby() {
      const standbyPort = await freePort();
      const standbyData = join(dir, `standby-${standbyPort}`);
      // -c fast: checkpoint at once, not spread over minutes as a busy primary's would be.
      run('pg_basebackup', ['-D', standbyData, '-h', '127.0.0.1', '-p', port, '-U', 'postgres', '-R', '-X', 'stream', '-c', 'fast']);
      const standbyOptions = `-p ${standbyPort} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200 -c hot_standby=on`;
      run('pg_ctl', ['-D', standbyData, '-o', standbyOptions, '-l', join(dir, `standby-${standbyPort}.log`), '-w', 'start']);
      standbys.push(standbyData);
      return { url: `postgres://postgres@127.0.0.1:${standbyPort}/postgres`, port: standbyPort };
    },
    /** Stops the server, keeping its data; `resume()` brings it back on the same port. */
    pause() {
      stopNow();
      running = false;
    },
    resume() {
      start();
      running = true;
    },
    stop,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pg = await startPostgres();
  console.log(pg.url);
  process.on('SIGINT', () => process.exit(0));
  setInterval(() => {}, 1 << 30);
}
