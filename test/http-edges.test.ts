import { connect, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import { expect } from 'chai';
import { pino } from 'pino';
import { SQLITE_MEMORY } from './support/backends.js';
import { type Harness, startHarness } from './support/harness.js';
import { CAPTCHA, requestSms } from './support/sms-flow.js';

interface RawAnswer {
  status: number;
  headers: string;
  body: string;
}

/** Writes raw bytes on a fresh connection and reads until the server closes it. */
async function rawExchange(h: Harness, chunks: (string | Buffer)[], opts: { pauseMs?: number } = {}): Promise<RawAnswer> {
  const address = h.server.address() as { port: number };
  const socket: Socket = connect(address.port, '127.0.0.1');
  let received = '';
  socket.on('data', (c: Buffer) => (received += c.toString()));
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  socket.on('error', () => undefined);
  for (const chunk of chunks) {
    socket.write(chunk);
    if (opts.pauseMs) await new Promise((r) => setTimeout(r, opts.pauseMs));
  }
  await closed;
  const [headers = '', body = ''] = received.split('\r\n\r\n');
  return { status: Number(/^HTTP\/1\.1 (\d+)/.exec(headers)?.[1] ?? 0), headers, body };
}

const envelopeOf = (answer: RawAnswer) => JSON.parse(answer.body) as { id: number; status: number; message: string; data: object };

describe('HTTP edges', () => {
  describe('Node parser refusals and slow clients', () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(SQLITE_MEMORY, { config: { server: { requestTimeoutMs: 1000, maxConnections: 3 } } });
    });
    after(() => h.close());

    it('answers bad framing with a 400 envelope', async () => {
      const answer = await rawExchange(h, ['GARBAGE / NOT-HTTP\r\n\r\n']);
      expect(answer.status).to.equal(400);
      expect(envelopeOf(answer)).to.include({ id: -1, status: -2 });
      expect(answer.headers).to.match(/content-type: application\/json; charset=utf-8/i);
    });

    it('answers headers that are too large with a 431 envelope', async () => {
      const answer = await rawExchange(h, [`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20000)}\r\n\r\n`]);
      expect(answer.status).to.equal(431);
      expect(envelopeOf(answer).status).to.equal(-2);
    });

    it('answers an unknown Expect with a 417 envelope', async () => {
      const answer = await rawExchange(h, ['POST /api/external HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\nContent-Length: 2\r\n\r\n{}']);
      expect(answer.status).to.equal(417);
      expect(envelopeOf(answer).status).to.equal(-2);
    });

    it('closes a request whose body stalls, with a 408 envelope, once server.requestTimeoutMs has passed', async () => {
      const started = Date.now();
      const answer = await rawExchange(h, ['POST /api/external HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"id":1']);
      expect(answer.status).to.equal(408);
      expect(envelopeOf(answer).status).to.equal(-2);
      // Node's default would hold it for 300 s; mocha's own timeout (20 s) is the real bound here.
      expect(Date.now() - started).to.be.at.least(900);
    });

    it('closes headers that trickle in past the timeout too', async () => {
      const answer = await rawExchange(h, ['GET /healthz HTTP/1.1\r\n', 'Host: x\r\n', 'X-A: 1\r\n', 'X-B: 2\r\n', 'X-C: 3\r\n', 'X-D: 4\r\n'], { pauseMs: 300 });
      expect(answer.status).to.equal(408);
    });

    it('refuses connections past server.maxConnections', async () => {
      const port = (h.server.address() as { port: number }).port;
      const open = Array.from({ length: 3 }, () => connect(port, '127.0.0.1'));
      await Promise.all(open.map((s) => new Promise((r) => s.once('connect', r))));
      // Connected is not yet counted: the server counts a connection once it has accepted it.
      const counted = () => new Promise<number>((resolve) => h.server.getConnections((_err, n) => resolve(n)));
      while ((await counted()) < 3) await new Promise((r) => setTimeout(r, 10));
      const extra = connect(port, '127.0.0.1');
      extra.on('error', () => undefined);
      let answered = '';
      extra.on('data', (chunk: Buffer) => (answered += chunk.toString()));
      extra.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
      const closed = new Promise<boolean>((resolve) => extra.once('close', () => resolve(true)));
      const outcome = await Promise.race([closed, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000))]);
      expect(outcome, 'the connection past the limit is closed').to.equal(true);
      expect(answered, 'and gets no answer').to.equal('');
      // Below the limit again, a connection is served.
      for (const s of open) s.destroy();
      while ((await counted()) > 0) await new Promise((r) => setTimeout(r, 10));
      expect((await h.http.get('/healthz')).status).to.equal(200);
    });
  });

  describe('logging an aborted body', () => {
    it('logs a client that goes away mid-body at debug, never at error', async () => {
      const lines: { level: number; msg: string; refusal?: string }[] = [];
      const sink = new Writable({
        write(chunk: Buffer, _enc, done) {
          for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
          done();
        },
      });
      // With the access log off, a request's line is at debug: the abort must not raise it to error.
      const h = await startHarness(SQLITE_MEMORY, { log: pino({ level: 'debug' }, sink), config: { log: { access: false } } });
      try {
        const port = (h.server.address() as { port: number }).port;
        const aborted = () => lines.filter((l) => l.level === 20 && /aborted/.test(l.refusal ?? ''));
        for (let i = 0; i < 5; i++) {
          const socket = connect(port, '127.0.0.1');
          socket.on('error', () => undefined);
          // The app has the request (Node sends 100 Continue as it hands it over) when the client goes.
          const handedOver = new Promise((r) => socket.on('data', (c: Buffer) => c.toString().includes('100 Continue') && r(undefined)));
          socket.write('POST /api/external HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 1000\r\n\r\n');
          await handedOver;
          socket.write('{"id":1,');
          socket.destroy();
        }
        for (const deadline = Date.now() + 5000; aborted().length < 5 && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 20));
        expect(lines.filter((l) => l.level >= 50)).to.deep.equal([]);
        expect(aborted()).to.have.length(5);
      } finally {
        await h.close();
      }
    });
  });

  describe('requests', () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(SQLITE_MEMORY, { config: { server: { trustProxy: true }, sms: { perIpHour: 20 } } });
    });
    after(() => h.close());

    it('takes the client address from the right of X-Forwarded-For: what a client prepends changes nothing', async () => {
      const statuses: number[] = [];
      for (let n = 0; n < 30; n++) {
        const phone = `1370000${String(1000 + n)}`;
        statuses.push((await requestSms(h, phone, 'f'.repeat(32), `203.0.113.${n}, 10.0.0.5`)).status);
      }
      expect(statuses.filter((s) => s === -4)).to.have.length(20);
      expect(statuses.filter((s) => s === -405)).to.have.length(10);
    });

    it('answers OPTIONS on a POST path with a 405 envelope naming the methods', async () => {
      const res = await h.http.options(CAPTCHA);
      expect(res.status).to.equal(405);
      expect(res.headers.allow).to.equal('POST');
      expect(res.body).to.include({ id: -1, status: -2 });
      expect((await h.http.options('/nowhere')).status).to.equal(404);
    });

    it('answers -101 for malformed Bearer credentials, -100 without any', async () => {
      const post = (auth: string) =>
        h.http.post('/api/external/property').set('Authorization', auth).send({ id: 1, type: 'property', subtype: 'delete', data: { id: 1 } });
      expect((await post('Bearer a b')).body.status).to.equal(-101);
      expect((await post('Bearer')).body.status).to.equal(-100);
    });

    it('answers 304 to a weak or listed ETag', async () => {
      const first = await h.http.get('/api/external/get/portrait/42');
      const etag = first.headers.etag as string;
      expect(etag).to.match(/^"/);
      for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
        expect((await h.http.get('/api/external/get/portrait/42').set('If-None-Match', header)).status, header).to.equal(304);
      }
      expect((await h.http.get('/api/external/get/portrait/42').set('If-None-Match', '"other"')).status).to.equal(200);
    });
  });

  describe('proxyHops', () => {
    it('with two proxies, the client is the second entry from the right', async () => {
      const h = await startHarness(SQLITE_MEMORY, { config: { server: { trustProxy: true, proxyHops: 2 }, sms: { perIpHour: 1 } } });
      try {
        expect((await requestSms(h, '13700002001', 'f'.repeat(32), 'spoof-1, 198.51.100.7, 10.0.0.5')).status).to.equal(-4);
        expect((await requestSms(h, '13700002002', 'f'.repeat(32), 'spoof-2, 198.51.100.7, 10.0.0.6')).status).to.equal(-405);
        expect((await requestSms(h, '13700002003', 'f'.repeat(32), '198.51.100.8, 10.0.0.5')).status).to.equal(-4);
      } finally {
        await h.close();
      }
    });
  });
});
