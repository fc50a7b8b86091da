/** The marketplace's products: the handlers, the click counter and the name index all read this table. */
export const PRODUCT_TABLE = 'product';
