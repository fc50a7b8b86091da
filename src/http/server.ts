import { createServer, type IncomingMessage, type Server, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type Koa from 'koa';
import type { Config } from '../config.js';
import { envelope } from '../rpc/reply.js';
import type { Logger } from '../log.js';
import { Http, Status } from '../status.js';

/** Idle keep-alive connections close after this long (Node's default of 5 s, said out loud). */
const KEEP_ALIVE_MS = 5000;
/** How often Node looks for requests past `requestTimeoutMs`: its default of 30 s would let one run on 30 s late. */
const TIMEOUT_CHECK_MS = 250;

/** Node's own parser refusals, answered as what they are. */
const PARSER_ERRORS: Readonly<Record<string, number>> = {
  HPE_HEADER_OVERFLOW: Http.headersTooLarge,
  ERR_HTTP_REQUEST_TIMEOUT: Http.requestTimeout,
};

/** The headers and body of a refusal that Node raises before the app sees the request. */
function refusal(detail: string): { headers: Record<string, string | number>; body: string } {
  const body = JSON.stringify(envelope(-1, Status.jsonValue, {}, detail));
  return {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), Connection: 'close' },
    body,
  };
}

/**
 * Tracks the requests being handled, so that a shutdown can stop reading new ones, tell the ones in
 * flight to close their connection, and wait for their handlers (not just their sockets) to finish.
 */
class RequestTracker {
  private readonly active = new Set<ServerResponse>();
  private handlers = 0;
  private draining = false;
  private settled: (() => void) | undefined;

  wrap(handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>) {
    return (req: IncomingMessage, res: ServerResponse): void => {
      // A request that arrives after the signal is not read: its client never got an answer, so it retries.
      if (this.draining) {
        req.socket.destroy();
        return;
      }
      this.active.add(res);
      this.handlers++;
      res.once('close', () => this.active.delete(res));
      void handler(req, res).finally(() => {
        this.handlers--;
        if (this.draining && this.handlers === 0) this.settled?.();
      });
    };
  }

  /** From now on: no new request, and every answer in flight closes its connection once written. */
  drain(): void {
    this.draining = true;
    for (const res of this.active) this.closeAfter(res);
  }

  private closeAfter(res: ServerResponse): void {
    if (!res.headersSent) res.shouldKeepAlive = false;
    else res.once('finish', () => res.socket?.end());
  }

  /** Resolves when no handler is running, or after `ms`, whichever comes first; true if they all finished. */
  finished(ms: number): Promise<boolean> {
    if (this.handlers === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      this.settled = () => {
        clearTimeout(timer);
        resolve(true);
      };
    });
  }
}

export interface HttpServer {
  server: Server;
  /** Stops reading requests, finishes those in flight (bounded by `shutdownTimeoutMs`), closes every connection. */
  drain(): Promise<void>;
}

/**
 * The Node server around the app, with the limits an exposed service needs: a slow client cannot hold a
 * connection past `requestTimeoutMs` while sending its request, connections are capped, and Node's own
 * refusals (bad framing, headers too large, a timeout, an unknown Expect) answer with an envelope.
 */
export function createHttpServer(app: Koa, config: Config['server'], log: Logger): HttpServer {
  const tracker = new RequestTracker();
  const server = createServer(
    {
      requestTimeout: config.requestTimeoutMs,
      headersTimeout: config.requestTimeoutMs,
      keepAliveTimeout: KEEP_ALIVE_MS,
      connectionsCheckingInterval: TIMEOUT_CHECK_MS,
    },
    tracker.wrap(app.callback() as (req: IncomingMessage, res: ServerResponse) => Promise<void>),
  );
  server.maxConnections = config.maxConnections;

  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    // A client that went away, or a socket already answering, gets nothing more.
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const httpStatus = PARSER_ERRORS[err.code ?? ''] ?? Http.badRequest;
    log.debug({ code: err.code }, 'request refused by the HTTP parser');
    // Node hands over a bare socket here: the answer is written as HTTP/1.1 by hand.
    const { headers, body } = refusal(STATUS_CODES[httpStatus] ?? 'bad request');
    const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
    socket.end([`HTTP/1.1 ${httpStatus} ${STATUS_CODES[httpStatus] ?? ''}`, ...lines, '', body].join('\r\n'));
  });
  server.on('checkExpectation', (_req: IncomingMessage, res: ServerResponse) => {
    const { headers, body } = refusal('only "Expect: 100-continue" is understood');
    res.writeHead(Http.expectationFailed, headers);
    res.end(body);
  });

  return {
    server,
    async drain() {
      tracker.drain();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (!(await tracker.finished(config.shutdownTimeoutMs))) log.warn('shutdown timeout: closing connections with requests still running');
      // Whatever is left is a connection with no request being handled (a half-sent one): nothing to lose.
      server.closeAllConnections();
      await closed;
    },
  };
}
