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

/** About how many characters a piece of a batch's JSON holds: in UTF-16, well under V8's large-object size. */
const PIECE_CHARS = 16_384;

/**
 * An envelope's JSON text, the same as JSON.stringify gives, in pieces: a list's rows a few at a time. A
 * list of long rows written as one text is megabytes in one string, which V8 keeps in its large-object
 * space until a full collection: a few batches of such lists at once then held most of the process's
 * memory in texts already sent.
 */
export function* jsonPieces(reply: Envelope): Generator<string> {
  if (!Array.isArray(reply.data) || reply.data.length === 0) {
    yield JSON.stringify(reply);
    return;
  }
  // The envelope's keys end with data, so its text ends with the array's: `…,"data":[]}`.
  let piece = JSON.stringify({ ...reply, data: [] }).slice(0, -2);
  let separator = '';
  for (const row of reply.data as unknown[]) {
    piece += separator + (JSON.stringify(row) ?? 'null');
    separator = ',';
    if (piece.length >= PIECE_CHARS) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}]}`;
}

/** The answer to a single envelope, and its JSON text (checked against the answer bound). */
export class SingleAnswer {
  constructor(
    readonly reply: Envelope,
    readonly json: string,
  ) {}
}

/** Whether `text` is longer than `bytes` in UTF-8, counted only when it could be (a UTF-16 unit is at most 3 bytes). */
export function longerThan(text: string, bytes: number): boolean {
  return text.length * 3 > bytes && Buffer.byteLength(text) > bytes;
}

/** `reply`'s JSON in pieces, if it takes at most `bytes` in UTF-8; undefined (and no more of it made) if not. */
export function piecesWithin(reply: Envelope, bytes: number): { pieces: string[]; bytes: number } | undefined {
  const pieces: string[] = [];
  let used = 0;
  for (const piece of jsonPieces(reply)) {
    used += Buffer.byteLength(piece);
    if (used > bytes) return undefined;
    pieces.push(piece);
  }
  return { pieces, bytes: used };
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
