// The client address login throttling counts: the socket's peer, X-Forwarded-For only behind TRUST_PROXY proxies,
// IPv4-mapped IPv6 as IPv4, IPv6 by its /64; and TRUST_PROXY validated at start.
import { describe, expect, it } from 'vitest';
import { clientAddressOf, normaliseAddress } from '../../server/client-address';
import { loadConfig } from '../../server/config';

const request = (remoteAddress: string | undefined, forwarded?: string | string[]) => ({
  socket: { remoteAddress },
  headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
});

describe('client address', () => {
  it('normalises addresses: IPv4 as is, mapped IPv6 as IPv4, IPv6 as its /64, anything else refused', () => {
    expect(normaliseAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(normaliseAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(normaliseAddress('2001:db8:0:12:abcd::1')).toBe('2001:db8:0:12::/64');
    expect(normaliseAddress('2001:0db8:0000:0012:ffff:1:2:3')).toBe('2001:db8:0:12::/64');
    expect(normaliseAddress('[2001:db8::1]')).toBe('2001:db8:0:0::/64');
    expect(normaliseAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(normaliseAddress('::1')).toBe('0:0:0:0::/64');
    expect(normaliseAddress('not-an-ip')).toBeNull();
    expect(normaliseAddress('')).toBeNull();
  });

  it('believes the socket unless proxies are trusted, and then the entry the outermost trusted one wrote', () => {
    expect(clientAddressOf(request('10.0.0.2', '198.51.100.9'), 0)).toBe('10.0.0.2');
    expect(clientAddressOf(request('10.0.0.2', 'spoofed, 198.51.100.9'), 1)).toBe('198.51.100.9');
    expect(clientAddressOf(request('10.0.0.2', ['spoofed', '198.51.100.9, 10.0.0.1']), 2)).toBe('198.51.100.9');
    // Too few entries or garbage: the proxy's own address, never a client-chosen one.
    expect(clientAddressOf(request('10.0.0.2'), 1)).toBe('10.0.0.2');
    expect(clientAddressOf(request('10.0.0.2', 'x, not-an-ip'), 1)).toBe('10.0.0.2');
    expect(clientAddressOf(request(undefined), 0)).toBe('unknown');
  });

  it('reads TRUST_PROXY as a count of proxies, 0 by default', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(
      'configuration error: TRUST_PROXY must be the number of trusted reverse proxies, 0 to 9 (got "yes")',
    );
  });
});
