import type { Deps } from '../deps.js';
import type { WalletInfoAnswer, WalletInfoData } from '../../generated/schema-types.js';
import { page } from './listing.js';
import { toYuan } from '../money.js';
import { heldMoney } from './settlements.js';
import { walletsOf } from './wallets.js';

/** The caller's balance, a page of its ledger (newest first), and the money held for its purchases and sales. */
export async function walletInfo(deps: Pick<Deps, 'db' | 'config' | 'clock'>, userId: string, data: WalletInfoData): Promise<WalletInfoAnswer> {
  const { limit, offset } = page(data);
  const { db } = deps;
  const wallets = walletsOf(deps);
  const [balance, ledger, held] = await Promise.all([wallets.balance(db, userId), wallets.ledger(db, userId, limit, offset), heldMoney(db, userId)]);
  return {
    balance: toYuan(balance),
    ledger: ledger.map((row) => ({ time: row.time, kind: row.kind, amount: toYuan(row.cents), purchase_id: row.purchaseId })),
    num: ledger.length,
    held_out: toYuan(held.out),
    held_in: toYuan(held.in),
  };
}
