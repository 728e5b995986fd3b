/**
 * `npx news-elements import wordpress|disqus <file>` and `npx news-elements export --article <id>`:
 * comments from a WordPress (WXR) or Disqus (XML) export into the comments database, as many times
 * as needed (a comment already imported is skipped), and one article's comments out of it, as JSON.
 * src/cli/bin.ts hands both commands here. Exit status: 0 done, 1 a file or database that cannot be
 * read (the file's line when it is the file), 2 a wrong command line, with the usage.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openStore } from '../app.js';
import { applyDbOption, DB_USAGE } from '../cli.js';
import { commentsServerOptionsFromEnv, type CommentsServerOptions } from '../index.js';
import { StorageUnavailableError, type CommentRow, type CommentsStore } from '../storage/store.js';
import { readDisqusFile } from './disqus.js';
import { mapComments, MAP_BY, readMapFile, type MapBy, type MappedExport } from './mapping.js';
import { SKIP_REASONS, type ParsedExport, type SkipReason } from './source.js';
import { readWxrFile } from './wxr.js';
import { ImportFileError } from './xml.js';

export const IMPORT_USAGE = `Usage: news-elements import wordpress|disqus <file> [options]

Stores the comments of a WordPress export (WXR: Tools → Export → All content) or of a Disqus
export (XML), each thread under an article id. Running it again, with the same file or a newer
export, stores only what it has not stored yet.

Options:
${DB_USAGE}
  --by <rule>       a thread's article id: slug (default; WordPress's post slug, else the last
                    segment of the thread's link), url (the whole link) or id (WordPress's post id,
                    Disqus's thread identifier)
  --map <file>      JSON { "<link or id>": "<article id>" }: comes before the rule
  --strict          leave out (and list) the threads that the map does not name
  --dry-run         read and map the file, store nothing
  -h, --help        this text

Kept: WordPress's approved, pending, spam and trash; Disqus's spam stays spam and a deleted post
goes to the trash. Left out: pingbacks and trackbacks. Comments are stored as plain text (the
HTML's text, entities decoded, a link's address after its text).
Exit status: 0 done, 1 a file or database that cannot be read, 2 a wrong command line.`;

export const EXPORT_USAGE = `Usage: news-elements export --article <id> [options]

Writes every comment of the article, any status, oldest first, as JSON:
  { "articleId": "…", "comments": [{ "id", "parentId", "author": { "name", "email", "url" },
    "content", "date", "status" }, …] }

Options:
  --article <id>    the article (required)
${DB_USAGE}
  -o, --out <file>  write there instead of to standard output
  -h, --help        this text`;

export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
}

const processIo: CommandIo = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text), env: process.env };

/** A wrong command line: said with the usage, status 2. */
class UsageError extends Error {}
/** The database cannot be opened or written: said, status 1. */
class DatabaseError extends Error {}

const READERS: Readonly<Record<string, { name: string; read(path: string): Promise<ParsedExport> }>> = {
  wordpress: { name: 'WordPress', read: readWxrFile },
  disqus: { name: 'Disqus', read: readDisqusFile },
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The options for the store from the environment and `--db`. */
function storeOptions(env: NodeJS.ProcessEnv, db: string | undefined): CommentsServerOptions {
  const options = commentsServerOptionsFromEnv(env);
  const error = db === undefined ? undefined : applyDbOption(options, db);
  if (error) throw new UsageError(error);
  return { ...options, seed: false };
}

const where = (options: CommentsServerOptions) => (options.databaseUrl ? 'PostgreSQL' : `SQLite ${options.dbPath}`);

/** Opens the store, runs `work`, closes it. */
async function withStore<T>(options: CommentsServerOptions, work: (store: CommentsStore) => Promise<T>): Promise<T> {
  let store: CommentsStore;
  try {
    store = await openStore(options, Date.now);
  } catch (error) {
    throw new DatabaseError(`cannot open the database (${where(options)}): ${(error as Error).message}`);
  }
  try {
    return await work(store);
  } catch (error) {
    if (error instanceof StorageUnavailableError) throw new DatabaseError(`${error.message} (${where(options)}); nothing was stored`);
    throw error;
  } finally {
    await store.close();
  }
}

/** What was read and where it goes, for the reader of the terminal. */
function summary(file: string, format: string, parsed: ParsedExport, mapped: MappedExport): string {
  const lines = [`Read ${file} (${format}): ${plural(parsed.threads.length, 'thread')}, ${plural(parsed.comments.length, 'comment')} to import.`];
  const skipped = (Object.keys(SKIP_REASONS) as SkipReason[]).filter((reason) => parsed.skipped[reason] > 0);
  if (skipped.length) lines.push(`Left out: ${skipped.map((reason) => `${SKIP_REASONS[reason]}: ${parsed.skipped[reason]}`).join(', ')}.`);
  if (parsed.orphans) lines.push(`${plural(parsed.orphans, 'reply', 'replies')} to a comment the file does not have: imported at the top level.`);
  if (mapped.duplicates) lines.push(`${plural(mapped.duplicates, 'comment')} appearing twice in the file: imported once.`);
  const articles = new Map<string, number>();
  for (const comment of mapped.comments) articles.set(comment.articleId, (articles.get(comment.articleId) ?? 0) + 1);
  if (articles.size) lines.push('Articles:');
  for (const [articleId, n] of articles) {
    const from = mapped.threads.filter((report) => report.articleId === articleId).map((report) => `${report.thread.link || `thread ${report.thread.id}`} (by ${report.how})`);
    lines.push(`  ${articleId}: ${plural(n, 'comment')}, from ${from.join(', ')}`);
  }
  const unmapped = mapped.threads.filter((report) => report.articleId === undefined);
  if (unmapped.length) {
    lines.push(`Not imported, no article id (add them to --map): ${plural(unmapped.length, 'thread')}, ${plural(mapped.unmappedComments, 'comment')}:`);
    for (const { thread, comments } of unmapped) lines.push(`  ${thread.link || '(no link)'} (id ${thread.id || 'none'}, "${thread.title}"): ${plural(comments, 'comment')}`);
  }
  return `${lines.join('\n')}\n`;
}

async function runImport(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      by: { type: 'string' },
      map: { type: 'string' },
      strict: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(`${IMPORT_USAGE}\n`);
    return 0;
  }
  const [format, file, ...extra] = positionals;
  const reader = format === undefined ? undefined : READERS[format];
  if (!reader) throw new UsageError(format === undefined ? 'import needs a format: wordpress or disqus' : `unknown format ${format}: wordpress or disqus`);
  if (!file || extra.length) throw new UsageError('import takes one export file');
  const by = values.by ?? 'slug';
  if (!(MAP_BY as readonly string[]).includes(by)) throw new UsageError(`--by must be slug, url or id (got ${by})`);
  if (values.strict && !values.map) throw new UsageError('--strict needs a --map file');
  const options = storeOptions(io.env, values.db);

  const map = values.map === undefined ? undefined : readMapFile(values.map);
  const parsed = await reader.read(file);
  const mapped = mapComments(parsed.comments, parsed.threads, { by: by as MapBy, map, strict: values.strict });
  io.out(summary(file, reader.name, parsed, mapped));
  if (values['dry-run']) {
    io.out(`Dry run: nothing stored (${plural(mapped.comments.length, 'comment')} to store, less those already imported).\n`);
    return 0;
  }
  const { inserted, skipped } = await withStore(options, (store) => store.importComments(mapped.comments));
  io.out(`Stored in ${where(options)}: ${inserted} inserted, ${skipped} already imported.\n`);
  return 0;
}

/** The JSON `export` writes for one comment. */
export function exportedComment(row: CommentRow) {
  return {
    id: row.id,
    parentId: row.parent_id,
    author: { name: row.author_name, email: row.author_email, url: row.author_url },
    content: row.content,
    date: row.created_at,
    status: row.status,
  };
}

async function runExport(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      article: { type: 'string' },
      db: { type: 'string' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(`${EXPORT_USAGE}\n`);
    return 0;
  }
  if (positionals.length) throw new UsageError(`export takes no file (got ${positionals.join(' ')}); --out names where it writes`);
  const articleId = values.article?.trim();
  if (!articleId) throw new UsageError('export needs --article <id>');
  const options = storeOptions(io.env, values.db);
  const rows = await withStore(options, (store) => store.exportComments(articleId));
  const json = `${JSON.stringify({ articleId, comments: rows.map(exportedComment) }, null, 2)}\n`;
  if (values.out) {
    writeFileSync(values.out, json);
    io.err(`Wrote ${plural(rows.length, 'comment')} of ${articleId} to ${values.out}.\n`);
  } else io.out(json);
  return 0;
}

/** Runs `import` or `export` (the command's own arguments after it); resolves with the exit status. */
export async function importExport(command: 'import' | 'export', argv: string[], io: CommandIo = processIo): Promise<number> {
  const usage = command === 'import' ? IMPORT_USAGE : EXPORT_USAGE;
  try {
    return await (command === 'import' ? runImport(argv, io) : runExport(argv, io));
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`news-elements ${command}: ${(error as Error).message}\n\n${usage}\n`);
      return 2;
    }
    if (error instanceof ImportFileError || error instanceof DatabaseError) {
      io.err(`news-elements ${command}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
