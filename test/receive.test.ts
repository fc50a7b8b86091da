import { expect } from 'chai';
import { registry } from '../handlers/registry.js';
import { createDispatcher, type Dispatcher } from '../src/rpc/dispatcher.js';
import { BatchAnswer, type Envelope, SingleAnswer } from '../src/rpc/reply.js';
import { schemaValidators } from '../src/rpc/validate.js';
import { backendMatrix, SQLITE_MEMORY } from './support/backends.js';
import { contractRegistry } from './support/contract.js';
import { type Harness, startHarness } from './support/harness.js';

const SINGLE = '';
const CAPTCHA = '/captcha';
const SHOP = '/api/external/shop';

const one = (answer: SingleAnswer | BatchAnswer): Envelope => {
  expect(answer, 'a single envelope').to.be.instanceOf(SingleAnswer);
  const { reply, json } = answer as SingleAnswer;
  expect(JSON.parse(json)).to.deep.equal(reply);
  return reply;
};
const many = async (answer: SingleAnswer | BatchAnswer): Promise<Envelope[]> => {
  expect(answer, 'a batch answer').to.be.instanceOf(BatchAnswer);
  const batch = answer as BatchAnswer;
  let text = '';
  for await (const piece of batch.json) text += piece;
  const envelopes = JSON.parse(text) as Envelope[];
  expect(envelopes.map((e) => e.status)).to.deep.equal(batch.statuses);
  return envelopes;
};

describe('receive(body, caller): the wire protocol without HTTP', () => {
  let h: Harness;
  let dispatcher: Dispatcher;
  let token: string;
  const caller = (over: Partial<{ url: string; token: string | undefined; ip: string }> = {}) => ({ url: SINGLE, token, ip: '192.0.2.1', reqId: 'receive-test', ...over });

  before(async () => {
    h = await startHarness(SQLITE_MEMORY, { config: { server: { maxBatch: 3 } } });
    dispatcher = createDispatcher(contractRegistry(registry), h.context, schemaValidators);
    token = await h.token('1180310086');
  });
  after(() => h.close());

  it('answers one envelope with its id echoed', async () => {
    const answer = one(await dispatcher.receive({ id: '42', type: 'img', subtype: 'generate', data: {} }, caller()));
    expect(answer).to.include({ id: 42, status: 0, message: 'successful' });
    expect(answer.data).to.have.keys('imgdata', 'rand', 'mime');
  });

  it('applies every envelope rule in order', async () => {
    const cases: [unknown, number, number][] = [
      [null, -1, -2],
      ['text', -1, -2],
      [{ id: 7, subtype: 'generate', data: {} }, 7, -1],
      [{ id: 7, type: 'img', data: {} }, 7, -1],
      [{ id: 7, type: 'img', subtype: 'generate' }, 7, -1],
      [{ id: 7, type: 1, subtype: 'generate', data: {} }, 7, -2],
      [{ id: 7, type: 'img', subtype: 'generate', data: [] }, 7, -2],
      [{ id: 7, type: 'user', subtype: 'login', data: {} }, 7, -2],
      [{ id: 1.5, type: 'img', subtype: 'generate', data: {} }, -1, 0],
      [{ id: 2 ** 60, type: 'img', subtype: 'generate', data: {} }, -1, 0],
    ];
    for (const [body, id, status] of cases) {
      expect(one(await dispatcher.receive(body, caller())), JSON.stringify(body)).to.include({ id, status });
    }
  });

  it('checks the URL allow-list', async () => {
    const add = { id: 1, type: 'property', subtype: 'add', data: {} };
    expect(one(await dispatcher.receive(add, caller({ url: CAPTCHA })))).to.include({ status: -2, message: 'Error JSON value: type not served at this URL' });
    expect(one(await dispatcher.receive(add, caller({ url: '/not/a/path' }))).status).to.equal(-2);
  });

  it('resolves the token only for rows that need a user', async () => {
    expect(one(await dispatcher.receive({ type: 'img', subtype: 'generate', data: {} }, caller({ token: undefined }))).status).to.equal(0);
    expect(one(await dispatcher.receive({ type: 'property', subtype: 'delete', data: { id: 1 } }, caller({ token: undefined }))).status).to.equal(-100);
    expect(one(await dispatcher.receive({ type: 'property', subtype: 'delete', data: { id: 1 } }, caller({ token: 'nope' }))).status).to.equal(-101);
  });

  describe('batches', () => {
    it('answers each envelope in order, exactly as alone, each with its own id', async () => {
      const answers = await many(
        await dispatcher.receive(
          [
            { id: 1, type: 'img', subtype: 'generate', data: {} },
            { id: 2, type: 'img', subtype: 'validate', data: { hash: 'f'.repeat(32) } },
            { id: 3, type: 'img', subtype: 'validate', data: {} },
          ],
          caller(),
        ),
      );
      expect(answers.map((a) => [a.id, a.status])).to.deep.equal([[1, 0], [2, -1], [3, -3]]);
      expect(answers[2]).to.deep.equal({ id: 3, status: -3, message: 'Error data key: hash', data: {} });
    });

    it('answers an element that is not an object with its own -2, and the others as usual', async () => {
      const answers = await many(await dispatcher.receive([7, { id: 5, type: 'img', subtype: 'generate', data: {} }, null], caller()));
      expect(answers.map((a) => [a.id, a.status])).to.deep.equal([[-1, -2], [5, 0], [-1, -2]]);
    });

    it('refuses an empty batch, or one over server.maxBatch, with one -2 envelope', async () => {
      expect(one(await dispatcher.receive([], caller()))).to.include({ id: -1, status: -2 });
      const four = Array.from({ length: 4 }, (_, i) => ({ id: i, type: 'img', subtype: 'generate', data: {} }));
      expect(one(await dispatcher.receive(four, caller()))).to.include({ id: -1, status: -2, message: 'Error JSON value: a batch holds at most 3 envelopes' });
    });

    it('checks each envelope against the URL it came to', async () => {
      const answers = await many(
        await dispatcher.receive(
          [
            { id: 1, type: 'img', subtype: 'generate', data: {} },
            { id: 2, type: 'shop', subtype: 'creat', data: { shop_name: 'not here' } },
          ],
          caller({ url: CAPTCHA }),
        ),
      );
      expect(answers.map((a) => a.status)).to.deep.equal([0, -2]);
    });

    it('looks the token up once for the whole batch', async () => {
      let lookups = 0;
      const listener = (q: { sql: string }) => {
        if (/tokens/.test(q.sql)) lookups++;
      };
      const fresh = await h.token('1180310099');
      h.context.db.on('query', listener);
      try {
        const del = (id: number) => ({ id, type: 'property', subtype: 'delete', data: { id } });
        const answers = await many(await dispatcher.receive([del(1), del(2), del(3)], caller({ token: fresh })));
        expect(answers.map((a) => a.status)).to.deep.equal([-200, -200, -200]);
      } finally {
        h.context.db.off('query', listener);
      }
      expect(lookups).to.equal(1);
    });
  });
});

for (const spec of await backendMatrix()) {
  describe(`batches over HTTP on ${spec.name}`, () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(spec);
    });
    after(() => h.close());

    it('runs a batch in order with one token: the second create of a name sees the first', async () => {
      const token = await h.token('1180310123');
      const name = `batch shop ${spec.name}`;
      const res = await h.http
        .post(`${SHOP}?token=${token}`)
        .send([
          { id: 1, type: 'shop', subtype: 'creat', data: { shop_name: name } },
          { id: 2, type: 'shop', subtype: 'creat', data: { shop_name: name } },
          { id: 3, type: 'shop', subtype: 'update', data: { shop_id: 1, shop_content: 'x' } },
        ]);
      expect(res.status).to.equal(200);
      expect(res.headers['content-type']).to.equal('application/json; charset=utf-8');
      const answers = res.body as Envelope[];
      expect(answers.map((a) => [a.id, a.status])).to.deep.equal([[1, 0], [2, 100], [3, -204]]);
      expect(await h.context.db('shop').where({ shop_name: name }).count({ n: '*' }).first()).to.satisfy((r: { n: unknown }) => Number(r.n) === 1);
    });

    it('answers a batch over the default cap of 20 with one -2 envelope and runs none of it', async () => {
      const token = await h.token('1180310124');
      const creates = Array.from({ length: 21 }, (_, i) => ({ id: i, type: 'shop', subtype: 'creat', data: { shop_name: `capped batch ${spec.name} ${i}` } }));
      const res = await h.http.post(`${SHOP}?token=${token}`).send(creates);
      expect(res.body).to.include({ id: -1, status: -2 });
      expect(Number((await h.context.db('shop').where('shop_name', 'like', 'capped batch%').count({ n: '*' }).first())?.n)).to.equal(0);
    });
  });
}
