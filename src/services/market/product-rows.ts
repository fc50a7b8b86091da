import type { ProductInfoAnswer } from '../../generated/schema-types.js';

/** What a product row is, for every module that reads or writes one (the services, the batched readers). */
export const PRODUCT_TABLE = 'product';

export const ProductStatus = { offSale: 0, onSale: 1, deleted: 2 } as const;
export type ProductStatus = (typeof ProductStatus)[keyof typeof ProductStatus];

/** A product's columns, as the API answers them: in the original's order, which its clients saw. */
export const PRODUCT_COLUMNS = [
  'product_id', 'product_name', 'product_content', 'product_key', 'product_price', 'product_disprice', 'product_sale', 'product_click',
  'product_collection', 'shop_id', 'creat_time', 'update_time', 'pic_url', 'product_status',
] as const;

/** A product's row as the databases hand it back: the answer's fields, money as exact text (a number from SQLite). */
export type StoredProduct = Omit<ProductInfoAnswer, 'product_price' | 'product_disprice' | 'product_status'> & {
  product_price: string | number;
  product_disprice: string | number | null;
  product_status: ProductStatus;
};
