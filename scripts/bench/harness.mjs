// What the render benchmarks share on the Node side: the bundle they measure, a throwaway static
// server for the page, a headless Chromium, and the arithmetic and printing of the figures.
// `list.mjs` and `article.mjs` each add their own page script and their own table.
import { createServer } from 'node:http';
import { mkdtemp, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { cpus, loadavg, tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.mjs';

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');

/**
 * The bundle to measure: BENCH_BUNDLE (another build, taken as it is), else a production build of
 * `src/define.ts` — the publisher bundle's code, minified the same way (vite.config.ts), in one file
 * that defines all four elements and exports the classes and helpers the pages use. (The published
 * news-elements.js loads the comment elements from chunks and exports only the reading classes.)
 */
export async function benchBundle() {
  if (process.env.BENCH_BUNDLE) return process.env.BENCH_BUNDLE;
  const { build } = await import('vite');
  const outDir = await mkdtemp(join(tmpdir(), 'news-elements-bench-'));
  await build({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: {
      lib: { entry: join(root, 'src/define.ts'), formats: ['es'], fileName: () => 'bench-bundle.js' },
      outDir,
      emptyOutDir: true,
      rolldownOptions: { checks: { pluginTimings: false } },
    },
  });
  return join(outDir, 'bench-bundle.js');
}

/**
 * Serves `files` (URL path → [file, content type]) on a free port of 127.0.0.1, uncached. `/` is
 * page.html, `/news-elements.js` the bundle and `/bench-shared.js` the in-page helpers, for every
 * benchmark; `/bench-page.js` is the benchmark's own page script.
 */
export async function serveBench(pageScript, files = {}) {
  const routes = {
    '/': [join(here, 'page.html'), 'text/html'],
    '/bench-shared.js': [join(here, 'page-shared.js'), 'text/javascript'],
    '/bench-page.js': [join(here, pageScript), 'text/javascript'],
    '/news-elements.js': [await benchBundle(), 'text/javascript'],
    ...files,
  };
  const server = createServer(async (req, res) => {
    const entry = routes[new URL(req.url, 'http://x').pathname];
    if (!entry) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': `${entry[1]}; charset=utf-8`, 'Cache-Control': 'no-store' });
    res.end(await readFile(entry[0]));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

/**
 * Opens the page in headless Chromium (CHROME_PATH, else Debian's) with `gc()` exposed, and waits for
 * `window.bench.ready`. Returns the browser (close it) and the page.
 */
export async function openBenchPage(url) {
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(url);
  await page.evaluate(() => window.bench.ready);
  return { browser, page };
}

/**
 * Serves the page (`serveBench`), opens it (`openBenchPage`), runs `measure({ browser, page })`, then
 * closes both; a failure is printed and the process exits 1.
 */
export async function runBench(pageScript, files, measure) {
  try {
    const { server, url } = await serveBench(pageScript, files);
    try {
      const { browser, page } = await openBenchPage(url);
      try {
        await measure({ browser, page });
      } finally {
        await browser.close();
      }
    } finally {
      server.close();
    }
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const fmt = (n, digits = 1) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A Markdown table, columns right-aligned to their widest cell. */
export function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

export function printMachine() {
  console.log(`Machine: ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} — figures from a busy machine are noisy; compare the two columns of one run.`);
}
