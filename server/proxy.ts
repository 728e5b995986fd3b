// Who the client is behind a reverse proxy (TRUST_PROXY). Without it the client is the socket's
// peer and X-Forwarded-For is ignored: anyone can send that header. With it, the proxy appends the
// address it saw to X-Forwarded-For, so the client is the right-most address that is not one of
// our own proxies — whatever a client wrote further left is its own claim, never believed.
//
//   TRUST_PROXY=1                          one proxy in front (any peer): the last address it appended
//   TRUST_PROXY=10.0.0.0/8,192.0.2.7       the peer must be one of these; the proxies listed are skipped
import { BlockList, isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';

export type TrustProxy = { hops: number } | { proxies: BlockList };

/** An IPv4 address as Node gives it on a dual-stack socket (`::ffff:192.0.2.1`) as plain IPv4. */
const plain = (address: string): string => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');

/** `TRUST_PROXY`'s value: a whole number of proxy hops, or a comma-separated list of addresses and CIDRs. Throws on anything else. */
export function parseTrustProxy(value: string | undefined): TrustProxy | undefined {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false') return undefined;
  if (/^\d+$/.test(text)) return Number(text) === 0 ? undefined : { hops: Number(text) };
  const proxies = new BlockList();
  for (const entry of text.split(',').map((part) => part.trim()).filter(Boolean)) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (!family || (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= (family === 6 ? 128 : 32)))) {
      throw new Error(`TRUST_PROXY: "${entry}" is not an IP address or CIDR range (e.g. 10.0.0.0/8, 192.0.2.7, ::1)`);
    }
    if (bits === undefined) proxies.addAddress(address, type);
    else proxies.addSubnet(address, bits, type);
  }
  return { proxies };
}

const isTrusted = (proxies: BlockList, address: string): boolean => {
  const family = isIP(address);
  return family !== 0 && proxies.check(address, family === 6 ? 'ipv6' : 'ipv4');
};

/** The client's address: the socket's peer, or with `trust` the one X-Forwarded-For names (see the top of this file). */
export function clientAddress(req: IncomingMessage, trust?: TrustProxy): string {
  const peer = plain(req.socket.remoteAddress ?? 'unknown');
  if (!trust) return peer;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((part) => plain(part.trim()))
    .filter((part) => isIP(part) !== 0);
  if ('hops' in trust) {
    // Each of our `hops` proxies appended one address; the first of those (from the right) is the client.
    return forwarded[forwarded.length - trust.hops] ?? forwarded[0] ?? peer;
  }
  if (!isTrusted(trust.proxies, peer)) return peer; // not from our proxy: its header means nothing
  for (let i = forwarded.length - 1; i >= 0; i--) if (!isTrusted(trust.proxies, forwarded[i]!)) return forwarded[i]!;
  return forwarded[0] ?? peer;
}
