import type { Call } from '../src/api.js';
import type { WalletInfoData } from '../src/schema-types.js';
import { formatDateTime } from '../src/services/datetime.js';
import { page } from '../src/services/listing.js';
import { toYuan } from '../src/services/money.js';
import { Wallets } from '../src/services/wallet.js';

/** The caller's balance and a page of its ledger, newest first. */
export async function info(data: WalletInfoData, call: Call): Promise<object> {
  const { limit, offset } = page(data);
  const { db, config } = call.deps;
  const wallets = new Wallets(config.wallet, () => formatDateTime(call.deps.clock.now(), config.timeZone));
  const [balance, ledger] = await Promise.all([wallets.balance(db, call.userId), wallets.ledger(db, call.userId, limit, offset)]);
  return {
    balance: toYuan(balance),
    ledger: ledger.map((row) => ({ time: row.time, kind: row.kind, amount: toYuan(row.cents), purchase_id: row.purchaseId })),
    num: ledger.length,
  };
}
