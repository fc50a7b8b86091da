import type { Knex } from 'knex';

/** Whether `userId` owns the shop `shopId` (false when there is no such shop). */
export async function isShopOwner(db: Knex | Knex.Transaction, shopId: number, userId: string): Promise<boolean> {
  const shop = (await db('shop').select('user_id').where('shop_id', shopId).first()) as { user_id: string } | undefined;
  return shop !== undefined && String(shop.user_id) === userId;
}
