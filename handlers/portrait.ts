import type { Call } from '../src/rpc/api.js';
import type { PortraitUploadData } from '../src/generated/schema-types.js';
import { uploadAvatar } from '../src/services/market/pictures.js';

export const upload = (data: PortraitUploadData, call: Call) => uploadAvatar(call.deps, call.userId, data, call);
