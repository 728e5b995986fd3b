// TRUST_PROXY: who the client is behind a reverse proxy (server/proxy.ts), and the rate limit it
// decides, through HTTP.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { clientAddress, parseTrustProxy } from '../../server/proxy.js';
import { jsonComment, postJson, startServer, tempDir } from './helpers.js';

const request = (peer: string, forwardedFor?: string | string[]) =>
  ({ socket: { remoteAddress: peer }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }) as unknown as IncomingMessage;

describe('the client address', () => {
  it('is the socket peer without TRUST_PROXY, whatever X-Forwarded-For says', () => {
    assert.equal(clientAddress(request('203.0.113.5', '198.51.100.1')), '203.0.113.5');
    assert.equal(clientAddress(request('::ffff:203.0.113.5')), '203.0.113.5', 'an IPv4 peer on a dual-stack socket');
    assert.equal(parseTrustProxy(''), undefined);
    assert.equal(parseTrustProxy('0'), undefined);
  });

  it('with TRUST_PROXY=1 is the address the one proxy appended: the right-most', () => {
    const trust = parseTrustProxy('1');
    assert.equal(clientAddress(request('10.0.0.2', '198.51.100.1'), trust), '198.51.100.1');
    // A client's own X-Forwarded-For is kept by the proxy, to the left of what it appends: never believed.
    assert.equal(clientAddress(request('10.0.0.2', '1.2.3.4, 198.51.100.1'), trust), '198.51.100.1');
    assert.equal(clientAddress(request('10.0.0.2', ['1.2.3.4', '198.51.100.1']), trust), '198.51.100.1', 'the header sent twice');
    assert.equal(clientAddress(request('10.0.0.2'), trust), '10.0.0.2', 'no header: the peer');
    assert.equal(clientAddress(request('10.0.0.2', 'not-an-address'), trust), '10.0.0.2');
    assert.equal(clientAddress(request('10.0.0.2', '1.2.3.4, 198.51.100.1, 10.0.0.9'), parseTrustProxy('2')), '198.51.100.1', 'two hops');
  });

  it('with a list is the right-most address that is not one of the proxies, and only for a request from one of them', () => {
    const trust = parseTrustProxy('127.0.0.1, 10.0.0.0/8, 2001:db8::/32');
    assert.equal(clientAddress(request('127.0.0.1', '1.2.3.4, 198.51.100.1, 10.1.2.3'), trust), '198.51.100.1');
    assert.equal(clientAddress(request('::ffff:127.0.0.1', '198.51.100.1'), trust), '198.51.100.1');
    assert.equal(clientAddress(request('2001:db8::7', '2001:db9::5, 2001:db8::1'), trust), '2001:db9::5', 'IPv6, a proxy range skipped');
    assert.equal(clientAddress(request('203.0.113.5', '198.51.100.1'), trust), '203.0.113.5', 'not from a listed proxy: the header is ignored');
    assert.equal(clientAddress(request('127.0.0.1', '10.0.0.3, 10.0.0.4'), trust), '10.0.0.3', 'every hop a proxy: the left-most');
  });

  it('refuses a TRUST_PROXY that is neither a hop count nor addresses', () => {
    assert.throws(() => parseTrustProxy('10.0.0.0/33'), /not an IP address or CIDR/);
    assert.throws(() => parseTrustProxy('proxy.example'), /not an IP address or CIDR/);
  });
});

describe('TRUST_PROXY through HTTP: each client behind the proxy has its own rate limit', () => {
  const tmp = tempDir();
  after(() => tmp.remove());

  it('counts per forwarded client with TRUST_PROXY=127.0.0.1, and one count for all without it', async () => {
    const limit = { max: 2, windowMs: 60_000 };
    const behind = await startServer({ dbPath: join(tmp.dir, 'behind.db'), rateLimit: limit, trustProxy: '127.0.0.1' });
    const direct = await startServer({ dbPath: join(tmp.dir, 'direct.db'), rateLimit: limit });
    try {
      const post = (url: string, client: string, n: number) => postJson(url, jsonComment({ content: `From ${client}, ${n}.` }), { 'X-Forwarded-For': client });
      const behindStatuses = [];
      const directStatuses = [];
      for (const client of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
        for (const n of [1, 2]) {
          behindStatuses.push((await post(behind.url, client, n)).status);
          directStatuses.push((await post(direct.url, client, n)).status);
        }
      }
      assert.deepEqual(behindStatuses, [201, 201, 201, 201, 201, 201]);
      assert.deepEqual(directStatuses, [201, 201, 429, 429, 429, 429], 'without TRUST_PROXY the header is ignored: one address');
      assert.equal((await post(behind.url, '198.51.100.1', 3)).status, 429, 'the first client has used its two');
    } finally {
      await behind.stop();
      await direct.stop();
    }
  });
});
