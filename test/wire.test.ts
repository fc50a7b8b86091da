import { expect } from 'chai';
import { API, createClient } from '../clients/ts/src/index.js';
import { SQLITE_MEMORY } from './support/backends.js';
import { type Harness, startHarness } from './support/harness.js';

const JSON_UTF8 = 'application/json; charset=utf-8';

describe('wire protocol (HTTP, through the real app)', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness(SQLITE_MEMORY, { config: { server: { bodyLimitBytes: 4096 } } });
  });
  after(() => h.close());

  const raw = (body: string | Buffer, path = '/api/external', type = 'text/plain') =>
    h.http.post(path).set('Content-Type', type).send(body);

  async function statusOf(body: string | Buffer, path?: string): Promise<{ id: number; status: number }> {
    const res = await raw(body, path);
    expect(res.status).to.equal(200);
    expect(res.headers['content-type']).to.equal(JSON_UTF8);
    expect(res.body).to.have.all.keys('id', 'status', 'message', 'data');
    return res.body as { id: number; status: number };
  }

  it('answers a valid request with status 0 and the envelope shape, whatever the Content-Type', async () => {
    for (const type of ['application/json', 'text/plain', 'application/x-www-form-urlencoded', '']) {
      const res = await raw('{"id":7,"status":0,"type":"img","subtype":"generate","data":{}}', '/api/external', type);
      expect(res.body).to.include({ id: 7, status: 0, message: 'successful' });
    }
  });

  it('parses a body sent with no Content-Type at all', async () => {
    const res = await h.http.post('/api/external').send(Buffer.from('{"id":3,"type":"img","subtype":"generate","data":{}}')).unset('Content-Type');
    expect(res.body).to.include({ id: 3, status: 0 });
  });

  describe('id normalisation', () => {
    const cases: [unknown, number][] = [
      [123, 123],
      ['123456', 123456],
      ['-42', -42],
      ['+42', 42],
      ['12a', -1],
      [' 12', -1],
      [1.5, -1],
      [null, -1],
      [true, -1],
      [[1], -1],
      [{}, -1],
      [2 ** 53, -1],
      ['9007199254740993', -1],
      [undefined, -1],
    ];
    for (const [id, echoed] of cases) {
      it(`echoes ${JSON.stringify(id)} as ${echoed}`, async () => {
        const body = JSON.stringify({ id, type: 'img', subtype: 'validate', data: { hash: 'x' } });
        expect((await statusOf(body)).id).to.equal(echoed);
      });
    }
    it('echoes the id on errors too', async () => {
      expect(await statusOf('{"id":"99","type":"img","data":{}}')).to.include({ id: 99, status: -1 });
    });
  });

  describe('envelope statuses', () => {
    const cases: [string, string, number][] = [
      ['not JSON', '{"id":1,', -2],
      ['empty body', '', -2],
      ['an empty JSON array (an empty batch)', '[]', -2],
      ['a JSON string', '"hello"', -2],
      ['JSON null', 'null', -2],
      ['missing type', '{"subtype":"generate","data":{}}', -1],
      ['missing subtype', '{"type":"img","data":{}}', -1],
      ['missing data', '{"type":"img","subtype":"generate"}', -1],
      ['type not a string', '{"type":1,"subtype":"generate","data":{}}', -2],
      ['subtype not a string', '{"type":"img","subtype":null,"data":{}}', -2],
      ['data an array', '{"type":"img","subtype":"generate","data":[]}', -2],
      ['data null', '{"type":"img","subtype":"generate","data":null}', -2],
      ['data a string', '{"type":"img","subtype":"generate","data":"{}"}', -2],
      ['unknown type', '{"type":"user","subtype":"login","data":{}}', -2],
      ['unknown subtype', '{"type":"img","subtype":"delete","data":{}}', -2],
      ['prototype key as type', '{"type":"__proto__","subtype":"constructor","data":{}}', -2],
    ];
    for (const [what, body, status] of cases) {
      it(`${what}: ${status}`, async () => {
        expect((await statusOf(body)).status).to.equal(status);
      });
    }

    it('invalid UTF-8: -2', async () => {
      expect((await statusOf(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]))).status).to.equal(-2);
    });

    it('names the missing key in the message', async () => {
      const res = await raw('{"type":"img","subtype":"generate"}');
      expect(res.body.message).to.equal('Error JSON key: data');
      expect(res.body.data).to.deep.equal({});
    });
  });

  describe('URLs', () => {
    it('serves captcha types at /api/external/captcha', async () => {
      expect((await statusOf('{"id":1,"type":"img","subtype":"generate","data":{}}', '/api/external/captcha')).status).to.equal(0);
    });

    it('serves every API at the path the typed client (clients/ts) calls it by, and at the single endpoint', async () => {
      const { port } = h.server.address() as { port: number };
      const client = createClient({ baseUrl: `http://127.0.0.1:${port}`, token: await h.token('20002') });
      // Each API's own path, through the client: a token-less call that takes no data, and one that does.
      expect((await client.img.generate({})).status).to.equal(0);
      expect((await client.wallet.info({})).status).to.equal(0);
      expect((await client.shop.list({})).status).to.equal(1);
      // The single endpoint serves them all (a batch goes there).
      const answers = await client.batch([
        { type: 'img', subtype: 'generate', data: {} },
        { type: 'purchase', subtype: 'list', data: {} },
        { type: 'product', subtype: 'list', data: { limit: 1 } },
      ]);
      expect(answers.map((a) => a.status)).to.deep.equal([0, 0, 1]);
      // The client's table of paths is the server's: every API is served where the client sends it.
      for (const [name, { path }] of Object.entries(API)) {
        const [type, subtype] = name.split('/');
        const res = await h.http.post(`/api/external${path}`).send({ id: 1, type, subtype, data: {} });
        expect(res.body.message, name).not.to.contain('type not served at this URL');
      }
    });

    it('answers -2 for a type the URL does not serve', async () => {
      const token = await h.token('20001');
      const res = await h.http.post(`/api/external/captcha?token=${token}`).send({ id: 5, type: 'property', subtype: 'delete', data: { id: 1 } });
      expect(res.body).to.include({ id: 5, status: -2, message: 'Error JSON value: type not served at this URL' });
    });

    it('answers 404 with an envelope for an unknown path', async () => {
      const res = await h.http.post('/api/nothing').send({});
      expect(res.status).to.equal(404);
      expect(res.headers['content-type']).to.equal(JSON_UTF8);
      expect(res.body).to.include({ id: -1, status: -2 });
    });

    it('answers 405 with an envelope for a wrong method', async () => {
      for (const method of ['get', 'put', 'delete', 'patch'] as const) {
        const res = await h.http[method]('/api/external');
        expect(res.status).to.equal(405);
        expect(res.body).to.include({ status: -2 });
      }
    });

    it('never answers HTML, even for a malformed URL', async () => {
      const res = await h.http.get('/api/%E0%A4%A');
      expect(res.status).to.be.oneOf([400, 404]);
      expect(res.headers['content-type']).to.equal(JSON_UTF8);
    });
  });

  describe('body size', () => {
    it('answers 413 with an envelope over the limit', async () => {
      const big = JSON.stringify({ id: 1, type: 'img', subtype: 'validate', data: { hash: 'x'.repeat(5000) } });
      const res = await raw(big);
      expect(res.status).to.equal(413);
      expect(res.body).to.include({ id: -1, status: -2 });
    });

    it('accepts a body just under the limit', async () => {
      const body = JSON.stringify({ id: 1, type: 'img', subtype: 'generate', data: {}, pad: 'x'.repeat(3900) });
      expect((await statusOf(body)).status).to.equal(0);
    });
  });

  describe('schemas', () => {
    it('lists every schema and serves each file as stored', async () => {
      const index = await h.http.get('/api/schemas');
      expect(index.status).to.equal(200);
      const entries = index.body as { type: string; subtype: string; url: string }[];
      expect(entries.map((e) => `${e.type}/${e.subtype}`)).to.include.members(['img/generate', 'img/validate']);
      for (const entry of entries) {
        const res = await h.http.get(entry.url).buffer(true).parse((r, cb) => {
          let text = '';
          r.on('data', (c: Buffer) => (text += c.toString()));
          r.on('end', () => cb(null, text));
        });
        expect(res.status).to.equal(200);
        expect(() => JSON.parse(res.body as string)).not.to.throw();
      }
    });

    it('answers 404 for a schema that does not exist', async () => {
      expect((await h.http.get('/api/schemas/nope.json')).status).to.equal(404);
    });
  });

  describe('health', () => {
    it('is live and ready', async () => {
      expect((await h.http.get('/healthz')).body).to.deep.equal({ status: 'ok' });
      expect((await h.http.get('/readyz')).body).to.deep.equal({ status: 'ok', checks: { db: 'ok', kv: 'ok' } });
    });
  });
});
