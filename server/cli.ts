/**
 * `npx news-elements serve [options]`: the comments server on its own — the API under `/api/`, and
 * with `--static DIR` that folder's files beside it (never anything else). Options override the
 * environment (PORT, HOST, DATABASE_URL, DATABASE_READ_URL, COMMENTS_DB, AUTO_APPROVE,
 * MODERATION_TOKEN, TRUST_PROXY, CORS_ORIGINS, WEBHOOK_URL, WEBHOOK_SECRET). src/cli/bin.ts hands
 * the `serve` command here.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { commentsServerOptionsFromEnv, createCommentsServer } from './index.js';
import { createHttpServer, listenAddressFromEnv, runUntilSignalled } from './http.js';
import { createStaticHandler } from './static.js';

export const SERVE_USAGE = `Usage: news-elements serve [options]

Options:
  --port <n>        the port (default $PORT, else 8787; 0 = any free port)
  --host <host>     the address to listen on (default $HOST, else 127.0.0.1)
  --db <db>         sqlite:<file> (default $COMMENTS_DB, else data/comments.db)
                    or postgres://user@host/database (default $DATABASE_URL)
  --db-read <url>   postgres://… of a read replica: the public thread is read there
                    (default $DATABASE_READ_URL)
  --static <dir>    also serve the files of this folder (a built site) at /
  -h, --help        this text

Environment: AUTO_APPROVE=1, MODERATION_TOKEN, TRUST_PROXY, CORS_ORIGINS,
WEBHOOK_URL, WEBHOOK_SECRET (see the README).`;

/** Starts the server; returns an exit status only when it does not start (2: a wrong command line). */
export function serve(argv: string[], env: NodeJS.ProcessEnv = process.env): number | undefined {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        db: { type: 'string' },
        'db-read': { type: 'string' },
        static: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`news-elements serve: ${(error as Error).message}\n\n${SERVE_USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(SERVE_USAGE);
    return 0;
  }
  const options = commentsServerOptionsFromEnv(env);
  if (values.db !== undefined) {
    if (/^postgres(ql)?:\/\//.test(values.db)) options.databaseUrl = values.db;
    else if (values.db.startsWith('sqlite:') && values.db.length > 'sqlite:'.length) {
      options.dbPath = values.db.slice('sqlite:'.length);
      options.databaseUrl = undefined;
    } else {
      console.error(`news-elements serve: --db must be sqlite:<file> or postgres://… (got ${values.db})\n\n${SERVE_USAGE}`);
      return 2;
    }
  }
  if (values['db-read'] !== undefined) {
    if (!/^postgres(ql)?:\/\//.test(values['db-read']) || !options.databaseUrl) {
      console.error(`news-elements serve: --db-read must be postgres://…, beside a PostgreSQL --db (got ${values['db-read']})\n\n${SERVE_USAGE}`);
      return 2;
    }
    options.databaseReadUrl = values['db-read'];
  }
  const { host, port } = listenAddressFromEnv({ ...env, ...(values.port === undefined ? {} : { PORT: values.port }), ...(values.host ? { HOST: values.host } : {}) }, 8787);
  let comments;
  try {
    comments = createCommentsServer(options);
  } catch (error) {
    console.error(`news-elements serve: ${(error as Error).message}`); // a bad TRUST_PROXY or CORS_ORIGINS
    return 2;
  }
  const files = values.static ? createStaticHandler([{ prefix: '/', dir: resolve(values.static), index: 'index.html' }]) : undefined;
  const server = createHttpServer((req, res) => {
    const url = req.url ?? '/';
    if (!files || url === '/api' || url.startsWith('/api/') || url.startsWith('/api?')) return comments.handler(req, res);
    files(req, res).catch(() => res.destroy());
  });
  comments.ready().catch((error: unknown) => console.error(`[comments] ${(error as Error).message}`));
  const where = options.databaseUrl ? 'PostgreSQL' : `SQLite ${options.dbPath}`;
  runUntilSignalled(server, { host, port, close: () => comments.close(), describe: (url) => `Comments API: ${url}api/ (${where})${files ? `; files of ${values.static} at ${url}` : ''}` });
  return undefined;
}
