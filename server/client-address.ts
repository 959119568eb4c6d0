// The address a request comes from, as login throttling counts it: the socket's peer, or with TRUST_PROXY=n the
// address the outermost of n trusted reverse proxies saw (X-Forwarded-For is only as true as the proxy that wrote it).
import { isIPv4, isIPv6 } from 'node:net';

export interface ClientRequest {
  socket: { remoteAddress?: string | undefined };
  headers: Record<string, string | string[] | undefined>;
}

/** An IPv6 address as its /64 (one subscriber's whole network), an IPv4 one as is; null when it is not an address. */
export function normaliseAddress(raw: string): string | null {
  let address = raw.trim();
  if (address.startsWith('[') && address.endsWith(']')) address = address.slice(1, -1);
  address = address.replace(/%.*$/u, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/iu.exec(address);
  if (mapped?.[1]) address = mapped[1];
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return null;
  const [head = '', tail] = address.toLowerCase().split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail === undefined ? [] : tail ? tail.split(':') : [];
  // An embedded IPv4 tail (::1.2.3.4) is two groups; only the first four groups matter here.
  const tailCount = tailGroups.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
  const groups = [
    ...headGroups,
    ...Array<string>(Math.max(0, 8 - headGroups.length - tailCount)).fill('0'),
    ...tailGroups,
  ];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/u, ''))
    .join(':')}::/64`;
}

/** The client address of a request; `trustedProxies` is the number of reverse proxies in front of the api. */
export function clientAddressOf(req: ClientRequest, trustedProxies: number): string {
  const peer = normaliseAddress(req.socket.remoteAddress ?? '') ?? 'unknown';
  if (trustedProxies <= 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop !== '');
  // Each proxy appends the peer it saw: the nth entry from the right was written by the outermost trusted proxy.
  const written = hops[hops.length - trustedProxies];
  return (written === undefined ? null : normaliseAddress(written)) ?? peer;
}
