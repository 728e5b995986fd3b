// Prints the gzip size of the publisher bundle and fails the build when it is over budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 20 * 1024; // all four elements with Lit (issue 4); the goal is ~15 KB
const file = 'dist/news-elements.js';
const raw = readFileSync(file);
const gz = gzipSync(raw, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
console.log(`${file}: ${kb(raw.length)} minified, ${kb(gz)} gzip (budget ${kb(BUDGET)})`);
if (gz > BUDGET) {
  console.error(`${file} is over its gzip budget by ${kb(gz - BUDGET)}`);
  process.exit(1);
}
