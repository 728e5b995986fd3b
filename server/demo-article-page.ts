// The demo article server-rendered (news-elements/ssr) at /articles/carney-beijing-visit: the page
// demo/index.html shows, with the article in the first HTML response — readable with JavaScript off —
// and the bundle hydrating it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderPage } from '../src/ssr/index.js';

export const DEMO_ARTICLE_PATH = '/articles/carney-beijing-visit';

/** The site's header and footer, as demo/index.html has them. */
const MASTHEAD = `<header class="masthead">
      <a class="brand" href="/">The Daily Dispatch</a>
      <nav aria-label="Sections"><a href="#">World</a><a href="#">Canada</a><a href="#">Business</a><a href="#">Opinion</a></nav>
    </header>`;
const FOOTER = `<footer class="site-footer">
      <p>A demo of <a href="https://www.npmjs.com/package/news-elements">news-elements</a>, rendered on the server. Comments are stored in a local SQLite database.</p>
    </footer>`;
/** The comments, as on the client-rendered page (they load when the reader nears them). */
const COMMENTS = `<section class="comments" aria-labelledby="comments-title">
          <h2 id="comments-title" class="visually-hidden">Comments</h2>
          <comment-list src="/api/articles/carney-beijing-visit/comments" endpoint="/api/comments"></comment-list>
          <comment-form endpoint="/api/comments"></comment-form>
        </section>`;

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

/** A handler for the page: answers GET and HEAD of DEMO_ARTICLE_PATH, and returns false for anything else. */
export function createDemoArticlePage(demoDir: string) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== DEMO_ARTICLE_PATH || !['GET', 'HEAD'].includes(req.method ?? '')) return false;
    let html: string;
    try {
      // Read each time: the page follows edits of article.json, as the client-rendered page does.
      const article = forThisPage(JSON.parse(readFileSync(join(demoDir, 'article.json'), 'utf8')));
      html = renderPage({
        article,
        siteName: 'The Daily Dispatch',
        scriptSrc: '/dist/news-elements.js',
        head: '<link rel="icon" href="data:,">\n    <link rel="stylesheet" href="/demo.css">',
        before: MASTHEAD,
        after: FOOTER,
        children: COMMENTS,
      });
    } catch (error) {
      // A broken article.json: say what is wrong, as <news-article> would.
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`The demo article cannot be rendered: ${(error as Error).message}\n`);
      return true;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache', 'Content-Length': Buffer.byteLength(html) });
    res.end(req.method === 'HEAD' ? undefined : html);
    return true;
  };
}
