#!/usr/bin/env node
// `npm run bench`: renders 100, 1,000 and 10,000 comments in headless Chromium with <comment-list>
// and with a hand-written DOM baseline (same markup, same stylesheet, plain document.createElement),
// in the same run, and prints times, per-comment cost and the longest long task. No thresholds:
// it prints figures. CHROME_PATH picks the browser (default /usr/bin/chromium); BENCH_BUNDLE
// another build of the bundle (default dist/news-elements.js, built when missing).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const bundle = process.env.BENCH_BUNDLE ?? join(root, 'dist', 'news-elements.js');
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const RUNS = { 100: 7, 1000: 5, 10000: 3 };

async function ensureBundle() {
  try {
    await stat(bundle);
  } catch {
    console.log('dist/news-elements.js is missing: building it with `npx vite build`…');
    execSync('npx vite build', { cwd: root, stdio: 'inherit' });
  }
}

function serve() {
  const files = {
    '/': [join(here, 'page.html'), 'text/html'],
    '/bench-page.js': [join(here, 'page.js'), 'text/javascript'],
    '/news-elements.js': [bundle, 'text/javascript'],
  };
  const server = createServer(async (req, res) => {
    const entry = files[new URL(req.url, 'http://x').pathname];
    if (!entry) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': `${entry[1]}; charset=utf-8`, 'Cache-Control': 'no-store' });
    res.end(await readFile(entry[0]));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, digits = 1) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function main() {
  await ensureBundle();
  const server = await serve();
  const { port } = server.address();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--js-flags=--expose-gc'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.evaluate(() => window.bench.ready);
    const version = browser.version();

    // Warm up both paths (JIT, style sheets, Intl data) so the first size is not penalised.
    for (const kind of ['element', 'baseline']) await page.evaluate(([k]) => window.bench.run(k, 300), [kind]);

    const rows = [];
    for (const n of SIZES) {
      const result = { n };
      for (const kind of ['element', 'baseline']) {
        const runs = [];
        // Alternate nothing across kinds within a size: same data, fresh container, gc between runs.
        for (let i = 0; i < (RUNS[n] ?? 3); i++) runs.push(await page.evaluate(([k, size]) => window.bench.run(k, size), [kind, n]));
        result[kind] = { ms: median(runs.map((r) => r.ms)), longest: Math.max(...runs.map((r) => r.longest)), articles: runs[0].articles, nodes: runs[0].nodes };
      }
      if (result.element.articles !== n || result.baseline.articles !== n) {
        throw new Error(`expected ${n} comments, element rendered ${result.element.articles}, baseline ${result.baseline.articles}`);
      }
      // Render the element's list again and scroll through it, a viewport and a bit per frame.
      await page.evaluate(([size]) => window.bench.run('element', size), [n]);
      result.scroll = await page.evaluate(() => window.bench.scroll());
      rows.push(result);
    }

    const header = ['n', 'element ms', 'baseline ms', 'ratio', 'µs/comment (el)', 'µs/comment (base)', 'longest long task (el)', 'longest long task (base)', 'scroll p95 frame'];
    const body = rows.map((r) => [
      r.n.toLocaleString('en-US'),
      fmt(r.element.ms),
      fmt(r.baseline.ms),
      `${fmt(r.element.ms / r.baseline.ms, 2)}×`,
      fmt((r.element.ms * 1000) / r.n, 0),
      fmt((r.baseline.ms * 1000) / r.n, 0),
      r.element.longest ? `${fmt(r.element.longest, 0)} ms` : '< 50 ms',
      r.baseline.longest ? `${fmt(r.baseline.longest, 0)} ms` : '< 50 ms',
      `${fmt(r.scroll.p95, 0)} ms (${r.scroll.frames} frames)`,
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
    const line = (cells) => `| ${cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
    console.log(`\n<comment-list> render benchmark — ${version}, medians of ${SIZES.map((n) => RUNS[n] ?? 3).join('/')} runs, time from data to painted frame`);
    console.log(line(header));
    console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
    for (const row of body) console.log(line(row));
    const per = rows.map((r) => (r.element.ms * 1000) / r.n);
    if (rows.length > 1) {
      console.log(`\nGrowth of the element's cost per comment from ${rows[0].n.toLocaleString('en-US')} to ${rows.at(-1).n.toLocaleString('en-US')} comments: ${fmt(per.at(-1) / per[0], 2)}× (1× = linear).`);
    }
    console.log(`Machine: ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} — figures from a busy machine are noisy; compare the two columns of one run.`);
    console.log(`DOM nodes in the shadow root at ${rows.at(-1).n.toLocaleString('en-US')}: element ${rows.at(-1).element.nodes.toLocaleString('en-US')}, baseline ${rows.at(-1).baseline.nodes.toLocaleString('en-US')}.`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
