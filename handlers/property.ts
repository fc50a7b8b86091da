import type { Call } from '../src/rpc/api.js';
import type { PropertyAddData, PropertyDeleteData, PropertyUpdateData } from '../src/generated/schema-types.js';
import { addNotice, removeNotice, updateNotice } from '../src/services/lostfound/notices.js';

export const add = (data: PropertyAddData, call: Call) => addNotice(call.deps, call.userId, data);
export const update = (data: PropertyUpdateData, call: Call) => updateNotice(call.deps, call.userId, data);
export const remove = (data: PropertyDeleteData, call: Call) => removeNotice(call.deps, call.userId, data);
