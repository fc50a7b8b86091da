import type { Call } from '../src/rpc/api.js';
import type { ShopCreatData, ShopInfoData, ShopListData, ShopUpdateData } from '../src/generated/schema-types.js';
import { createShop, listShops, shopInfo, updateShop } from '../src/services/market/shops.js';

export const creat = (data: ShopCreatData, call: Call) => createShop(call.deps, call.userId, data);
export const update = (data: ShopUpdateData, call: Call) => updateShop(call.deps, call.userId, data);
export const list = (data: ShopListData, call: Call) => listShops(call.deps, call.userId, data);
export const info = (data: ShopInfoData, call: Call) => shopInfo(call.deps, data);
