// A process that opens a database file at the same moment as its siblings, for
// durability.test.ts: prints "ready", opens `argv[2]` (seed on) when a line arrives on stdin,
// prints whether this open created the database, exits.
import { createInterface } from 'node:readline';
import { openDb } from '../../server/db.js';

const lines = createInterface({ input: process.stdin });
process.stdout.write('ready\n');
lines.once('line', () => {
  const db = openDb(process.argv[2]!, { seed: true });
  db.close();
  lines.close();
  process.stdout.write(`${JSON.stringify({ created: db.created })}\n`, () => process.exit(0));
});
