import type { Call } from '../src/rpc/api.js';
import type { WalletInfoData } from '../src/generated/schema-types.js';
import { walletInfo } from '../src/services/market/wallet-info.js';

export const info = (data: WalletInfoData, call: Call) => walletInfo(call.deps, call.userId, data);
