import type { Call } from '../src/rpc/api.js';
import type {
  PurchaseApplyData, PurchaseCancelData, PurchaseConfirmData, PurchaseDisputeData, PurchaseInfoData, PurchaseListData, PurchasePayData, PurchaseRefundData,
} from '../src/generated/schema-types.js';
import { applyPurchase, cancelPurchase, listPurchases, payPurchase, purchaseInfo } from '../src/services/market/purchases.js';
import { confirmPurchase, disputePurchase, refundPurchase } from '../src/services/market/settlements.js';

export const apply = (data: PurchaseApplyData, call: Call) => applyPurchase(call.deps, call.userId, data);
export const pay = (data: PurchasePayData, call: Call) => payPurchase(call.deps, call.userId, data);
export const cancel = (data: PurchaseCancelData, call: Call) => cancelPurchase(call.deps, call.userId, data);
export const info = (data: PurchaseInfoData, call: Call) => purchaseInfo(call.deps, call.userId, data);
export const list = (data: PurchaseListData, call: Call) => listPurchases(call.deps, call.userId, data);
export const confirm = (data: PurchaseConfirmData, call: Call) => confirmPurchase(call.deps, call.userId, data);
export const refund = (data: PurchaseRefundData, call: Call) => refundPurchase(call.deps, call.userId, data);
export const dispute = (data: PurchaseDisputeData, call: Call) => disputePurchase(call.deps, call.userId, data);
