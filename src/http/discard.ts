import type { IncomingMessage } from 'node:http';

/** How long the rest of a refused body is read at most. */
const DISCARD_MS = 3000;
/** How much of a refused body is read at most, in multiples of its path's limit. */
export const DISCARD_FACTOR = 4;

/**
 * Reads and throws away what is left of a request's body, up to a few times `limit` or a few seconds, and says
 * whether the body ended. An answer sent while the client is still sending would reach clients that read
 * early answers (curl), but Node's fetch gets EPIPE instead when the socket closes under its upload; past
 * the bound the connection is closed all the same, so a client cannot make the service read forever.
 */
export function discardBody(req: IncomingMessage, limit: number): Promise<boolean> {
  const maxBytes = DISCARD_FACTOR * limit;
  if (req.readableEnded || req.destroyed) return Promise.resolve(req.readableEnded);
  return new Promise((resolve) => {
    let read = 0;
    const finish = (ended: boolean) => {
      clearTimeout(timer);
      req.off('data', count);
      req.off('end', ended_);
      req.off('close', closed);
      req.pause();
      resolve(ended);
    };
    const count = (chunk: Buffer) => {
      read += chunk.length;
      if (read > maxBytes) finish(false);
    };
    const ended_ = () => finish(true);
    const closed = () => finish(req.readableEnded);
    const timer = setTimeout(() => finish(false), DISCARD_MS);
    req.on('data', count);
    req.once('end', ended_);
    req.once('close', closed);
    // Whatever was piped into it (a parser that gave up) lets go, and the rest flows here.
    req.unpipe();
    req.resume();
  });
}
