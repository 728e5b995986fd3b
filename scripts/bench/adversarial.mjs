#!/usr/bin/env node
// `npm run bench:adversarial`: the super-linear audit's figures. Runs every case of
// tests/security/adversarial-cases.ts (the worst known input, at the largest accepted size, for
// each function that touches untrusted text) in headless Chromium and prints its median time over
// RUNS runs, slowest first. No thresholds: it prints figures (the test suite holds the generous bound).
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { ensureChromium, CHROMIUM_ARGS } from '../chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

// The cases import the sources directly: bundle them for the page with the test runner's esbuild.
const bundled = await build({
  stdin: {
    contents: `
      import { ADVERSARIAL_CASES } from './tests/security/adversarial-cases.ts';
      window.runCase = (index, runs) => {
        const entry = ADVERSARIAL_CASES[index];
        const times = [];
        for (let i = 0; i < runs; i++) {
          const input = entry.input();
          const start = performance.now();
          entry.run(input);
          times.push(performance.now() - start);
        }
        return { name: entry.name, times };
      };
      window.caseCount = ADVERSARIAL_CASES.length;`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'error',
});
const script = bundled.outputFiles[0].text;

const server = createServer((req, res) => {
  if (req.url === '/bench.js') res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
  else res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><meta charset="utf-8"><script type="module" src="/bench.js"></script>');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.caseCount > 0);
  const count = await page.evaluate(() => window.caseCount);
  const rows = [];
  for (let index = 0; index < count; index++) {
    const { name, times } = await page.evaluate(([i, runs]) => window.runCase(i, runs), [index, RUNS]);
    const sorted = [...times].sort((a, b) => a - b);
    rows.push({ name, median: sorted[Math.floor(sorted.length / 2)], worst: sorted.at(-1) });
  }
  rows.sort((a, b) => b.median - a.median);
  const width = Math.max(...rows.map((row) => row.name.length));
  console.log(`Worst inputs at the largest accepted size, ${RUNS} runs each (Chromium, ${new Date().toISOString().slice(0, 10)}):\n`);
  console.log(`${'case'.padEnd(width)}  median ms  worst ms`);
  for (const row of rows) console.log(`${row.name.padEnd(width)}  ${row.median.toFixed(1).padStart(9)}  ${row.worst.toFixed(1).padStart(8)}`);
} finally {
  await browser.close();
  server.close();
}
