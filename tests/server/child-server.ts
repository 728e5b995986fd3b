// The comments app in a process of its own, for tests that need two processes on one database
// file (helpers.startChildServer). Usage: node --import tsx tests/server/child-server.ts <db>;
// prints {"url": …} as one line, stops when its stdin closes.
import { startServer } from './helpers.js';

const s = await startServer({ dbPath: process.argv[2]!, autoApprove: true });
process.stdout.write(`${JSON.stringify({ url: s.url })}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void s.stop().then(() => process.exit(0));
});
