// The demo article server-rendered (news-elements/ssr) at /articles/carney-beijing-visit: the page
// demo/index.html shows, with the article in the first HTML response — readable with JavaScript off —
// and the bundle hydrating it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderPage } from '../src/ssr/index.js';
import { LOCALE_TAGS, localized } from '../src/internal/localize.js';
import { en as english } from '../src/comment-form/strings.js';
import { sendGenerated } from './static.js';

export const DEMO_ARTICLE_PATH = '/articles/carney-beijing-visit';

/** The site's header and footer, as demo/index.html has them. */
const MASTHEAD = `<header class="masthead">
      <a class="brand" href="/">The Daily Dispatch</a>
      <nav aria-label="Sections"><a href="#">World</a><a href="#">Canada</a><a href="#">Business</a><a href="#">Opinion</a></nav>
    </header>`;
const footer = (languages: string) => `<footer class="site-footer">
      <p>A demo of <a href="https://www.npmjs.com/package/news-elements">news-elements</a>, rendered on the server. Comments are stored in a local SQLite database.</p>
      ${languages}
    </footer>`;
const COMMENTS_SRC = '/api/articles/carney-beijing-visit/comments';
const ENDPOINT = '/api/comments';

/**
 * The first page of comments, asked of the server's own API as a reader's browser would (the page
 * shows what the API shows).
 */
async function firstPage(req: IncomingMessage): Promise<{ page: unknown; eventId?: string }> {
  const { localAddress = '127.0.0.1', localPort } = req.socket;
  const ipv4 = localAddress.replace(/^::ffff:/, '');
  const host = ipv4.includes(':') ? `[${ipv4}]` : ipv4;
  const response = await fetch(`http://${host}:${localPort}${COMMENTS_SRC}`, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${COMMENTS_SRC} answered HTTP ${response.status}`);
  // Where the page's live list starts its stream: nothing approved after this read is missed.
  return { page: await response.json(), eventId: response.headers.get('X-Comments-Event-Id') ?? undefined };
}

/** What this page shares with demo/index.html: its inline `<style>`, and the footer's links to the other languages. */
function fromIndexPage(demoDir: string): { style: string; languages: string } {
  const index = readFileSync(join(demoDir, 'index.html'), 'utf8');
  const style = /<style>[\s\S]*?<\/style>/.exec(index)?.[0];
  const languages = /<nav class="languages"[\s\S]*?<\/nav>/.exec(index)?.[0];
  if (!style || !languages) throw new Error('demo/index.html has no <style> or <nav class="languages"> for the page to share');
  return { style, languages };
}

/**
 * demo/article.json is written for demo/index.html at the site's root: its relative image URLs are
 * made root-relative for a page one folder down.
 */
function forThisPage(article: { image?: { src?: string }; authors?: { image?: string }[] }) {
  const rooted = (url?: string) => (url && !/^([a-z][a-z\d+.-]*:|\/)/i.test(url) ? `/${url}` : url);
  if (article.image) article.image.src = rooted(article.image.src);
  for (const author of article.authors ?? []) author.image = rooted(author.image);
  return article;
}

/** Whether the handler answers this request: GET and HEAD of DEMO_ARTICLE_PATH. */
export function isDemoArticlePage(req: IncomingMessage): boolean {
  return new URL(req.url ?? '/', 'http://localhost').pathname === DEMO_ARTICLE_PATH && ['GET', 'HEAD'].includes(req.method ?? '');
}

/**
 * The page's handler. After a comment posted without JavaScript the endpoint sends the reader back
 * here with `?unapproved={id}` when it is held for moderation: the page then says so above the form.
 */
export function createDemoArticlePage(demoDir: string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const held = query.has('unapproved');
    // ?lang=fr: the elements in one of the shipped languages (the article's own text stays as written,
    // except where the demo has it translated: article.ar.json, article.he.json).
    const lang = LOCALE_TAGS.find((tag) => tag === query.get('lang')) ?? 'en';
    const translated = join(demoDir, `article.${lang}.json`);
    let html: string;
    try {
      // Read each time: the page follows edits of article.json and index.html, as the client-rendered page does.
      const article = forThisPage(JSON.parse(readFileSync(existsSync(translated) ? translated : join(demoDir, 'article.json'), 'utf8')));
      const shared = fromIndexPage(demoDir);
      const first = await firstPage(req);
      html = renderPage({
        article,
        siteName: 'The Daily Dispatch',
        scriptSrc: '/dist/news-elements.js',
        lang,
        head: `<link rel="icon" href="data:,">\n    ${shared.style}`,
        before: MASTHEAD,
        after: footer(shared.languages),
        comments: first.page,
        commentsSrc: COMMENTS_SRC,
        live: true,
        liveFrom: first.eventId,
        endpoint: ENDPOINT,
        notice: held ? localized('commentForm', lang, english).pending : undefined,
      });
    } catch (error) {
      // A broken article.json (or comments API): say what is wrong, as <news-article> would.
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`The demo article cannot be rendered: ${(error as Error).message}\n`);
      return;
    }
    await sendGenerated(req, res, 200, 'text/html; charset=utf-8', html, { 'Cache-Control': 'no-cache' });
  };
}
