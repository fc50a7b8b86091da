import { expect } from 'chai';
import fc from 'fast-check';
import { type Envelope, jsonPieces } from '../src/rpc/reply.js';
import { backendMatrix, SQLITE_MEMORY } from './support/backends.js';
import { capturedLog } from './support/captured-log.js';
import { type Answer, type Harness, startHarness } from './support/harness.js';

const SHOP = '/api/external/shop';
const GET_SHOP = '/api/external/get/shop';
const GET_PRODUCT = '/api/external/get/product';
const PURCHASE = '/api/external/purchase';
const PROPERTY = '/api/external/property';

const notice = (title: string) => ({ type: 1, lab: '卡类', title, content: '在图书馆三楼丢的', user_name: '甲' });

describe('bounded answers and bodies', () => {
  let h: Harness;
  let token: string;
  const { log, lines } = capturedLog('warn');
  before(async () => {
    h = await startHarness(SQLITE_MEMORY, { log, config: { server: { maxResponseBytes: 2048, maxBatch: 16 } } });
    token = await h.token('1180310086');
    for (let i = 0; i < 12; i++) await h.post(SHOP, 'shop', 'creat', { shop_name: `bounded shop ${i}`, shop_content: '店'.repeat(40) }, (await h.token(String(1180310100 + i))));
  });
  after(() => h.close());

  it('never answers more than server.maxResponseBytes: a single answer that would is -406 alone', async () => {
    const res = await h.http.post(`/api/external?token=${token}`).send({ id: 9, type: 'shop', subtype: 'list', data: { limit: 200 } });
    expect(Buffer.byteLength(res.text)).to.be.at.most(2048);
    expect(res.body).to.deep.equal({ id: 9, status: -406, message: 'Answer too large: the answer would pass 2048 bytes', data: {} });
  });

  it('stops a batch before the answer that would pass server.maxResponseBytes: it and the rest answer -406, the rest not run', async () => {
    const list = { type: 'shop', subtype: 'list' };
    const batch = [
      { id: 1, ...list, data: { limit: 1, offset: 0 } },
      { id: 2, ...list, data: { limit: 200 } },
      { id: 3, type: 'property', subtype: 'add', data: notice('after the limit') },
      { id: '4', type: 'property', subtype: 'add', data: notice('after the limit too') },
    ];
    const res = await h.http.post(`/api/external?token=${token}`).send(batch);
    expect(Buffer.byteLength(res.text)).to.be.at.most(2048);
    const answers = res.body as Answer[];
    expect(answers.map((a) => [a.id, a.status])).to.deep.equal([
      [1, 0],
      [2, -406],
      [3, -406],
      [4, -406],
    ]);
    expect(answers[1]).to.include({ message: "Answer too large: ran, but the answers would pass 2048 bytes" });
    expect(answers[2]).to.include({ message: "Answer too large: not run: the answers would pass 2048 bytes" });
    expect(await h.context.db('property').where('title', 'like', 'after the limit%')).to.deep.equal([]);
    // Below the bound, a batch runs whole.
    const small = (await h.http.post(`/api/external?token=${token}`).send([{ id: 5, type: 'property', subtype: 'add', data: notice('small') }, { id: 6, ...list, data: { limit: 1 } }])).body as Answer[];
    expect(small.map((a) => a.status)).to.deep.equal([0, 0]);
  });

  it('keeps room for the refusals of a full batch: any mix of answers stays within the bound', async () => {
    const lists = Array.from({ length: 16 }, (_, i) => ({ id: i, type: 'shop', subtype: 'list', data: { limit: 1 + (i % 3) } }));
    const res = await h.http.post(`/api/external?token=${token}`).send(lists);
    expect(Buffer.byteLength(res.text)).to.be.at.most(2048);
    const statuses = (res.body as Answer[]).map((a) => a.status);
    expect(statuses[0]).to.equal(0);
    expect(statuses.at(-1)).to.equal(-406);
    // Answered in order: once one is refused, every one after it is.
    expect(statuses.slice(statuses.indexOf(-406)).every((s) => s === -406)).to.equal(true);
  });

  it('counts an answer as JSON writes it: text of control characters, 1 byte stored, 6 written', async () => {
    const quiet = await h.token('1180310200');
    const made = await h.post(SHOP, 'shop', 'creat', { shop_name: 'control characters', shop_content: '\u0001'.repeat(400) }, quiet);
    expect(made.status).to.equal(0);
    const info = await h.http.post(`/api/external?token=${token}`).send({ id: 10, type: 'shop', subtype: 'info', data: { shop_id: made.data.shop_id } });
    expect(Buffer.byteLength(info.text)).to.be.at.most(2048);
    expect(info.body.status).to.equal(-406);
  });

  it("writes a batch's answers in pieces that join to JSON.stringify's text, none much longer than a row", () => {
    const envelopes = fc.record({
      id: fc.integer(),
      status: fc.integer({ min: -500, max: 500 }),
      message: fc.string(),
      data: fc.oneof(fc.array(fc.jsonValue(), { maxLength: 300 }), fc.dictionary(fc.string(), fc.jsonValue())),
    });
    fc.assert(
      fc.property(envelopes, (reply: Envelope) => {
        const pieces = [...jsonPieces(reply)];
        expect(pieces.join('')).to.equal(JSON.stringify(reply));
        const longestRow = Array.isArray(reply.data) ? Math.max(0, ...reply.data.map((row) => JSON.stringify(row).length)) : Infinity;
        for (const piece of pieces.slice(0, -1)) expect(piece.length).to.be.below(16_384 + longestRow + JSON.stringify({ ...reply, data: [] }).length + 2);
      }),
      { numRuns: 300 },
    );
    // A list of long rows: many pieces, each far from a megabyte.
    const rows = Array.from({ length: 200 }, (_, i) => ({ product_id: i, product_content: '长'.repeat(5000) }));
    const pieces = [...jsonPieces({ id: 1, status: 0, message: 'successful', data: rows })];
    expect(pieces.length).to.be.above(40);
    expect(Math.max(...pieces.map((piece) => piece.length))).to.be.below(30_000);
    expect(JSON.parse(pieces.join(''))).to.deep.equal({ id: 1, status: 0, message: 'successful', data: rows });
  });

  it('answers -2, without a stack trace, for JSON nested deeper than 64 levels anywhere in a body', async () => {
    const deep = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
    for (const body of [
      `{"id":1,"type":"shop","subtype":"list","data":${deep(5000)}}`,
      `[{"id":1,"type":"shop","subtype":"list","data":{"shop_name":${'['.repeat(70)}${']'.repeat(70)}}}]`,
    ]) {
      const answer = (await h.http.post(`/api/external/get/shop?token=${token}`).set('Content-Type', 'application/json').send(body)).body as Answer;
      expect(answer).to.deep.include({ status: -2, message: 'Error JSON value: JSON nested deeper than 64 levels' });
    }
    // 60 levels is a body like any other: its data is simply wrong.
    const fine = (await h.http.post(`/api/external/get/shop?token=${token}`).set('Content-Type', 'application/json').send(`{"id":1,"type":"shop","subtype":"list","data":{"shop_name":${deep(58)}}}`)).body as Answer;
    expect(fine.status).to.equal(-203);
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.filter((line) => Number(line.level) >= 50)).to.deep.equal([]);
  });
});

for (const spec of await backendMatrix()) {
  describe(`paging bounds on ${spec.name}`, () => {
    let h: Harness;
    let token: string;
    const { log, lines } = capturedLog('warn');
    before(async () => {
      h = await startHarness(spec, { log });
      token = await h.token('1180310086');
    });
    after(() => h.close());

    it('answers -204, without a query or an error-level line, for an offset or limit out of range on every list', async () => {
      const lists: [string, string, string][] = [
        [GET_SHOP, 'shop', 'list'],
        [GET_PRODUCT, 'product', 'list'],
        [PURCHASE, 'purchase', 'list'],
      ];
      const refused: Record<string, unknown>[] = [
        { offset: Number('9223372036854775807') },
        { offset: 1e21 },
        { offset: '1e21' },
        { offset: -1 },
        { offset: 1.5 },
        { offset: 'abc' },
        { offset: '' },
        { offset: true },
        { offset: 1000000001 },
        { offset: '1000000001' },
        { offset: '99999999999' },
        { limit: 0 },
        { limit: 201 },
        { limit: '0' },
        { limit: '201' },
        { limit: null },
      ];
      const statements: string[] = [];
      const listener = (q: { sql: string }) => statements.push(q.sql);
      h.context.db.on('query', listener);
      try {
        for (const [path, type, subtype] of lists) {
          for (const data of refused) expect((await h.post(path, type, subtype, data, token)).status, `${type}/${subtype} ${JSON.stringify(data)}`).to.equal(-204);
        }
      } finally {
        h.context.db.off('query', listener);
      }
      expect(statements.filter((sql) => !/tokens/.test(sql))).to.deep.equal([]);
      for (const [path, type, subtype] of lists) {
        for (const data of [{ offset: 1000000000 }, { offset: '1000000000', limit: '200' }, { limit: 1 }]) {
          expect((await h.post(path, type, subtype, data, token)).status, `${type}/${subtype} ${JSON.stringify(data)}`).to.be.oneOf([0, 1]);
        }
      }
      await new Promise((resolve) => setImmediate(resolve));
      expect(lines.filter((line) => Number(line.level) >= 50)).to.deep.equal([]);
    });

    it('matches letters of every alphabet without regard to case (Cyrillic, Greek, accented Latin)', async () => {
      const owner = await h.token('1180310099');
      const names = ['Привет мир', 'École Normale', 'ΣΟΦΙΑ βιβλία'];
      for (const name of names) expect((await h.post(SHOP, 'shop', 'creat', { shop_name: name }, owner)).status).to.equal(0);
      const shopId = (await h.post(GET_SHOP, 'shop', 'info', { shop_name: names[0] }, owner)).data.shop_id;
      for (const name of names) expect((await h.post('/api/external/product', 'product', 'creat', { shop_id: shopId, product_name: name, product_price: 1, product_status: 1 }, owner)).status).to.equal(0);
      for (const name of names) expect((await h.post(PROPERTY, 'property', 'add', notice(name), owner)).status).to.equal(0);
      for (const [fragment, expected] of [
        ['привет', 'Привет мир'],
        ['ПРИВЕТ', 'Привет мир'],
        ['école', 'École Normale'],
        ['ÉCOLE', 'École Normale'],
        ['σοφια', 'ΣΟΦΙΑ βιβλία'],
        ['ΒΙΒΛΊΑ', 'ΣΟΦΙΑ βιβλία'],
      ] as const) {
        const shops = (await h.post(GET_SHOP, 'shop', 'list', { shop_name: fragment }, owner)).data as unknown as { shop_name: string }[];
        expect(shops.map((s) => s.shop_name), `shop/list ${fragment}`).to.deep.equal([expected]);
        const products = (await h.post(GET_PRODUCT, 'product', 'list', { product_name: fragment }, owner)).data as unknown as { product_name: string }[];
        expect(products.map((p) => p.product_name), `product/list ${fragment}`).to.deep.equal([expected]);
        for (const query of [{ key: fragment }, { title: fragment }]) {
          const found = ((await h.http.get('/api/external/get/property').query({ token: owner, type: 1, ...query })).body as Answer).data as unknown as { title: string }[];
          expect(found.map((n) => n.title), `property ${JSON.stringify(query)}`).to.deep.equal([expected]);
        }
      }
    });
  });
}
