// A TCP proxy the test owns, between the app and PostgreSQL: cutting it is a database outage as the app
// sees one (its connections die, new ones fail) without touching the machine's shared server.
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * How new connections fare while cut:
 * - `refuse`: accepted and reset at once, as a stopped server's host answers (ECONNRESET, at once);
 * - `drop`: accepted and never answered, as a network partition looks (the client's own timeout must end it).
 */
export type CutMode = 'refuse' | 'drop';

export interface TcpProxy {
  port: number;
  /** The target URL with host and port replaced by the proxy's. */
  urlFor(target: string): string;
  /** Destroys every open connection; new ones are refused or dropped until restore(). */
  cut(mode?: CutMode): void;
  restore(): void;
  readonly isCut: boolean;
  /** Connections forwarded, forwarded connections severed by cut(), connections refused or dropped while cut. */
  readonly stats: { accepted: number; severed: number; refused: number; dropped: number };
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<{ client: Socket; upstream: Socket }>();
  const held = new Set<Socket>();
  let mode: CutMode | null = null;
  const stats = { accepted: 0, severed: 0, refused: 0, dropped: 0 };

  const server: Server = createServer((client) => {
    client.on('error', () => undefined);
    if (mode === 'refuse') {
      stats.refused += 1;
      client.resetAndDestroy();
      return;
    }
    if (mode === 'drop') {
      // Swallow what the client sends; answer nothing.
      stats.dropped += 1;
      held.add(client);
      client.on('data', () => undefined);
      client.once('close', () => held.delete(client));
      return;
    }
    stats.accepted += 1;
    const upstream = connect(target.port, target.host);
    upstream.on('error', () => undefined);
    const pair = { client, upstream };
    open.add(pair);
    const end = () => {
      open.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.once('close', end);
    upstream.once('close', end);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const proxy: TcpProxy = {
    port,
    urlFor(url) {
      const parsed = new URL(url);
      parsed.hostname = '127.0.0.1';
      parsed.port = String(port);
      return parsed.toString();
    },
    cut(cutMode = 'refuse') {
      mode = cutMode;
      // Both ends see the connection reset: the app's clients error, the server's backends roll back.
      for (const { client, upstream } of [...open]) {
        stats.severed += 1;
        if (!client.destroyed) client.resetAndDestroy();
        if (!upstream.destroyed) upstream.resetAndDestroy();
      }
      open.clear();
    },
    restore() {
      mode = null;
      // A connection held while dropping never reached PostgreSQL: end it, the client will connect again.
      for (const socket of [...held]) socket.resetAndDestroy();
      held.clear();
    },
    get isCut() {
      return mode !== null;
    },
    stats,
    async close() {
      proxy.cut('refuse');
      for (const socket of [...held]) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}
