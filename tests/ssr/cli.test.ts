// `news-elements render`: the page or the fragment for a static-site build, and clear failures.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/index.js';
import { normalizeArticle } from '../../src/news-article/normalize.js';
import { fullArticle, minimalArticle } from '../fixtures/articles.js';

const dir = mkdtempSync(join(tmpdir(), 'news-elements-cli-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
/** Runs the command in-process: its status and what it wrote. */
function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = main(argv, (text) => (stdout += text), (text) => (stderr += text));
  return { status, stdout, stderr };
}

describe('news-elements render', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));
  const article = file('article.json', fullArticle);
  const comments = file('comments.json', [{ id: 1, author: { name: 'Ada' }, content: 'Hello', date: '2026-01-14T10:00:00Z' }]);

  it('should print a whole page with the article, its comments and the form, the same for the same clock', () => {
    const args = ['render', article, '--comments', comments, '--endpoint', '/api/comments', '--script-src', '/news-elements.js', '--now', '2026-01-14T12:00:00Z'];
    const page = run(...args);
    assert.equal(page.status, 0, page.stderr);
    assert.match(page.stdout, /^<!doctype html>/);
    for (const part of ['<news-article', '<comment-list', '<comment-form', 'shadowrootmode="open"', '<link rel="modulepreload" href="/news-elements.js">', 'import("/news-elements.js")', 'action="/api/comments"']) {
      assert.ok(page.stdout.includes(part), part);
    }
    assert.ok(/2 hours ago/.test(page.stdout));
    assert.equal(run(...args).stdout.replace(/"idempotency_key" value="[^"]+"/, ''), page.stdout.replace(/"idempotency_key" value="[^"]+"/, ''));
  });

  it('should write only the elements with --fragment, to a file with -o', () => {
    const out = join(dir, 'fragment.html');
    // (An article with a language of its own speaks it; this one has none.)
    const result = run('render', file('minimal.json', minimalArticle), '--fragment', '-o', out, '--lang', 'fr');
    assert.deepEqual([result.status, result.stdout], [0, '']);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /^<!--lit-part [^>]*--><!--lit-node 0--><news-article/);
    assert.ok(!html.includes('<html'));
    assert.ok(html.includes('Par'), 'in French');
  });

  it("should exit 1 with the element's message for an article it would refuse, and for JSON that is not", () => {
    const bad = { ...minimalArticle, headline: '' };
    const refused = run('render', file('bad.json', bad));
    assert.equal(refused.status, 1);
    assert.equal(refused.stderr, `news-elements: ${normalizeArticle(bad).error}\n`);
    const broken = run('render', file('broken.json', '{ "id": '));
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /broken\.json is not valid JSON/);
    const badComments = run('render', article, '--comments', file('c.json', { items: [] }));
    assert.equal(badComments.status, 1);
    assert.match(badComments.stderr, /Invalid comments/);
  });

  it('should exit 2 with the usage for a wrong command line', () => {
    for (const argv of [[], ['draw', article], ['render'], ['render', article, '--format', 'xml'], ['render', article, '--bogus'], ['render', join(dir, 'missing.json')], ['render', article, '--time-zone', 'Mars/Olympus']]) {
      const result = run(...argv);
      assert.equal(result.status, 2, argv.join(' '));
      assert.match(result.stderr, /Usage: news-elements render/);
    }
    assert.match(run('--help').stdout, /Usage: news-elements render/);
    assert.match(run('--help').stdout, /news-elements import wordpress\|disqus/, 'the help names the server commands too');
  });

  it('should run as the package’s bin', () => {
    const result = spawnSync(process.execPath, ['--conditions=news-elements:source', '--import', 'tsx', 'src/cli/bin.ts', 'render', article, '--fragment'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /<news-article/);
  });
});
