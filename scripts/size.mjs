// Prints the gzip size of the publisher bundle, and of the bundles the issues budget: article+byline,
// + comment-form, all four. Each subset is built the same way as dist/news-elements.js (Vite, Lit
// included, minified), into a temporary folder. Figures only: sizes over budget are reported, loudly,
// and `--strict` turns them into a failure. `--by-file` also prints what each source file costs in
// the all-four bundle: the gzip size of the bundle minus that of the bundle without that file's
// characters (found through the source map) — its cost in context, where gzip shares repetitions.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

const KB = 1024;
const gzipText = (text) => gzipSync(text, { level: 9 }).length;
const gzip = (file) => gzipText(readFileSync(file));
const kb = (n) => `${(n / KB).toFixed(2)} KB`;

const subsets = [
  { name: 'article + byline', imports: ['./news-article/define.js'], budget: 12 * KB },
  { name: 'article + byline + form', imports: ['./news-article/define.js', './comment-form/define.js'], budget: 16 * KB },
  { name: 'all four elements', imports: ['./define.js'], budget: 20 * KB },
];

const tmp = mkdtempSync(join(tmpdir(), 'news-elements-size-'));
const rows = [];
const byFile = process.argv.includes('--by-file');
let costs = [];
try {
  for (const [index, subset] of subsets.entries()) {
    // Unique per run: several checkouts or sessions may measure at once.
    const entry = resolve(`src/.size-entry-${process.pid}-${index}.ts`);
    writeFileSync(entry, subset.imports.map((path) => `import '${path}';\n`).join(''));
    try {
      await build({
        logLevel: 'silent',
        build: {
          lib: { entry, formats: ['es'], fileName: () => 'bundle.js' },
          outDir: join(tmp, String(index)),
          emptyOutDir: true,
          sourcemap: byFile,
        },
      });
    } finally {
      rmSync(entry, { force: true });
    }
    rows.push({ ...subset, bytes: gzip(join(tmp, String(index), 'bundle.js')) });
  }
  if (byFile) costs = costByFile(join(tmp, String(subsets.length - 1), 'bundle.js'));
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
if (byFile) {
  console.log('\nWhat each file costs in the all-four bundle (gzip bytes it adds; minified bytes):');
  for (const { file, chars, bytes } of costs) console.log(`  ${String(bytes).padStart(6)} ${String(chars).padStart(7)}  ${file}`);
}
if (over && process.argv.includes('--strict')) process.exit(1);

/** Each source file's characters in the bundle, and the gzip bytes the bundle loses without them. */
function costByFile(bundle) {
  const code = readFileSync(bundle, 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/, '');
  const map = new TraceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')));
  const owners = [];
  code.split('\n').forEach((line, index) => {
    for (let column = 0; column < line.length; column++) {
      const source = originalPositionFor(map, { line: index + 1, column }).source;
      owners.push(source ? source.replace(/^.*node_modules\//, '').replace(/^.*\/src\//, 'src/') : '(unmapped: template and string literals)');
    }
    owners.push(owners.at(-1)); // the newline
  });
  const total = gzipText(code);
  return [...new Set(owners)]
    .map((file) => {
      // By UTF-16 index, as the source map's columns count (spreading the string would split by code point).
      const rest = Array.from({ length: code.length }, (_, i) => (owners[i] != file ? code[i] : '')).join('');
      return { file, chars: code.length - rest.length, bytes: total - gzipText(rest) };
    })
    .sort((a, b) => b.bytes - a.bytes);
}
