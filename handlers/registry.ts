import { api, type ApiRow } from '../src/rpc/api.js';
import { Status } from '../src/status.js';
import * as img from './img.js';
import * as pic from './pic.js';
import * as product from './product.js';
import * as purchase from './purchase.js';
import * as portrait from './portrait.js';
import * as property from './property.js';
import * as shop from './shop.js';
import * as sms from './sms.js';
import * as wallet from './wallet.js';

// Paths below each of server.basePaths ("/api/external" and "" by default).
const CAPTCHA_URL = '/captcha';
const PORTRAIT_URL = '/portrait';
const PROPERTY_URL = '/property';
const SHOP_URL = '/shop';
const GET_SHOP_URL = '/get/shop';
const PIC_URL = '/pic';
const PRODUCT_URL = '/product';
const GET_PRODUCT_URL = '/get/product';
const PURCHASE_URL = '/purchase';
const WALLET_URL = '/wallet';

/** The original document's local tables, where a failure answers other than the global status. */
const IMG_VALIDATE_LOCAL = { hashUnknown: Status.imgHashMismatch };
const SHOP_CREAT_LOCAL = { taken: Status.shopNameUsed, capped: Status.shopCapped };
const SHOP_UPDATE_LOCAL = { notFound: Status.valueError, notYours: Status.shopNoRight };
const PIC_UPLOAD_LOCAL = { taken: Status.picNameUsed, capped: Status.picCapped };
const PRODUCT_LOCAL = { notYours: Status.productNoRight };
const PRODUCT_UPDATE_LOCAL = { ...PRODUCT_LOCAL, unavailable: Status.productNoRight };
const PRODUCT_INFO_LOCAL = { notFound: Status.productIdError };
const PURCHASE_APPLY_LOCAL = { notFound: Status.purchaseProductMissing };
const PURCHASE_LOCAL = { notFound: Status.purchaseMissing, notYours: Status.purchaseNoRight };
const PURCHASE_CANCEL_LOCAL = { ...PURCHASE_LOCAL, conflict: Status.purchaseNotPaying };
const PURCHASE_PAY_LOCAL = {
  ...PURCHASE_CANCEL_LOCAL,
  insufficientFunds: Status.balanceNotEnough,
  walletFull: Status.walletFull,
  unavailable: Status.productNotOnSale,
};

const PURCHASE_SETTLE_LOCAL = { ...PURCHASE_LOCAL, conflict: Status.purchaseNotHeld };
const PURCHASE_CONFIRM_LOCAL = { ...PURCHASE_SETTLE_LOCAL, walletFull: Status.walletFull };
const PURCHASE_REFUND_LOCAL = { ...PURCHASE_SETTLE_LOCAL, walletFull: Status.buyerWalletFull };

/** THE table: every (type, subtype) the service answers, with its schema, handler, auth and URLs. */
export const registry: readonly ApiRow[] = [
  api({ type: 'img', subtype: 'generate', schema: 'img.generate.json', family: 'captcha', auth: false, urls: [CAPTCHA_URL], handler: img.generate }),
  api({ type: 'img', subtype: 'validate', schema: 'img.validate.json', family: 'captcha', auth: false, urls: [CAPTCHA_URL], local: IMG_VALIDATE_LOCAL, handler: img.validate }),
  api({ type: 'sms', subtype: 'generate', schema: 'sms.generate.json', family: 'captcha', auth: false, urls: [CAPTCHA_URL], handler: sms.generate }),
  api({ type: 'sms', subtype: 'validate', schema: 'sms.validate.json', family: 'captcha', auth: false, urls: [CAPTCHA_URL], handler: sms.validate }),
  api({ type: 'portrait', subtype: 'upload', schema: 'portrait.upload.json', family: 'record', auth: true, upload: true, urls: [PORTRAIT_URL], handler: portrait.upload }),
  api({ type: 'property', subtype: 'add', schema: 'property.add.json', family: 'record', auth: true, urls: [PROPERTY_URL], handler: property.add }),
  api({ type: 'property', subtype: 'update', schema: 'property.update.json', family: 'record', auth: true, urls: [PROPERTY_URL], handler: property.update }),
  api({ type: 'property', subtype: 'delete', schema: 'property.delete.json', family: 'record', auth: true, urls: [PROPERTY_URL], handler: property.remove }),
  // "creat" is the spelling the first clients use; "create" is accepted as well.
  api({ type: 'shop', subtype: 'creat', schema: 'shop.creat.json', family: 'record', auth: true, urls: [SHOP_URL], local: SHOP_CREAT_LOCAL, handler: shop.creat }),
  api({ type: 'shop', subtype: 'create', schema: 'shop.creat.json', family: 'record', auth: true, urls: [SHOP_URL], local: SHOP_CREAT_LOCAL, handler: shop.creat }),
  api({ type: 'shop', subtype: 'update', schema: 'shop.update.json', family: 'record', auth: true, urls: [SHOP_URL], local: SHOP_UPDATE_LOCAL, handler: shop.update }),
  api({ type: 'shop', subtype: 'list', schema: 'shop.list.json', family: 'record', auth: true, urls: [GET_SHOP_URL], handler: shop.list }),
  api({ type: 'shop', subtype: 'info', schema: 'shop.info.json', family: 'record', auth: true, urls: [GET_SHOP_URL], handler: shop.info }),
  api({ type: 'pic', subtype: 'upload', schema: 'pic.upload.json', family: 'record', auth: true, upload: true, urls: [PIC_URL], local: PIC_UPLOAD_LOCAL, handler: pic.upload }),
  api({ type: 'product', subtype: 'creat', schema: 'product.creat.json', family: 'record', auth: true, urls: [PRODUCT_URL], local: PRODUCT_LOCAL, handler: product.creat }),
  api({ type: 'product', subtype: 'create', schema: 'product.creat.json', family: 'record', auth: true, urls: [PRODUCT_URL], local: PRODUCT_LOCAL, handler: product.creat }),
  api({ type: 'product', subtype: 'update', schema: 'product.update.json', family: 'record', auth: true, urls: [PRODUCT_URL], local: PRODUCT_UPDATE_LOCAL, handler: product.update }),
  api({ type: 'product', subtype: 'list', schema: 'product.list.json', family: 'record', auth: true, urls: [GET_PRODUCT_URL], local: PRODUCT_LOCAL, handler: product.list }),
  api({ type: 'product', subtype: 'info', schema: 'product.info.json', family: 'record', auth: true, urls: [GET_PRODUCT_URL], local: PRODUCT_INFO_LOCAL, handler: product.info }),
  api({ type: 'purchase', subtype: 'apply', schema: 'purchase.apply.json', family: 'record', auth: true, urls: [PURCHASE_URL], local: PURCHASE_APPLY_LOCAL, handler: purchase.apply }),
  api({ type: 'purchase', subtype: 'pay', schema: 'purchase.pay.json', family: 'record', auth: true, urls: [PURCHASE_URL], local: PURCHASE_PAY_LOCAL, handler: purchase.pay }),
  api({ type: 'purchase', subtype: 'cancel', schema: 'purchase.cancel.json', family: 'record', auth: true, urls: [PURCHASE_URL], local: PURCHASE_CANCEL_LOCAL, handler: purchase.cancel }),
  api({ type: 'purchase', subtype: 'info', schema: 'purchase.info.json', family: 'record', auth: true, urls: [PURCHASE_URL], local: PURCHASE_LOCAL, handler: purchase.info }),
  api({ type: 'purchase', subtype: 'list', schema: 'purchase.list.json', family: 'record', auth: true, urls: [PURCHASE_URL], local: PURCHASE_LOCAL, handler: purchase.list }),
  api({ type: 'purchase', subtype: 'confirm', schema: 'purchase.confirm.json', family: 'record', auth: true, urls: [PURCHASE_URL], local: PURCHASE_CONFIRM_LOCAL, handler: purchase.confirm }),
  api({ type: 'purchase', subtype: 'refund', schema: 'purchase.refund.json', family: 'record', auth: true, urls: [PURCHASE_URL], local: PURCHASE_REFUND_LOCAL, handler: purchase.refund }),
  api({ type: 'purchase', subtype: 'dispute', schema: 'purchase.dispute.json', family: 'record', auth: true, urls: [PURCHASE_URL], local: PURCHASE_SETTLE_LOCAL, handler: purchase.dispute }),
  api({ type: 'wallet', subtype: 'info', schema: 'wallet.info.json', family: 'record', auth: true, urls: [WALLET_URL], handler: wallet.info }),
];
