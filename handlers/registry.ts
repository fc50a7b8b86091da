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

/**
 * What each API answers beyond its family's statuses: the original document's local tables (a failure
 * that answers other than the global status), and the global statuses only some APIs answer.
 */
const LIMITED = { tooManyRequests: Status.tooManyRequests };
const IMG_VALIDATE = { hashUnknown: Status.imgHashMismatch };
const SMS_VALIDATE = { ...LIMITED, hashUnknown: Status.hash };
const SMS_GENERATE = {
  ...SMS_VALIDATE,
  smsCooldown: Status.smsCooldown,
  smsHourlyCap: Status.smsHourlyCap,
  smsDailyCap: Status.smsDailyCap,
  phoneRefused: Status.smsPhoneFormat,
  smsFailed: Status.smsFailed,
};
const UPLOAD = { ...LIMITED, storageFailed: Status.storage };
const SHOP_CREAT = { taken: Status.shopNameUsed, capped: Status.shopCapped };
const SHOP_UPDATE = { notFound: Status.valueError, notYours: Status.shopNoRight };
const PIC_UPLOAD = { ...UPLOAD, taken: Status.picNameUsed, capped: Status.picCapped };
const PRODUCT = { notYours: Status.productNoRight };
const PRODUCT_UPDATE = { ...PRODUCT, unavailable: Status.productNoRight };
const PRODUCT_INFO = { notFound: Status.productIdError };
const PURCHASE_APPLY = { notFound: Status.purchaseProductMissing };
const PURCHASE = { notFound: Status.purchaseMissing, notYours: Status.purchaseNoRight };
const PURCHASE_CANCEL = { ...PURCHASE, conflict: Status.purchaseNotPaying };
const PURCHASE_PAY = {
  ...PURCHASE_CANCEL,
  insufficientFunds: Status.balanceNotEnough,
  walletFull: Status.walletFull,
  unavailable: Status.productNotOnSale,
};

const PURCHASE_SETTLE = { ...PURCHASE, conflict: Status.purchaseNotHeld };
const PURCHASE_CONFIRM = { ...PURCHASE_SETTLE, walletFull: Status.walletFull };
const PURCHASE_REFUND = { ...PURCHASE_SETTLE, walletFull: Status.buyerWalletFull };

/** THE table: every (type, subtype) the service answers, with its schema, handler, auth and URLs. */
export const registry: readonly ApiRow[] = [
  api({ type: 'img', subtype: 'generate', schema: 'img.generate.json', family: 'captcha', auth: false, urls: [CAPTCHA_URL], handler: img.generate }),
  api({ type: 'img', subtype: 'validate', schema: 'img.validate.json', family: 'captcha', auth: false, urls: [CAPTCHA_URL], statuses: IMG_VALIDATE, handler: img.validate }),
  api({ type: 'sms', subtype: 'generate', schema: 'sms.generate.json', family: 'captcha', auth: false, urls: [CAPTCHA_URL], statuses: SMS_GENERATE, handler: sms.generate }),
  api({ type: 'sms', subtype: 'validate', schema: 'sms.validate.json', family: 'captcha', auth: false, urls: [CAPTCHA_URL], statuses: SMS_VALIDATE, handler: sms.validate }),
  api({ type: 'portrait', subtype: 'upload', schema: 'portrait.upload.json', family: 'record', auth: true, upload: true, urls: [PORTRAIT_URL], statuses: UPLOAD, handler: portrait.upload }),
  api({ type: 'property', subtype: 'add', schema: 'property.add.json', family: 'record', auth: true, urls: [PROPERTY_URL], handler: property.add }),
  api({ type: 'property', subtype: 'update', schema: 'property.update.json', family: 'record', auth: true, urls: [PROPERTY_URL], handler: property.update }),
  api({ type: 'property', subtype: 'delete', schema: 'property.delete.json', family: 'record', auth: true, urls: [PROPERTY_URL], handler: property.remove }),
  // "creat" is the spelling the first clients use; "create" is accepted as well.
  api({ type: 'shop', subtype: 'creat', schema: 'shop.creat.json', family: 'record', auth: true, urls: [SHOP_URL], statuses: SHOP_CREAT, handler: shop.creat }),
  api({ type: 'shop', subtype: 'create', schema: 'shop.creat.json', family: 'record', auth: true, urls: [SHOP_URL], statuses: SHOP_CREAT, handler: shop.creat }),
  api({ type: 'shop', subtype: 'update', schema: 'shop.update.json', family: 'record', auth: true, urls: [SHOP_URL], statuses: SHOP_UPDATE, handler: shop.update }),
  api({ type: 'shop', subtype: 'list', schema: 'shop.list.json', family: 'record', auth: true, urls: [GET_SHOP_URL], noRecords: true, handler: shop.list }),
  api({ type: 'shop', subtype: 'info', schema: 'shop.info.json', family: 'record', auth: true, urls: [GET_SHOP_URL], noRecords: true, handler: shop.info }),
  api({ type: 'pic', subtype: 'upload', schema: 'pic.upload.json', family: 'record', auth: true, upload: true, urls: [PIC_URL], statuses: PIC_UPLOAD, handler: pic.upload }),
  api({ type: 'product', subtype: 'creat', schema: 'product.creat.json', family: 'record', auth: true, urls: [PRODUCT_URL], statuses: PRODUCT, handler: product.creat }),
  api({ type: 'product', subtype: 'create', schema: 'product.creat.json', family: 'record', auth: true, urls: [PRODUCT_URL], statuses: PRODUCT, handler: product.creat }),
  api({ type: 'product', subtype: 'update', schema: 'product.update.json', family: 'record', auth: true, urls: [PRODUCT_URL], statuses: PRODUCT_UPDATE, handler: product.update }),
  api({ type: 'product', subtype: 'list', schema: 'product.list.json', family: 'record', auth: true, urls: [GET_PRODUCT_URL], statuses: PRODUCT, noRecords: true, handler: product.list }),
  api({ type: 'product', subtype: 'info', schema: 'product.info.json', family: 'record', auth: true, urls: [GET_PRODUCT_URL], statuses: PRODUCT_INFO, handler: product.info }),
  api({ type: 'purchase', subtype: 'apply', schema: 'purchase.apply.json', family: 'record', auth: true, urls: [PURCHASE_URL], statuses: PURCHASE_APPLY, handler: purchase.apply }),
  api({ type: 'purchase', subtype: 'pay', schema: 'purchase.pay.json', family: 'record', auth: true, urls: [PURCHASE_URL], statuses: PURCHASE_PAY, handler: purchase.pay }),
  api({ type: 'purchase', subtype: 'cancel', schema: 'purchase.cancel.json', family: 'record', auth: true, urls: [PURCHASE_URL], statuses: PURCHASE_CANCEL, handler: purchase.cancel }),
  api({ type: 'purchase', subtype: 'info', schema: 'purchase.info.json', family: 'record', auth: true, urls: [PURCHASE_URL], statuses: PURCHASE, handler: purchase.info }),
  api({ type: 'purchase', subtype: 'list', schema: 'purchase.list.json', family: 'record', auth: true, urls: [PURCHASE_URL], handler: purchase.list }),
  api({ type: 'purchase', subtype: 'confirm', schema: 'purchase.confirm.json', family: 'record', auth: true, urls: [PURCHASE_URL], statuses: PURCHASE_CONFIRM, handler: purchase.confirm }),
  api({ type: 'purchase', subtype: 'refund', schema: 'purchase.refund.json', family: 'record', auth: true, urls: [PURCHASE_URL], statuses: PURCHASE_REFUND, handler: purchase.refund }),
  api({ type: 'purchase', subtype: 'dispute', schema: 'purchase.dispute.json', family: 'record', auth: true, urls: [PURCHASE_URL], statuses: PURCHASE_SETTLE, handler: purchase.dispute }),
  api({ type: 'wallet', subtype: 'info', schema: 'wallet.info.json', family: 'record', auth: true, urls: [WALLET_URL], handler: wallet.info }),
];
