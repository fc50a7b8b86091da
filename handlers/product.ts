import type { Call } from '../src/rpc/api.js';
import type { ProductCreatData, ProductInfoData, ProductListData, ProductUpdateData } from '../src/generated/schema-types.js';
import { createProduct, listProducts, productInfo, updateProduct } from '../src/services/market/products.js';

export const creat = (data: ProductCreatData, call: Call) => createProduct(call.deps, call.userId, data);
export const update = (data: ProductUpdateData, call: Call) => updateProduct(call.deps, call.userId, data);
export const list = (data: ProductListData, call: Call) => listProducts(call.deps, call.userId, data);
export const info = (data: ProductInfoData, call: Call) => productInfo(call.deps, call.userId, data);
