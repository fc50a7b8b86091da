import { expect } from 'chai';
import { capturedLog } from './support/captured-log.js';
import { SQLITE_MEMORY } from './support/backends.js';
import { type Harness, startHarness } from './support/harness.js';
import { ScriptedRandom } from './support/fakes.js';
import { CAPTCHA, solvedImageHash } from './support/sms-flow.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const generate = (id: number) => ({ id, type: 'img', subtype: 'generate', data: {} });

describe('request ids', () => {
  let h: Harness;
  const { log, lines } = capturedLog('info');
  const random = new ScriptedRandom();
  before(async () => {
    h = await startHarness(SQLITE_MEMORY, { log, overrides: { random }, config: { captcha: { logCodes: true } } });
  });
  after(() => h.close());

  const linesOf = (reqId: string) => lines.filter((line) => line.reqId === reqId);
  const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

  it("keeps a client's X-Request-Id, answers it, and puts it on the access line and every line logged meanwhile", async () => {
    const res = await h.http.post('/api/external/captcha').set('X-Request-Id', 'front-end-42').send(generate(1));
    expect(res.headers['x-request-id']).to.equal('front-end-42');
    await settled();
    expect(res.body.status).to.equal(0);
    const mine = linesOf('front-end-42').map((line) => String(line.msg));
    expect(mine).to.have.length(2);
    expect(mine[0]).to.match(/^image captcha code: /);
    expect(mine[1]).to.equal('request');
  });

  it('makes a UUID when none is given or the given one is not 1 to 128 visible ASCII characters', async () => {
    const ids: string[] = [];
    for (const given of [undefined, '', 'has space', 'x'.repeat(129), 'ünïcode']) {
      const req = h.http.post('/api/external/captcha');
      if (given !== undefined) void req.set('X-Request-Id', given);
      const res = await req.send(generate(2));
      ids.push(res.headers['x-request-id'] as string);
    }
    for (const id of ids) expect(id).to.match(UUID);
    expect(new Set(ids).size).to.equal(ids.length);
    expect((await h.http.get('/healthz').set('X-Request-Id', 'x'.repeat(128))).headers['x-request-id']).to.equal('x'.repeat(128));
  });

  it("carries a batch's id on the lines its envelopes log, though they run as its answer is sent", async () => {
    const res = await h.http.post('/api/external').set('X-Request-Id', 'batch-7').send([generate(1), generate(2), generate(3)]);
    expect(res.body.map((a: { status: number }) => a.status)).to.deep.equal([0, 0, 0]);
    await settled();
    const mine = linesOf('batch-7').map((line) => String(line.msg));
    expect(mine.filter((msg) => msg.startsWith('image captcha code: '))).to.have.length(3);
    expect(mine.at(-1)).to.equal('request');
  });

  it('carries it on lines written below the services: the SMS sender, a refused token, on a GET too', async () => {
    const hash = await solvedImageHash(h, random);
    const sms = await h.http.post(CAPTCHA).set('X-Request-Id', 'sms-9').send({ id: 1, type: 'sms', subtype: 'generate', data: { phone: '13812341234', hash } });
    expect(sms.body.status).to.equal(0);
    // Each malformed account row is logged once: one for the POST, another for the GET.
    await h.context.db('tokens').insert([{ token: 'zero-led', user_id: '007' }, { token: 'zero-only', user_id: '0' }]);
    const post = await h.http.post('/api/external').set('X-Request-Id', 'tok-3').set('Authorization', 'Bearer zero-led').send({ id: 1, type: 'property', subtype: 'delete', data: {} });
    expect(post.body.status).to.equal(-101);
    const get = await h.http.get('/api/external/get/property?type=1').set('X-Request-Id', 'get-5').set('Authorization', 'Bearer zero-only');
    expect(get.body.status).to.equal(-105);
    await settled();
    const smsLines = linesOf('sms-9').map((line) => String(line.msg));
    expect(smsLines).to.have.length(3);
    expect(smsLines[0]).to.match(/^SMS to 138\*{4}1234: code \d+ /);
    expect(smsLines.slice(1)).to.deep.equal(['SMS code sent to 138****1234', 'request']);
    const refused = "a token's user id is not 1 to 15 digits without a leading zero: refused";
    expect(linesOf('tok-3').map((line) => String(line.msg))).to.deep.equal([refused, 'request']);
    expect(linesOf('get-5').map((line) => String(line.msg))).to.deep.equal([refused, 'request']);
  });
});
