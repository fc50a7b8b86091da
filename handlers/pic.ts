import type { Call } from '../src/rpc/api.js';
import type { PicUploadData } from '../src/generated/schema-types.js';
import { uploadPicture } from '../src/services/market/pictures.js';

export const upload = (data: PicUploadData, call: Call) => uploadPicture(call.deps, call.userId, data, call);
