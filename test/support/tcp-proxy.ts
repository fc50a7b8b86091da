import net from 'node:net';

/**
 * A TCP proxy the test controls, put between the service and a shared server (Redis, a database) so
 * that an outage can be made without touching the machine's real service.
 */
export class TcpProxy {
  private readonly server: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private readonly pairs = new Set<[net.Socket, net.Socket]>();
  private mode: 'open' | 'cut' | 'stall' = 'open';
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

  private track(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  }

  private accept(client: net.Socket): void {
    this.track(client);
    if (this.mode === 'cut') {
      client.destroy();
      return;
    }
    const upstream = net.connect(this.targetPort, this.targetHost);
    this.track(upstream);
    this.pairs.add([client, upstream]);
    client.on('close', () => this.pairs.delete([client, upstream]));
    if (this.mode === 'stall') this.pause(client, upstream);
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  }

  /** Drops every connection and refuses new ones, as a crashed server would. */
  cut(): void {
    this.mode = 'cut';
    for (const socket of this.sockets) socket.destroy();
  }

  private pause(...sockets: net.Socket[]): void {
    for (const socket of sockets) socket.pause();
  }

  /** Keeps connections open but silent, as a hung server would; nothing is lost, only held. */
  stall(): void {
    this.mode = 'stall';
    for (const [client, upstream] of this.pairs) this.pause(client, upstream);
  }

  restore(): void {
    this.mode = 'open';
    for (const [client, upstream] of this.pairs) {
      client.resume();
      upstream.resume();
    }
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
