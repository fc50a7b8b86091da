import net from 'node:net';

/**
 * One client connection through the proxy and its upstream. Bytes are forwarded by hand, not piped, so
 * that a fault can hold them in the proxy and deliver them later, as a stopped server's socket would.
 */
interface Link {
  client: net.Socket;
  /** Not yet connected while the proxy is frozen: a stopped server accepts no connection. */
  upstream: net.Socket | undefined;
  toServer: Buffer[];
  toClient: Buffer[];
  clientGone: boolean;
  /** The server closed it while frozen: the client learns so on restore. */
  upstreamGone?: boolean;
}

type Mode = 'open' | 'cut' | 'stall' | 'freeze';

/**
 * A TCP proxy the test controls, put between the service and a shared server (Redis, a database) so
 * that an outage can be made without touching the machine's real service.
 */
export class TcpProxy {
  private readonly server: net.Server;
  private readonly links = new Set<Link>();
  private mode: Mode = 'open';
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {
    this.server = net.createServer((client) => this.accept(client));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
    return this;
  }

  private accept(client: net.Socket): void {
    if (this.mode === 'cut') {
      client.destroy();
      return;
    }
    const link: Link = { client, upstream: undefined, toServer: [], toClient: [], clientGone: false };
    this.links.add(link);
    client.on('error', () => client.destroy());
    client.on('data', (chunk: Buffer) => {
      if (this.mode === 'open' && link.upstream) link.upstream.write(chunk);
      else link.toServer.push(chunk);
    });
    client.on('close', () => {
      link.clientGone = true;
      // A frozen server still holds what it was sent, and reads it when it runs again.
      if (this.mode === 'freeze' && (link.toServer.length > 0 || !link.upstream)) return;
      this.drop(link);
    });
    if (this.mode !== 'freeze') this.connectUpstream(link);
  }

  private connectUpstream(link: Link): void {
    const upstream = net.connect(this.targetPort, this.targetHost);
    link.upstream = upstream;
    upstream.on('error', () => upstream.destroy());
    upstream.on('data', (chunk: Buffer) => {
      if (this.mode === 'stall' || this.mode === 'freeze') link.toClient.push(chunk);
      else if (!link.clientGone) link.client.write(chunk);
    });
    // A stopped server closes nothing: what its own timers did shows only when it runs again.
    upstream.on('close', () => {
      if (this.mode === 'freeze') link.upstreamGone = true;
      else this.drop(link);
    });
  }

  private drop(link: Link): void {
    this.links.delete(link);
    link.client.destroy();
    link.upstream?.destroy();
  }

  /** Drops every connection and refuses new ones, as a crashed server would. */
  cut(): void {
    this.mode = 'cut';
    for (const link of this.links) this.drop(link);
  }

  /**
   * Keeps connections open but silent, as a hung server would; nothing is lost, only held. A client that
   * gives up takes its connection with it, and the server never sees what it held.
   */
  stall(): void {
    this.mode = 'stall';
  }

  /**
   * As a server stopped by SIGSTOP: it sends nothing, not even a close its own timers made, and
   * everything sent to it waits, new connections included. On restore it reads all of it, also from
   * clients that closed in the meantime (their last statement, a COMMIT say, runs then, and its answer
   * goes nowhere), and what it held for its clients reaches them.
   */
  freeze(): void {
    this.mode = 'freeze';
  }

  restore(): void {
    this.mode = 'open';
    for (const link of this.links) {
      if (!link.upstream) this.connectUpstream(link);
      for (const chunk of link.toServer.splice(0)) link.upstream?.write(chunk);
      for (const chunk of link.toClient.splice(0)) if (!link.clientGone) link.client.write(chunk);
      if (link.upstreamGone) this.drop(link);
      else if (link.clientGone) link.upstream?.end();
    }
  }

  async close(): Promise<void> {
    for (const link of this.links) this.drop(link);
    await new Promise((resolve) => this.server.close(resolve));
  }
}
