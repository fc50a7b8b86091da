import { DomainError } from '../../errors.js';
import type { KeyValueStore } from './types.js';

/**
 * Turns any failure of the store into a 'kvFailed' domain error, in one place, so that no caller can forget to
 * and no caller has to repeat it.
 */
export function guardKeyValueStore(store: KeyValueStore): KeyValueStore {
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await fn.apply(store, args);
      } catch (err) {
        throw new DomainError('kvFailed', undefined, { cause: err });
      }
    };
  return {
    set: guard(store.set),
    setIfAbsent: guard(store.setIfAbsent),
    get: guard(store.get),
    take: guard(store.take),
    guardedTake: guard(store.guardedTake),
    increment: guard(store.increment),
    del: guard(store.del),
    ttl: guard(store.ttl),
    ping: guard(store.ping),
    sweepExpiredMembers: guard(store.sweepExpiredMembers),
    close: () => store.close(),
  };
}
