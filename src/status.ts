/**
 * Every status code the service answers with, and its message: the one table.
 *
 * Some APIs have local tables that reuse a number with another meaning (img/validate answers -1 for a
 * wrong hash; the property GET has its own -100..-106; shop answers 100 for two different refusals), so
 * an entry is a named (code, message) pair rather than a bare number.
 */
export interface StatusDef {
  readonly code: number;
  readonly message: string;
}

function def(code: number, message: string): StatusDef {
  return Object.freeze({ code, message });
}

export const Status = Object.freeze({
  ok: def(0, 'successful'),
  /** A list or lookup of the student platform that found nothing (its local status). */
  noRecords: def(1, 'Empty records'),

  // Global table.
  jsonKey: def(-1, 'Error JSON key'),
  jsonValue: def(-2, 'Error JSON value'),
  dataKey: def(-3, 'Error data key'),
  hash: def(-4, 'Error Hash'),
  noToken: def(-100, 'Missing necessary args'),
  badToken: def(-101, 'Error token'),
  noUserForToken: def(-102, 'Get userid failed for the token'),
  database: def(-200, 'Failure to operate database'),
  emptyValue: def(-201, "Necessary key-value can't be empty"),
  missingKey: def(-202, 'Missing necessary data key-value'),
  valueType: def(-203, "Arg's value type error"),
  valueError: def(-204, "Arg's value error"),
  keyValueStore: def(-404, 'Unknown Error'),
  /** A failure nobody mapped (a bug): the global table's catch-all. */
  unknown: def(-404, 'Unknown Error'),
  tooManyRequests: def(-405, 'Too many requests'),
  /** An answer that would pass server.maxResponseBytes (alone, or with a batch's answers before it). */
  answerTooLarge: def(-406, 'Answer too large'),
  storage: def(-500, 'Storage Error'),

  // img/validate's local table.
  imgHashMismatch: def(-1, '验证码hash值不匹配'),

  // sms/generate: the legacy integer codes the first clients knew (Tencent SMS's old numbering).
  smsFailed: def(1000, 'SMS sending failed'),
  smsPhoneFormat: def(1016, '手机号格式错误'),
  // The limits themselves are configurable: the refusal's detail quotes the one in force.
  smsCooldown: def(1023, 'SMS requested too often for this phone'),
  smsHourlyCap: def(1024, 'SMS hourly limit reached for this phone'),
  smsDailyCap: def(1025, 'SMS daily limit reached for this phone'),

  // GET /api/external/get/property's local table.
  queryArgName: def(-100, 'Args Error'),
  queryArgType: def(-101, 'Args Type Error'),
  queryConflict: def(-103, 'Args conflict'),
  queryMissing: def(-104, 'Missing necessary args'),
  queryBadToken: def(-105, 'Error token'),
  queryArgValue: def(-106, 'Args Error'),

  // shop's local tables.
  shopNameUsed: def(100, 'The shop name was used'),
  shopCapped: def(101, 'The number of shops has been capped'),
  shopNoRight: def(100, 'No right to update'),

  // pic/upload's local table.
  picNameUsed: def(100, 'The picture name was used'),
  picCapped: def(101, 'Too many pictures'),

  // product's local tables.
  productNoRight: def(100, 'No right to operate'),
  productIdError: def(100, 'Error Product id'),

  // purchase's local tables.
  purchaseProductMissing: def(100, 'Product_id not exist'),
  purchaseMissing: def(100, 'Purchase id not exist'),
  purchaseNoRight: def(101, 'Have no right to operate'),
  balanceNotEnough: def(102, 'Balance is not enough'),
  // New in pay's table: a credit that a wallet cannot hold, a product withdrawn between apply and pay.
  walletFull: def(103, "The seller's wallet is full"),
  payMethodNotAllowed: def(200, 'Pay method not allow'),
  purchaseNotPaying: def(201, 'This purchase is not paying state'),
  productNotOnSale: def(202, 'The product is not on sale'),
  // Buyer protection: settling the money a payment holds.
  purchaseNotHeld: def(203, 'This purchase is not held'),
  buyerWalletFull: def(104, "The buyer's wallet is full"),
});

export type StatusName = keyof typeof Status;

/** The global table, as the original document had it (and the service's additions): what any API may answer. */
export const GLOBAL_STATUSES: readonly StatusDef[] = [
  Status.ok, Status.jsonKey, Status.jsonValue, Status.dataKey, Status.hash, Status.noToken, Status.badToken, Status.noUserForToken,
  Status.database, Status.emptyValue, Status.missingKey, Status.valueType, Status.valueError, Status.keyValueStore, Status.tooManyRequests,
  Status.answerTooLarge, Status.storage,
];

export function isStatusName(name: string): name is StatusName {
  return Object.prototype.hasOwnProperty.call(Status, name);
}

/** The HTTP statuses the service uses: every API answer is 200 with an envelope, except these cases. */
export const Http = Object.freeze({
  ok: 200,
  noContent: 204,
  notModified: 304,
  badRequest: 400,
  unauthorized: 401,
  notFound: 404,
  methodNotAllowed: 405,
  requestTimeout: 408,
  payloadTooLarge: 413,
  unsupportedMediaType: 415,
  expectationFailed: 417,
  headersTooLarge: 431,
  unavailable: 503,
});
