import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** An HTTP server on a free loopback port, the base of the fake cloud services the tests start. */
export abstract class LoopbackServer {
  private readonly server = http.createServer((req, res) => this.handle(req, res));
  readonly rejected: string[] = [];
  port = 0;

  protected abstract handle(req: http.IncomingMessage, res: http.ServerResponse): void;

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** host:port, as the SDKs take it in place of the cloud's domain. */
  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
