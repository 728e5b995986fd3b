// Prints the gzip size of the publisher bundle, and of the bundles the issues budget: article+byline,
// + comment-form, all four. Each subset is built the same way as dist/news-elements.js (Vite, Lit
// included, minified), into a temporary folder. Figures only: sizes over budget are reported, loudly,
// and `--strict` turns them into a failure.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const KB = 1024;
const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(2)} KB`;

const subsets = [
  { name: 'article + byline', imports: ['./news-article/define.js'], budget: 12 * KB },
  { name: 'article + byline + form', imports: ['./news-article/define.js', './comment-form/define.js'], budget: 16 * KB },
  { name: 'all four elements', imports: ['./define.js'], budget: 20 * KB },
];

const tmp = mkdtempSync(join(tmpdir(), 'news-elements-size-'));
const rows = [];
try {
  for (const [index, subset] of subsets.entries()) {
    const entry = resolve(`src/.size-entry-${index}.ts`);
    writeFileSync(entry, subset.imports.map((path) => `import '${path}';\n`).join(''));
    try {
      await build({
        logLevel: 'silent',
        build: { lib: { entry, formats: ['es'], fileName: () => 'bundle.js' }, outDir: join(tmp, String(index)), emptyOutDir: true },
      });
    } finally {
      rmSync(entry, { force: true });
    }
    rows.push({ ...subset, bytes: gzip(join(tmp, String(index), 'bundle.js')) });
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const published = readFileSync('dist/news-elements.js');
console.log(`dist/news-elements.js: ${kb(published.length)} minified, ${kb(gzipSync(published, { level: 9 }).length)} gzip`);
let over = 0;
for (const row of rows) {
  const verdict = row.bytes <= row.budget ? 'ok' : `OVER by ${kb(row.bytes - row.budget)}`;
  if (row.bytes > row.budget) over++;
  console.log(`  ${row.name.padEnd(24)} ${kb(row.bytes).padStart(9)} gzip  (budget ${kb(row.budget)}: ${verdict})`);
}
if (over && process.argv.includes('--strict')) process.exit(1);
