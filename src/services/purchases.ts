import type { Knex } from 'knex';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Clock } from './clock.js';
import { formatDateTime } from './datetime.js';

export const PURCHASE_TABLE = 'purchase';

export const PurchaseState = { paying: 'paying', finish: 'finish', cancel: 'cancel' } as const;
export type PurchaseState = (typeof PurchaseState)[keyof typeof PurchaseState];

/**
 * A purchase's state as the API tells it: an unpaid purchase past its deadline is cancelled from that
 * moment, whether or not a sweep has stored it yet. Datetimes are fixed-width text, so text compares as time.
 */
export function effectiveState(stored: string, deadline: string, now: string): PurchaseState {
  return stored === PurchaseState.paying && deadline <= now ? PurchaseState.cancel : (stored as PurchaseState);
}

/** Restricts `q` to purchases whose state, as the API tells it, is `state`. */
export function whereState(q: Knex.QueryBuilder, state: PurchaseState, now: string): void {
  if (state === PurchaseState.finish) void q.where('purchase_state', state);
  else if (state === PurchaseState.paying) void q.where('purchase_state', state).andWhere('deadline', '>', now);
  else void q.where((s) => void s.where('purchase_state', state).orWhere((p) => void p.where('purchase_state', PurchaseState.paying).andWhere('deadline', '<=', now)));
}

/**
 * Stores the cancellation of expired purchases. It only tidies: reads and pay already treat them as
 * cancelled. The update is conditional, so any number of processes may run it at once.
 */
export function startPurchaseSweeper(db: Knex, config: Config, clock: Clock, log: Logger): () => void {
  let failing = false;
  const timer = setInterval(() => {
    const now = formatDateTime(clock.now(), config.timeZone);
    db(PURCHASE_TABLE)
      .where('purchase_state', PurchaseState.paying)
      .andWhere('deadline', '<=', now)
      .update({ purchase_state: PurchaseState.cancel })
      .then(
        () => (failing = false),
        (err: unknown) => {
          if (!failing) log.warn({ err: (err as Error).message }, 'purchase sweep failed, retrying');
          failing = true;
        },
      );
  }, config.purchase.sweepSeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
