import type { Call } from '../src/api.js';
import type { WalletInfoData } from '../src/schema-types.js';
import { walletInfo } from '../src/services/wallets.js';

export const info = (data: WalletInfoData, call: Call) => walletInfo(call.deps, call.userId, data);
