import { expect } from 'chai';
import { registry } from '../handlers/registry.js';
import { readSchemaFiles } from '../src/schemas.js';
import { Status } from '../src/status.js';
import { SQLITE_MEMORY } from './support/backends.js';
import { Gen, seeded } from './support/fuzz.js';
import { type Harness, startHarness } from './support/harness.js';
import { mutate, validValue } from './support/schema-fuzz.js';

const KNOWN_CODES = new Set(Object.values(Status).map((s) => s.code));
const ENVELOPES = Number(process.env.FUZZ_ENVELOPES ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 7);

describe(`fuzz: ${ENVELOPES} envelopes generated from every schema and mutated (seed ${SEED})`, () => {
  let h: Harness;
  before(async () => {
    h = await startHarness(SQLITE_MEMORY, { config: { sms: { perIpHour: 1_000_000 } } });
  });
  after(() => h.close());

  it('answers each with a well-formed envelope, a status from the table, and never a 5xx', async function () {
    this.timeout(300_000);
    const files = new Map([...readSchemaFiles()].map(([name, f]) => [name, f.schema as Record<string, unknown>]));
    const g = new Gen(seeded(SEED));
    const tokens = await Promise.all(['100', '101', '102'].map((u) => h.token(u)));
    const seen = new Map<number, number>();
    const BATCH = 25;
    for (let start = 0; start < ENVELOPES; start += BATCH) {
      await Promise.all(
        Array.from({ length: Math.min(BATCH, ENVELOPES - start) }, async (_, i) => {
          const row = g.pick(registry);
          const schema = files.get(row.schema)!;
          const data = mutate(validValue(schema, files, g) as Record<string, unknown>, schema, files, g);
          const token = g.pick(tokens);
          const path = `${g.chance(0.5) ? '/api/external' : row.urls[0]}?token=${token}`;
          const res = await h.http.post(path).send({ id: start + i, status: 0, type: row.type, subtype: row.subtype, data });
          const where = `#${start + i} ${row.type}/${row.subtype} ${JSON.stringify(data).slice(0, 200)}`;
          expect(res.status, where).to.be.oneOf([200, 413]);
          expect(res.body, where).to.have.all.keys('id', 'status', 'message', 'data');
          expect(KNOWN_CODES.has(res.body.status), `${where}: ${res.body.status}`).to.equal(true);
          if (res.status === 200) expect(res.body.id, where).to.equal(start + i);
          seen.set(res.body.status, (seen.get(res.body.status) ?? 0) + 1);
        }),
      );
    }
    // The mutations must reach both success and refusals, or the fuzzer tests nothing.
    expect(seen.get(0) ?? 0).to.be.above(ENVELOPES / 50);
    expect(seen.size).to.be.above(8);
    console.log(`      statuses: ${[...seen].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(', ')}`);
  });
});
