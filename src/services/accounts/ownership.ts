import { DomainError } from '../../errors.js';

/** Whether a user id named in a request is someone other than the caller; none (or empty) names the caller. */
export function namesAnotherUser(claimed: string | number | undefined, userId: string): boolean {
  return claimed !== undefined && claimed !== '' && String(claimed) !== userId;
}

/** Rows belong to the token's user: a user id in the data may only repeat it. */
export function requireCaller(claimed: string | number | undefined, userId: string, field: string): void {
  if (namesAnotherUser(claimed, userId)) throw new DomainError('invalid', `${field} is not the token's user`);
}
