import type { KeyValueStore, SetMember } from '../../backends/kv/types.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../log.js';

/** How often expired hashes are swept out of the sets: they leave within about this long of expiring. */
const SWEEP_EVERY_MS = 1000;

/**
 * The original server kept every live captcha hash in two Redis sets, and the Java service validated by
 * SISMEMBER (and consumed by SREM). With `captcha.legacySets` configured, each hash is also a member of
 * its set: added with its key, gone when it is used (by either side) or expires.
 */
export function legacyMember(config: Config, kind: 'img' | 'sms', hash: string): SetMember | undefined {
  const sets = config.captcha.legacySets;
  return sets ? { set: sets[kind], member: hash } : undefined;
}

/**
 * Sweeps both sets on a timer. Every process may run it: each sweep is one atomic script on Redis, so two
 * processes never race over a member. Returns the function that stops it.
 */
export function startLegacySweeper(kv: KeyValueStore, config: Config, log: Logger): () => void {
  const sets = config.captcha.legacySets;
  if (!sets) return () => undefined;
  let failing = false;
  const timer = setInterval(() => {
    Promise.all([kv.sweepExpiredMembers(sets.img), kv.sweepExpiredMembers(sets.sms)]).then(
      () => (failing = false),
      (err: unknown) => {
        // One line per outage; the kv store logs the outage itself.
        if (!failing) log.warn({ err: (err as Error).message }, 'legacy captcha sets: sweep failed, retrying');
        failing = true;
      },
    );
  }, SWEEP_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
