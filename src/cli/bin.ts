#!/usr/bin/env node
// The `news-elements` command (package.json `bin`). `serve`, `import` and `export` are the comments
// server's own commands, built beside this one into lib/ (lib/server/cli.js from server/cli.ts,
// lib/server/import/cli.js from server/import/cli.ts); the rest is here.
import { main } from './index.js';

if (process.argv[2] === 'serve') {
  // A URL, not a module name: the server is compiled apart from src/ (tsconfig.server.json).
  const { serve } = (await import(new URL('../server/cli.js', import.meta.url).href)) as { serve(argv: string[]): number | undefined };
  const status = serve(process.argv.slice(3));
  if (status !== undefined) process.exitCode = status;
} else if (process.argv[2] === 'import' || process.argv[2] === 'export') {
  const { importExport } = (await import(new URL('../server/import/cli.js', import.meta.url).href)) as {
    importExport(command: 'import' | 'export', argv: string[]): Promise<number>;
  };
  process.exitCode = await importExport(process.argv[2], process.argv.slice(3));
} else {
  process.exitCode = main(process.argv.slice(2));
}
