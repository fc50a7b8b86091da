import type { StatusDef } from '../status.js';

export interface Envelope {
  id: number;
  status: number;
  message: string;
  data: object;
}

export function envelope(id: number, status: StatusDef, data: object = {}, detail?: string): Envelope {
  return { id, status: status.code, message: detail ? `${status.message}: ${detail}` : status.message, data };
}
