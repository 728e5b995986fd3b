// What a reader downloads, measured on the publisher bundle as built (`vite build` with
// vite.config.ts, into a temporary folder, with source maps): gzip -9 of each JS file, the chunk
// graph (which file imports which, statically or on demand), and three figures against their budgets:
//
//   reading path   news-elements.js and every file it imports statically — what loads before any
//                  comment element comes near;
//   comments       the files the loader's on-demand imports add to that (everything a reader fetches
//                  on reaching the comments), locales aside;
//   hydration      Lit's hydration support, fetched only by a server-rendered page (no budget: the
//                  page's content shows before it, without script);
//   article formats the CMS formats (WordPress, Ghost, JSON Feed, schema.org), fetched only by a
//                  <news-article> whose JSON is not our own (no budget: its own figure);
//   moderation     <comment-moderation>, fetched only by a moderator's page (no budget: no reader
//                  fetches it);
//   all JS         every JS file in dist/ but the locales;
//   each locale    a locale's chunk (`locale-fr-….js`), fetched only on a page in that language.
//
// Options: --strict exits 1 when a figure is over its budget; --strict-locales when a locale chunk is,
// or when the reading path is heavier than before the locales came (npm run build, and so npm test,
// runs with it);
// --by-file adds what each source file costs inside its chunk (gzip bytes the chunk loses without
// that file's characters, found through the source map: its cost in context);
// --write-readme rewrites the table between <!-- size:start --> and <!-- size:end --> in README.md.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

const KB = 1024;
const ENTRY = 'news-elements.js';
const BUDGETS = { reading: 12 * KB, comments: 12 * KB, total: 25 * KB, locale: 1.5 * KB };
/**
 * The reading path before the locales came (commit 009783f): adding languages must not make an
 * English page heavier, so it may shrink but never pass this again.
 */
const READING_BEFORE_LOCALES = 18011;
const isLocale = (name) => name.startsWith('locale-');
/** Lit's hydration support: fetched only on a server-rendered page, whose content shows without script. */
const isHydration = (name) => name.startsWith('hydration-');
/** The CMS article formats: fetched only by a `<news-article>` whose JSON comes from a CMS. */
const isArticleFormats = (name) => name.startsWith('article-formats-');
/** <comment-moderation>: fetched only on a moderator's page. */
const isModeration = (name) => name.startsWith('comment-moderation-');

const gzipText = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
const args = new Set(process.argv.slice(2));

const out = mkdtempSync(join(tmpdir(), 'news-elements-size-'));
try {
  await build({ configFile: 'vite.config.ts', logLevel: 'silent', build: { outDir: out, emptyOutDir: true, sourcemap: args.has('--by-file') } });
  const files = readChunks(out);
  const reading = closure([ENTRY], files);
  const comments = closure(
    files.get(ENTRY).dynamic.filter((name) => !isLocale(name) && !isHydration(name) && !isArticleFormats(name) && !isModeration(name)),
    files,
    reading,
  );
  const moderation = closure(files.get(ENTRY).dynamic.filter(isModeration), files, reading);
  const hydration = closure(files.get(ENTRY).dynamic.filter(isHydration), files, reading);
  const articleFormats = closure(files.get(ENTRY).dynamic.filter(isArticleFormats), files, reading);
  const sum = (names) => [...names].reduce((total, name) => total + files.get(name).gzip, 0);
  const withoutLocales = [...files.keys()].filter((name) => !isLocale(name));
  const locales = [...files.keys()].filter(isLocale).map((name) => {
    const chunk = closure([name], files, reading);
    return { name: `locale ${name.replace(/^locale-(.+)-[\w-]{8}\.js$/, '$1')}`, detail: [...chunk].join(' + '), bytes: sum(chunk), budget: BUDGETS.locale, locale: true };
  });
  const figures = [
    { name: 'reading path', detail: [...reading].join(' + '), bytes: sum(reading), budget: BUDGETS.reading },
    { name: 'comment chunks', detail: [...comments].join(' + '), bytes: sum(comments), budget: BUDGETS.comments },
    // No budget of its own: it loads after a server-rendered page has shown its content.
    { name: 'hydration', detail: [...hydration].join(' + '), bytes: sum(hydration) },
    { name: 'article formats', detail: [...articleFormats].join(' + '), bytes: sum(articleFormats) },
    { name: 'moderation', detail: [...moderation].join(' + '), bytes: sum(moderation) },
    { name: 'all JS in dist/', detail: `${withoutLocales.length} files, locales aside`, bytes: sum(withoutLocales), budget: BUDGETS.total },
    ...locales,
  ];

  console.log('Chunk graph (gzip -9; → static import, ⇢ on demand):');
  for (const [name, file] of files) {
    const edges = [...file.static.map((to) => `→ ${to}`), ...file.dynamic.map((to) => `⇢ ${to}`)];
    console.log(`  ${name.padEnd(34)} ${kb(file.gzip).padStart(9)}  ${edges.join('  ')}`);
  }
  console.log('\nBudgets:');
  let over = 0;
  let localesOver = 0;
  for (const figure of figures) {
    if (figure.budget === undefined) {
      console.log(`  ${figure.name.padEnd(16)} ${kb(figure.bytes).padStart(9)}    (no budget)${' '.repeat(17)}(${figure.detail})`);
      continue;
    }
    const fits = figure.bytes <= figure.budget;
    if (!fits) over++;
    if (!fits && figure.locale) localesOver++;
    const verdict = fits ? 'ok' : `OVER by ${kb(figure.bytes - figure.budget)}`;
    console.log(`  ${figure.name.padEnd(16)} ${kb(figure.bytes).padStart(9)} of ${kb(figure.budget)}  ${verdict.padEnd(18)} (${figure.detail})`);
  }
  if (args.has('--by-file')) {
    for (const name of files.keys()) {
      console.log(`\nWhat each source file costs in ${name} (gzip bytes; minified characters):`);
      for (const { source, chars, bytes } of costBySource(join(out, name))) {
        console.log(`  ${String(bytes).padStart(6)} ${String(chars).padStart(7)}  ${source}`);
      }
    }
  }
  if (args.has('--write-readme')) writeReadme(figures);
  if (over && args.has('--strict')) {
    console.error(`\n${over} size budget(s) exceeded.`);
    process.exitCode = 1;
  } else if (args.has('--strict-locales')) {
    if (localesOver) console.error(`\n${localesOver} locale chunk(s) over ${kb(BUDGETS.locale)}.`);
    const grown = figures[0].bytes > READING_BEFORE_LOCALES;
    if (grown) console.error(`\nThe reading path (${kb(figures[0].bytes)}) grew past ${kb(READING_BEFORE_LOCALES)}, what it was before the locales.`);
    if (localesOver || grown) process.exitCode = 1;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

/** Each JS file of the build: its gzip size and the files it imports, statically and on demand. */
function readChunks(folder) {
  const files = new Map();
  const names = readdirSync(folder).filter((name) => name.endsWith('.js'));
  // The entry first, then by name: the order the graph is printed in.
  names.sort((a, b) => (a === ENTRY ? -1 : b === ENTRY ? 1 : a.localeCompare(b)));
  for (const name of names) {
    const code = readFileSync(join(folder, name), 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/, '');
    const targets = (pattern) => [...code.matchAll(pattern)].map((match) => match[1].replace(/^\.\//, ''));
    files.set(name, {
      gzip: gzipText(code),
      // Minified output: `import{a as b}from"./x.js"`, `import"./x.js"`, `import(\`./x.js\`)` (any quote).
      static: [...new Set(targets(/(?:\bfrom|\bimport)\s*["'`](\.\/[^"'`]+\.js)["'`]/g))],
      dynamic: [...new Set(targets(/\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g))],
    });
  }
  return files;
}

/** `starts` and every file they import statically, transitively, leaving out those in `loaded`. */
function closure(starts, files, loaded = new Set()) {
  const found = new Set();
  const visit = (name) => {
    if (found.has(name) || loaded.has(name)) return;
    found.add(name);
    for (const next of files.get(name).static) visit(next);
  };
  for (const start of starts) visit(start);
  return found;
}

/** Each source file's characters in a chunk, and the gzip bytes the chunk loses without them. */
function costBySource(chunk) {
  const code = readFileSync(chunk, 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/, '');
  const map = new TraceMap(JSON.parse(readFileSync(`${chunk}.map`, 'utf8')));
  const owners = [];
  code.split('\n').forEach((line, index) => {
    for (let column = 0; column < line.length; column++) {
      const source = originalPositionFor(map, { line: index + 1, column }).source;
      owners.push(source ? source.replace(/^.*node_modules\//, '').replace(/^.*\/src\//, 'src/') : '(unmapped: literals, glue)');
    }
    owners.push(owners.at(-1)); // the newline
  });
  const total = gzipText(code);
  return [...new Set(owners)]
    .map((source) => {
      // By UTF-16 index, as the source map's columns count (spreading the string would split by code point).
      const rest = Array.from({ length: code.length }, (_, i) => (owners[i] !== source ? code[i] : '')).join('');
      return { source, chars: code.length - rest.length, bytes: total - gzipText(rest) };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

/** The README's size table, generated: never typed by hand. */
function writeReadme(figures) {
  // Without the content hash (8 characters), so the table does not change with every build.
  const unhashed = (detail) => detail.split(' + ').map((name) => (name === ENTRY ? name : name.replace(/-[\w-]{8}\.js$/, '.js'))).join(' + ');
  const rows = figures.map((figure) => `| ${figure.name} | ${unhashed(figure.detail)} | ${kb(figure.bytes)} | ${figure.budget === undefined ? '—' : kb(figure.budget)} |`);
  const table = ['| What | Files | gzip -9 | Budget |', '|---|---|--:|--:|', ...rows].join('\n');
  const readme = readFileSync('README.md', 'utf8');
  const pattern = /(<!-- size:start -->\n)[\s\S]*?(<!-- size:end -->)/;
  if (!pattern.test(readme)) throw new Error('README.md has no <!-- size:start --> … <!-- size:end --> markers');
  writeFileSync('README.md', readme.replace(pattern, `$1${table}\n$2`));
  console.log('\nREADME.md: size table written.');
}
