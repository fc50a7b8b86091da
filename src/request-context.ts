import type { Logger } from './log.js';

/** The log of one request: every line names it (`reqId`, pino-http's name). */
export function requestLog(log: Logger, reqId: string): Logger {
  return log.child({ reqId });
}

/**
 * The dependencies as one request is given them: the same, but for a log that names the request. Passed
 * along rather than kept in an AsyncLocalStorage: on Node 20, once any context is entered, its hooks run
 * for every promise the process makes.
 */
export function forRequest<D extends { log: Logger }>(deps: D, reqId: string): D {
  return { ...deps, log: requestLog(deps.log, reqId) };
}
