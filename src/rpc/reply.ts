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

/**
 * A batch's answer, made as it is read: each envelope runs when the reader wants the next piece of JSON,
 * and its text is let go once read. A batch of large lists is then held one answer at a time, not whole
 * (as objects, then as text, then as bytes), and a reader that goes away stops the batch.
 */
export class BatchAnswer {
  constructor(
    /** The JSON text of the array of answers, piece by piece. */
    readonly json: AsyncIterable<string>,
    /** Each answered envelope's status, in order, as they are made (for the access line). */
    readonly statuses: number[],
  ) {}
}
