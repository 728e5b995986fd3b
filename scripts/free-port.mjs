// A TCP port free on 127.0.0.1 right now, for a process the caller starts on it (a server that
// must keep its port across a restart, so it cannot simply listen on port 0).
import { createServer } from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
