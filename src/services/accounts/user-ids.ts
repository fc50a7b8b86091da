/**
 * A user id is 1 to 15 digits without a leading zero: the original's student numbers, a BIGINT in the
 * account service's users table. Every comparison of user ids (tokens, owners, buyers, sellers, wallets)
 * is of this one text, so "007" is nobody, and never the wallet of user 7.
 */
const USER_ID = /^[1-9][0-9]{0,14}$/;

export const USER_ID_RULE = '1 to 15 digits without a leading zero';

export function isUserId(value: string): boolean {
  return USER_ID.test(value);
}
