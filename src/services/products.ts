/** The marketplace's products: the handlers, the click counter and the name index all read this table. */
export const PRODUCT_TABLE = 'product';

export const ProductStatus = { offSale: 0, onSale: 1, deleted: 2 } as const;

/** A product's columns, as the API answers them: in the original's order, which its clients saw. */
export const PRODUCT_COLUMNS = [
  'product_id', 'product_name', 'product_content', 'product_key', 'product_price', 'product_disprice', 'product_sale', 'product_click',
  'product_collection', 'shop_id', 'creat_time', 'update_time', 'pic_url', 'product_status',
] as const;

export type StoredProduct = Record<(typeof PRODUCT_COLUMNS)[number], unknown> & {
  shop_id: number;
  product_status: number;
  product_price: string | number;
  product_disprice: string | number | null;
  product_click: number;
};
