/**
 * `npx news-elements render article.json [options]`: a server-rendered page (or, with `--fragment`,
 * the elements alone) for static-site builds — the article with, inside it, the comment list (from
 * `--comments`) and the comment form (with `--endpoint`), all hydrating in the browser without a
 * fetch. Bad input exits with status 1 and the message the element would show; a wrong command
 * line with status 2 and the usage. (bin.ts runs it.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { RenderInputError, articleFrom, renderDiscussion, renderPage } from '../ssr/index.js';

const USAGE = `Usage: news-elements render <article.json> [options]

Options:
  --comments <file>     the first page of comments (JSON: [...] or { comments, total, next })
  --comments-src <url>  where the list fetches further pages in the browser
  --endpoint <url>      where the comment form posts (without it, no form)
  --format <format>     json (default), form (wp-comments-post.php) or wordpress
  --lang <tag>          the page's language (default: the article's, else en)
  --time-zone <zone>    the zone dates are written in (default UTC)
  --now <date>          the clock, for the same output on every run (ISO 8601; default now)
  --site-name <name>    after the headline in the title, and og:site_name
  --script-src <url>    the bundle (news-elements.js), loaded as a module script
  --fragment            the elements only, not a whole page
  -o, --output <file>   write there instead of to standard output
  -h, --help            this text

The comments server's commands (each with --help):
  news-elements serve                       the comments API (and a folder of files)
  news-elements import wordpress|disqus <file>   comments from a WordPress (WXR) or Disqus export
  news-elements export --article <id>       an article's comments as JSON`;

/** A failure to report: the message, and whether the usage helps. */
class UsageError extends Error {}

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RenderInputError(`the ${what} ${path} is not valid JSON (${(error as Error).message})`);
  }
}

/** Runs the command; returns the exit status. */
export function main(argv: string[], out: (text: string) => void = (text) => process.stdout.write(text), err: (text: string) => void = (text) => process.stderr.write(text)): number {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        comments: { type: 'string' },
        'comments-src': { type: 'string' },
        endpoint: { type: 'string' },
        format: { type: 'string' },
        lang: { type: 'string' },
        'time-zone': { type: 'string' },
        now: { type: 'string' },
        'site-name': { type: 'string' },
        'script-src': { type: 'string' },
        fragment: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      out(`${USAGE}\n`);
      return 0;
    }
    const [command, articlePath, ...extra] = positionals;
    if (command !== 'render' || !articlePath || extra.length) throw new UsageError(command === 'render' ? 'render takes one article file' : `unknown command ${command ?? '(none)'}`);
    if (values.format && !['json', 'form', 'wordpress'].includes(values.format)) throw new UsageError(`--format must be json, form or wordpress (got ${values.format})`);
    const now = values.now === undefined ? undefined : Date.parse(values.now);
    if (Number.isNaN(now)) throw new UsageError(`--now must be an ISO 8601 date (got ${values.now})`);
    if (values['time-zone']) {
      try {
        new Intl.DateTimeFormat('en', { timeZone: values['time-zone'] });
      } catch {
        throw new UsageError(`--time-zone must be an IANA time zone such as Europe/Paris (got ${values['time-zone']})`);
      }
    }
    const options = {
      comments: values.comments === undefined ? undefined : readJson(values.comments, 'comments'),
      commentsSrc: values['comments-src'],
      endpoint: values.endpoint,
      format: values.format,
      lang: values.lang,
      timeZone: values['time-zone'],
      now,
    };
    const input = readJson(articlePath, 'article');
    const html = values.fragment
      ? `${renderDiscussion(articleFrom(input), options)}\n`
      : renderPage({ ...options, article: input, siteName: values['site-name'], scriptSrc: values['script-src'] });
    if (values.output) writeFileSync(values.output, html);
    else out(html);
    return 0;
  } catch (error) {
    if (error instanceof RenderInputError) {
      err(`news-elements: ${error.message}\n`);
      return 1;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err(`news-elements: ${(error as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}
