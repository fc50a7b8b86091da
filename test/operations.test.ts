import { hostname } from 'node:os';
import { expect } from 'chai';
import { kvKeys } from '../src/services/kv-keys.js';
import { SQLITE_MEMORY } from './support/backends.js';
import { capturedLog } from './support/captured-log.js';
import { ScriptedRandom } from './support/fakes.js';
import { type Harness, startHarness } from './support/harness.js';
import { requestSms } from './support/sms-flow.js';

const generate = { id: 1, type: 'img', subtype: 'generate', data: {} };
const validateMiss = { id: 2, type: 'img', subtype: 'validate', data: { hash: 'f'.repeat(32) } };

describe('operations', () => {
  describe('server.basePaths', () => {
    it('serves every API path below each base path: /api/external and "" by default', async () => {
      const h = await startHarness(SQLITE_MEMORY);
      try {
        const token = await h.token('7000000001');
        for (const path of ['/api/external/captcha', '/captcha', '/api/external', '/']) {
          expect((await h.http.post(path).send(generate)).body.status, path).to.equal(0);
        }
        expect((await h.http.get('/get/portrait/1')).headers['content-type']).to.equal('image/png');
        expect((await h.http.get('/get/property').query({ token, type: 1 })).body).to.include({ status: 0 });
        expect((await h.http.post(`/shop?token=${token}`).send({ type: 'shop', subtype: 'creat', data: { shop_name: 'no prefix' } })).body.status).to.equal(0);
        // Not prefixed, and not duplicated.
        expect((await h.http.get('/healthz')).status).to.equal(200);
        expect((await h.http.get('/api/external/healthz')).status).to.equal(404);
      } finally {
        await h.close();
      }
    });

    it('serves only the configured ones', async () => {
      const h = await startHarness(SQLITE_MEMORY, { config: { server: { basePaths: ['/campus'] } } });
      try {
        expect((await h.http.post('/campus/captcha').send(generate)).body.status).to.equal(0);
        expect((await h.http.post('/captcha').send(generate)).status).to.equal(404);
        expect((await h.http.post('/api/external/captcha').send(generate)).status).to.equal(404);
      } finally {
        await h.close();
      }
    });
  });

  describe('CORS (server.cors.origins)', () => {
    let h: Harness;
    const local = 'http://localhost:5173';
    before(async () => {
      h = await startHarness(SQLITE_MEMORY, { config: { server: { cors: { origins: [local] } } } });
    });
    after(() => h.close());

    it('answers a preflight from an allowed origin with 204, the methods and the headers it may send', async () => {
      const res = await h.http.options('/api/external/captcha').set('Origin', local).set('Access-Control-Request-Method', 'POST').set('Access-Control-Request-Headers', 'content-type');
      expect(res.status).to.equal(204);
      expect(res.headers).to.include({
        'access-control-allow-origin': local,
        'access-control-allow-methods': 'GET,POST',
        'access-control-allow-headers': 'Content-Type,Authorization,X-Request-Id',
      });
    });

    it('lets an allowed origin read answers, and gives any other origin no CORS header at all', async () => {
      const allowed = await h.http.post('/api/external/captcha').set('Origin', local).send(generate);
      expect(allowed.headers['access-control-allow-origin']).to.equal(local);
      // A page may read the request id, to quote it in a report.
      expect(allowed.headers['access-control-expose-headers']).to.equal('X-Request-Id');
      expect(allowed.headers.vary).to.match(/Origin/);
      const other = await h.http.post('/api/external/captcha').set('Origin', 'https://evil.example').send(generate);
      expect(other.headers).not.to.have.property('access-control-allow-origin');
      const preflight = await h.http.options('/api/external/captcha').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'POST');
      expect(preflight.status).to.equal(405);
      expect(preflight.headers).not.to.have.property('access-control-allow-origin');
    });

    it('sends no CORS headers at all by default', async () => {
      const plain = await startHarness(SQLITE_MEMORY);
      try {
        const res = await plain.http.post('/api/external/captcha').set('Origin', local).send(generate);
        expect(res.headers).not.to.have.property('access-control-allow-origin');
      } finally {
        await plain.close();
      }
    });
  });

  describe('GET /metrics', () => {
    it('counts HTTP requests by route, answers by type/subtype/status, captcha hits and misses, SMS refusals; process metrics too', async () => {
      const h = await startHarness(SQLITE_MEMORY);
      try {
        await h.http.post('/api/external/captcha').send(generate);
        await h.http.post('/api/external/captcha').send(validateMiss);
        await h.http.post('/api/external/captcha').send(validateMiss);
        await requestSms(h, '13700007001', 'f'.repeat(32));
        await h.http.get('/nowhere');
        const res = await h.http.get('/metrics');
        expect(res.status).to.equal(200);
        expect(res.headers['content-type']).to.match(/^text\/plain/);
        const text = res.text;
        expect(text).to.contain('campus_api_answers_total{type="img",subtype="validate",status="-1"} 2');
        expect(text).to.contain('campus_api_answers_total{type="img",subtype="generate",status="0"} 1');
        expect(text).to.contain('campus_captcha_validations_total{kind="img",result="miss"} 2');
        expect(text).to.contain('campus_sms_refused_total{reason="hashUnknown"} 1');
        expect(text).to.contain('campus_http_requests_total{route="/api/external/captcha",method="POST",status="200"} 4');
        expect(text).to.contain('campus_http_requests_total{route="unmatched",method="GET",status="404"} 1');
        expect(text).to.match(/campus_api_duration_seconds_bucket\{le="0.1",type="img",subtype="validate"\} 2/);
        expect(text).to.contain('campus_db_pool_connections{state="used"}');
        expect(text).to.contain('process_resident_memory_bytes');
      } finally {
        await h.close();
      }
    });

    it('is not served with metrics.enabled false, and the process metrics are not collected at all', async () => {
      const h = await startHarness(SQLITE_MEMORY, { config: { metrics: { enabled: false } } });
      try {
        await h.http.post('/api/external/captcha').send(generate);
        expect((await h.http.get('/metrics')).status).to.equal(404);
        const kept = await h.context.metrics.registry.metrics();
        expect(kept).not.to.contain('process_');
        expect(kept).not.to.contain('nodejs_');
      } finally {
        await h.close();
      }
    });

    it('needs the token when metrics.token is set', async () => {
      const h = await startHarness(SQLITE_MEMORY, { config: { metrics: { token: 's3cret' } } });
      try {
        expect((await h.http.get('/metrics')).status).to.equal(401);
        expect((await h.http.get('/metrics').set('Authorization', 'Bearer wrong')).status).to.equal(401);
        expect((await h.http.get('/metrics').set('Authorization', 'Bearer s3cret')).status).to.equal(200);
      } finally {
        await h.close();
      }
    });
  });

  describe('the access log', () => {
    it('writes one line per request: method, path without its query, API, statuses, milliseconds, client; never a token', async () => {
      const { log, lines } = capturedLog();
      const h = await startHarness(SQLITE_MEMORY, { log });
      try {
        const token = await h.token('7000000002');
        await h.http.post(`/api/external/property?token=${token}`).send({ id: 1, type: 'property', subtype: 'delete', data: { id: 1 } });
        await h.http.post('/api/external/captcha').send([generate, validateMiss]);
        await h.http.get('/api/external/get/property').query({ token, type: 1 });
        await requestSms(h, '13700007002', 'f'.repeat(32));
        const requests = lines.filter((l) => l.msg === 'request');
        expect(requests).to.have.length(4);
        expect(requests[0]).to.include({ level: 30, method: 'POST', path: '/api/external/property', api: 'property/delete', status: -200, http: 200, ip: '127.0.0.1' });
        expect(requests[0]!.ms).to.be.a('number');
        // The log's own line format: the access lines read like every other line of it.
        expect(requests[0]).to.include({ pid: process.pid, hostname: hostname() });
        expect(requests[0]!.time).to.be.a('number');
        expect(requests[1]).to.deep.include({ api: 'batch of 2', status: [0, -1] });
        expect(requests[2]).to.include({ method: 'GET', path: '/api/external/get/property', status: 0 });
        const all = JSON.stringify(lines);
        expect(all).not.to.contain(token);
        expect(all).not.to.contain('13700007002');
      } finally {
        await h.close();
      }
    });

    it('is off with log.access false', async () => {
      const { log, lines } = capturedLog();
      const h = await startHarness(SQLITE_MEMORY, { log, config: { log: { access: false } } });
      try {
        await h.http.post('/api/external/captcha').send(generate);
        expect(lines.filter((l) => l.msg === 'request')).to.deep.equal([]);
      } finally {
        await h.close();
      }
    });
  });

  describe('local front-end work', () => {
    it('captcha.logCodes writes each image code to the log', async () => {
      const { log, lines } = capturedLog();
      const random = new ScriptedRandom();
      const h = await startHarness(SQLITE_MEMORY, { log, overrides: { random }, config: { captcha: { logCodes: true } } });
      try {
        random.strings.push('K7M2P', 'randrand');
        await h.http.post('/api/external/captcha').send(generate);
        expect(lines.some((l) => l.msg === 'image captcha code: K7M2P' && l.rand === 'randrand')).to.equal(true);
      } finally {
        await h.close();
      }
    });

    it('never writes image codes by default', async () => {
      const { log, lines } = capturedLog();
      const h = await startHarness(SQLITE_MEMORY, { log });
      try {
        await h.http.post('/api/external/captcha').send(generate);
        expect(lines.some((l) => String(l.msg).startsWith('image captcha code'))).to.equal(false);
      } finally {
        await h.close();
      }
    });
  });

  it('quotes the configured limits in the SMS refusals', async () => {
    const h = await startHarness(SQLITE_MEMORY, { config: { server: { trustProxy: true }, sms: { cooldownSeconds: 45, perIpHour: 100 } } });
    try {
      await h.context.kv.set(kvKeys.smsCooldown('13700007003'), '1', 45);
      const answer = await requestSms(h, '13700007003', 'f'.repeat(32));
      expect(answer).to.include({ status: 1023, message: 'SMS requested too often for this phone: one code every 45 s' });
    } finally {
      await h.close();
    }
  });
});
