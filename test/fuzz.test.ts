import { expect } from 'chai';
import { registry } from '../handlers/registry.js';
import { postPaths } from '../src/rpc/dispatcher.js';
import { Status } from '../src/status.js';
import { SQLITE_MEMORY } from './support/backends.js';
import { deepNesting, Gen, jsonValue, seeded } from './support/fuzz.js';
import { type Harness, startHarness } from './support/harness.js';

const KNOWN_CODES = new Set(Object.values(Status).map((s) => s.code));
const BODIES = 2000;
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const PATHS = [...postPaths(registry).keys()];

/** One malformed (or occasionally valid) request body, as raw bytes. */
function body(g: Gen): Buffer {
  const row = g.pick(registry);
  switch (g.int(8)) {
    case 0:
      return Buffer.from(JSON.stringify(jsonValue(g)));
    case 1: {
      const text = Buffer.from(JSON.stringify({ id: 1, type: row.type, subtype: row.subtype, data: jsonValue(g) }));
      return text.subarray(0, g.int(text.length)); // truncated JSON
    }
    case 2:
      return Buffer.from([0x7b, ...Array.from({ length: 20 }, () => g.int(256)), 0x7d]); // invalid UTF-8
    case 3:
      return Buffer.from(deepNesting(g.pick([10, 1000, 100000])));
    case 4:
      return Buffer.from(JSON.stringify({ id: jsonValue(g), type: jsonValue(g), subtype: jsonValue(g), data: jsonValue(g) }));
    default: {
      const data: Record<string, unknown> = {};
      for (let i = g.int(6); i > 0; i--) data[g.pick(['hash', 'phone', 'id', 'title', 'type', 'shop_name', 'base64'])] = jsonValue(g);
      return Buffer.from(JSON.stringify({ id: jsonValue(g), status: 0, type: row.type, subtype: row.subtype, data }));
    }
  }
}

describe(`fuzz: ${BODIES} random and malformed bodies (seed ${SEED})`, () => {
  let h: Harness;
  before(async () => {
    h = await startHarness(SQLITE_MEMORY);
  });
  after(() => h.close());

  it('answers every one with a well-formed envelope and a status from the table', async function () {
    this.timeout(120_000);
    const g = new Gen(seeded(SEED));
    const token = await h.token('10086');
    const requests = Array.from({ length: BODIES }, (_, i) => ({ i, path: g.pick(PATHS), body: body(g), auth: g.chance(0.5) }));
    const BATCH = 25;
    for (let start = 0; start < requests.length; start += BATCH) {
      await Promise.all(
        requests.slice(start, start + BATCH).map(async ({ i, path, body: payload, auth }) => {
          const res = await h.http
            .post(auth ? `${path}?token=${token}` : path)
            .set('Content-Type', 'text/plain')
            .send(payload);
          const where = `request ${i} (seed ${SEED}) to ${path}: ${payload.subarray(0, 120).toString()}`;
          expect(res.status, where).to.be.oneOf([200, 413]);
          expect(res.headers['content-type'], where).to.equal('application/json; charset=utf-8');
          // A JSON array is a batch: an array of answers, each an envelope like any other.
          const answers = Array.isArray(res.body) ? (res.body as unknown[]) : [res.body];
          for (const answer of answers as { id: number; status: number; message: string; data: object }[]) {
            expect(answer, where).to.have.all.keys('id', 'status', 'message', 'data');
            expect(Number.isSafeInteger(answer.id), where).to.equal(true);
            expect(KNOWN_CODES.has(answer.status), `${where}: status ${answer.status}`).to.equal(true);
            expect(answer.message, where).to.be.a('string');
            // Errors carry {}; status 1 "Empty records" is the original's answer for a list or lookup that
            // found nothing, with [] or {}.
            if (answer.status === Status.noRecords.code) expect(Object.keys(answer.data), where).to.deep.equal([]);
            else if (answer.status !== 0) expect(answer.data, where).to.deep.equal({});
          }
        }),
      );
    }
  });
});
