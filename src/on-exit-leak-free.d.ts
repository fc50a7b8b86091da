/** on-exit-leak-free (pino's own, for its destinations) ships no types: the two calls the log uses. */
declare module 'on-exit-leak-free' {
  /** Calls `shutdown(object, event)` when the process exits, unless `object` has been collected or unregistered first. */
  export function register<T extends object>(object: T, shutdown: (object: T, event: string) => void): void;
  export function unregister(object: object): void;
}
