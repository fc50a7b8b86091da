import type { Knex } from 'knex';
import type { Config } from '../../config.js';
import { dialectOf } from '../dialect.js';
import type { ConfiguredMigration } from './types.js';

/**
 * The payment of a purchase as one stored procedure on MySQL and PostgreSQL: one round trip from the
 * service instead of seven, with the same steps and checks as the transaction it replaces (see
 * services/purchases.ts, which keeps that transaction for SQLite and says what each refusal means):
 * - the purchase moves paying → finish, if it is the buyer's, still paying and not past its deadline;
 * - the product, still on sale, counts the sale;
 * - one UPDATE moves both balances, only if the buyer's covers the price and the seller's can hold it
 *   (DECIMAL(12,2): at most 9999999999.99);
 * - one INSERT writes both ledger rows, each with its balance after.
 * Any refusal raises "campus_pay: <why>" and undoes all of it. The text is frozen here: a later change
 * of the procedure is a migration of its own.
 */
export const PAY_PROCEDURE = 'campus_pay_purchase';

/** What every refusal's error message starts with: "campus_pay: <why>" (a missing wallet adds its user id). */
export const PAY_REFUSAL_PREFIX = 'campus_pay: ';

/** The refusals' words (services/purchases.ts tells each as the answer it means). */
export const PAY_REFUSALS = {
  notPaying: 'not paying',
  ownShop: 'own shop',
  sellerNoWallet: 'seller has no wallet',
  withdrawn: 'withdrawn',
  insufficient: 'insufficient funds',
  full: 'wallet full',
  missing: 'wallet missing',
} as const;

const USER_ID = '^[1-9][0-9]{0,14}$';
const MAX_BALANCE = '9999999999.99';

/** The users table and its two wallet columns, quoted for the database. */
interface WalletNames {
  users: string;
  id: string;
  balance: string;
}

function walletNames(db: Knex, { table, idColumn, balanceColumn }: Config['wallet']): WalletNames {
  const [users = '', id = '', balance = ''] = [table, idColumn, balanceColumn].map((name) => db.raw('??', [name]).toQuery());
  return { users, id, balance };
}

/** Both balances in one UPDATE, only if the buyer's covers v_total and the seller's can hold it. */
const moveBalances = ({ users, id, balance }: WalletNames) =>
  `UPDATE ${users} SET ${balance} = CASE WHEN ${id} = v_buyer_id THEN COALESCE(${balance}, 0) - v_total ELSE COALESCE(${balance}, 0) + v_total END
    WHERE (${id} = v_buyer_id AND COALESCE(${balance}, 0) >= v_total) OR (${id} = v_seller_id AND COALESCE(${balance}, 0) <= ${MAX_BALANCE} - v_total)`;

/** Both ledger rows in one INSERT, each with its balance after. */
const ledgerRows = ({ users, id, balance }: WalletNames) =>
  `INSERT INTO wallet_ledger (user_id, purchase_id, amount, balance_after, kind, created_at) VALUES
    (v_buyer_id, p_purchase, -v_total, (SELECT ${balance} FROM ${users} WHERE ${id} = v_buyer_id), 'pay', p_now),
    (v_seller_id, p_purchase, v_total, (SELECT ${balance} FROM ${users} WHERE ${id} = v_seller_id), 'income', p_now)`;

function mysqlProcedure(wallet: WalletNames): string {
  const { users, id, balance } = wallet;
  const refuse = (why: string) => `SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${PAY_REFUSAL_PREFIX}${why}'`;
  // purchase's text columns are utf8mb4_unicode_ci: parameters of the same collation keep its indexes usable.
  const text = (length: number) => `VARCHAR(${length}) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`;
  return `CREATE PROCEDURE ${PAY_PROCEDURE}(p_purchase ${text(17)}, p_buyer ${text(32)}, p_method ${text(16)}, p_now DATETIME)
MODIFIES SQL DATA
BEGIN
  DECLARE v_seller ${text(32)};
  DECLARE v_product INT;
  DECLARE v_num INT;
  DECLARE v_total DECIMAL(12,2);
  DECLARE v_buyer_id BIGINT;
  DECLARE v_seller_id BIGINT;
  DECLARE v_moved INT;
  DECLARE v_balance DECIMAL(12,2) DEFAULT NULL;
  DECLARE v_missing VARCHAR(80);
  DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;
  START TRANSACTION;
  UPDATE purchase SET purchase_state = 'finish', pay_method = p_method, pay_time = p_now
    WHERE purchase_id = p_purchase AND user_id = p_buyer AND purchase_state = 'paying' AND deadline > p_now;
  IF ROW_COUNT() = 0 THEN ${refuse(PAY_REFUSALS.notPaying)}; END IF;
  SELECT seller_id, product_id, product_num, purchase_price INTO v_seller, v_product, v_num, v_total FROM purchase WHERE purchase_id = p_purchase;
  IF v_seller = p_buyer THEN ${refuse(PAY_REFUSALS.ownShop)}; END IF;
  IF v_seller NOT REGEXP '${USER_ID}' THEN ${refuse(PAY_REFUSALS.sellerNoWallet)}; END IF;
  UPDATE product SET product_sale = product_sale + v_num WHERE product_id = v_product AND product_status = 1;
  IF ROW_COUNT() = 0 THEN ${refuse(PAY_REFUSALS.withdrawn)}; END IF;
  SET v_buyer_id = CAST(p_buyer AS SIGNED), v_seller_id = CAST(v_seller AS SIGNED);
  ${moveBalances(wallet)};
  SET v_moved = ROW_COUNT();
  IF v_moved < 2 THEN
    -- Locking reads: the balances as they are now, not as this transaction's snapshot has them.
    SELECT COALESCE(${balance}, 0) INTO v_balance FROM ${users} WHERE ${id} = v_buyer_id FOR UPDATE;
    IF v_balance IS NULL THEN
      SET v_missing = CONCAT('${PAY_REFUSAL_PREFIX}${PAY_REFUSALS.missing} ', p_buyer);
      SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = v_missing;
    END IF;
    IF v_balance < v_total THEN ${refuse(PAY_REFUSALS.insufficient)}; END IF;
    SET v_balance = NULL;
    SELECT COALESCE(${balance}, 0) INTO v_balance FROM ${users} WHERE ${id} = v_seller_id FOR UPDATE;
    IF v_balance IS NULL THEN
      SET v_missing = CONCAT('${PAY_REFUSAL_PREFIX}${PAY_REFUSALS.missing} ', v_seller);
      SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = v_missing;
    END IF;
    IF v_balance > ${MAX_BALANCE} - v_total THEN ${refuse(PAY_REFUSALS.full)}; END IF;
    -- Both fit now: a wallet was opened, or a balance changed, since the UPDATE read them. Run again.
    SET v_missing = CONCAT('${PAY_REFUSAL_PREFIX}${PAY_REFUSALS.missing} ', p_buyer);
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = v_missing;
  END IF;
  ${ledgerRows(wallet)};
  COMMIT;
END`;
}

function pgProcedure(wallet: WalletNames): string {
  const { users, id, balance } = wallet;
  const refuse = (why: string) => `RAISE EXCEPTION '${PAY_REFUSAL_PREFIX}${why}'`;
  return `CREATE OR REPLACE PROCEDURE ${PAY_PROCEDURE}(p_purchase varchar, p_buyer varchar, p_method varchar, p_now timestamp)
LANGUAGE plpgsql AS $pay$
DECLARE
  v_seller varchar;
  v_product integer;
  v_num integer;
  v_total numeric(12,2);
  v_buyer_id ${users}.${id}%TYPE := p_buyer;
  v_seller_id ${users}.${id}%TYPE;
  v_moved integer;
  v_balance numeric(12,2);
BEGIN
  UPDATE purchase SET purchase_state = 'finish', pay_method = p_method, pay_time = p_now
    WHERE purchase_id = p_purchase AND user_id = p_buyer AND purchase_state = 'paying' AND deadline > p_now
    RETURNING seller_id, product_id, product_num, purchase_price INTO v_seller, v_product, v_num, v_total;
  IF NOT FOUND THEN ${refuse(PAY_REFUSALS.notPaying)}; END IF;
  IF v_seller = p_buyer THEN ${refuse(PAY_REFUSALS.ownShop)}; END IF;
  IF v_seller !~ '${USER_ID}' THEN ${refuse(PAY_REFUSALS.sellerNoWallet)}; END IF;
  v_seller_id := v_seller;
  UPDATE product SET product_sale = product_sale + v_num WHERE product_id = v_product AND product_status = 1;
  IF NOT FOUND THEN ${refuse(PAY_REFUSALS.withdrawn)}; END IF;
  -- PostgreSQL updates rows in the order it finds them: two payments between the same wallets lock them
  -- in the order of their ids first, so that one waits for the other instead of deadlocking.
  PERFORM 1 FROM ${users} WHERE ${id} IN (v_buyer_id, v_seller_id) ORDER BY ${id} FOR NO KEY UPDATE;
  ${moveBalances(wallet)};
  GET DIAGNOSTICS v_moved = ROW_COUNT;
  IF v_moved < 2 THEN
    SELECT COALESCE(${balance}, 0) INTO v_balance FROM ${users} WHERE ${id} = v_buyer_id;
    IF NOT FOUND THEN RAISE EXCEPTION '${PAY_REFUSAL_PREFIX}${PAY_REFUSALS.missing} %', p_buyer; END IF;
    IF v_balance < v_total THEN ${refuse(PAY_REFUSALS.insufficient)}; END IF;
    SELECT COALESCE(${balance}, 0) INTO v_balance FROM ${users} WHERE ${id} = v_seller_id;
    IF NOT FOUND THEN RAISE EXCEPTION '${PAY_REFUSAL_PREFIX}${PAY_REFUSALS.missing} %', v_seller; END IF;
    IF v_balance > ${MAX_BALANCE} - v_total THEN ${refuse(PAY_REFUSALS.full)}; END IF;
    -- Both fit now: a wallet was opened, or a balance changed, since the UPDATE read them. Run again.
    RAISE EXCEPTION '${PAY_REFUSAL_PREFIX}${PAY_REFUSALS.missing} %', p_buyer;
  END IF;
  ${ledgerRows(wallet)};
END
$pay$`;
}

export const payRoutineMigration: ConfiguredMigration = {
  name: '010_pay_routine',
  async up(db, config) {
    const dialect = dialectOf(db);
    // SQLite runs in this process: a statement costs no round trip, and it has no procedures.
    if (dialect === 'mysql') {
      await db.raw(`DROP PROCEDURE IF EXISTS ${PAY_PROCEDURE}`);
      await db.raw(mysqlProcedure(walletNames(db, config.wallet)));
    }
    if (dialect === 'pg') await db.raw(pgProcedure(walletNames(db, config.wallet)));
  },
  async down(db) {
    if (dialectOf(db) !== 'sqlite') await db.raw(`DROP PROCEDURE IF EXISTS ${PAY_PROCEDURE}`);
  },
};
