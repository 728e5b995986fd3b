#!/usr/bin/env node
// The `news-elements` command (package.json `bin`). `serve` is the comments server's own command,
// built beside this one into lib/ (lib/server/cli.js, from server/cli.ts); the rest is here.
import { main } from './index.js';

if (process.argv[2] === 'serve') {
  // A URL, not a module name: the server is compiled apart from src/ (tsconfig.server.json).
  const { serve } = (await import(new URL('../server/cli.js', import.meta.url).href)) as { serve(argv: string[]): number | undefined };
  const status = serve(process.argv.slice(3));
  if (status !== undefined) process.exitCode = status;
} else {
  process.exitCode = main(process.argv.slice(2));
}
