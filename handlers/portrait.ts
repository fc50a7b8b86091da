import type { Call } from '../src/api.js';
import type { PortraitUploadData } from '../src/schema-types.js';
import { uploadAvatar } from '../src/services/pictures.js';

export const upload = (data: PortraitUploadData, call: Call) => uploadAvatar(call.deps, call.userId, data);
