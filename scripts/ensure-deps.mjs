// Installs npm dependencies when they are missing or older than package.json / the lockfile,
// so `npm start` and `npm test` work on a fresh clone. Uses Node built-ins only.
import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';

const stamp = 'node_modules/.package-lock.json';
const newer = (a, b) => existsSync(a) && (!existsSync(b) || statSync(a).mtimeMs > statSync(b).mtimeMs);
if (!existsSync(stamp) || newer('package.json', stamp) || newer('package-lock.json', stamp)) {
  const cmd = existsSync('package-lock.json') && !existsSync('node_modules') ? 'npm ci' : 'npm install';
  console.log(`Installing dependencies (${cmd})…`);
  execSync(`${cmd} --no-audit --no-fund`, { stdio: 'inherit' });
}
