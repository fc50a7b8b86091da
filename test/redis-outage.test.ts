import { expect } from 'chai';
import { captchaHash } from '../src/services/captcha/captcha.js';
import { backendMatrix, REDIS_URL } from './support/backends.js';
import { ScriptedRandom } from './support/fakes.js';
import { type Harness, startHarness } from './support/harness.js';
import { TcpProxy } from './support/tcp-proxy.js';
import { eventually, sleep } from './support/wait.js';

const CAPTCHA = '/api/external/captcha';
const redisSpec = (await backendMatrix()).find((b) => b.kv === 'redis');
if (redisSpec) {
  describe(`Redis outage (through a TCP proxy, on ${redisSpec.name})`, () => {
    let h: Harness;
    let proxy: TcpProxy;
    const random = new ScriptedRandom();
    before(async () => {
      const target = new URL(REDIS_URL);
      proxy = await new TcpProxy(target.hostname, Number(target.port || 6379)).start();
      h = await startHarness(redisSpec, {
        overrides: { random },
        config: { kv: { url: `redis://127.0.0.1:${proxy.port}`, commandTimeoutMs: 300 } },
      });
      await eventually(async () => (await h.post(CAPTCHA, 'img', 'generate', {})).status === 0, 5000);
    });
    after(async () => {
      await h.close();
      await proxy.close();
    });

    it('answers -404 while Redis is cut, and recovers without a restart', async () => {
      random.strings.push('ABCDE', 'before01');
      expect((await h.post(CAPTCHA, 'img', 'generate', {})).status).to.equal(0);

      proxy.cut();
      await sleep(50);
      const during = await Promise.all(Array.from({ length: 20 }, () => h.post(CAPTCHA, 'img', 'generate', {})));
      expect(during.map((a) => a.status)).to.satisfy((s: number[]) => s.every((x) => x === -404));
      expect((await h.post(CAPTCHA, 'img', 'validate', { hash: '0'.repeat(32) })).status).to.equal(-404);
      expect((await h.http.get('/readyz')).status).to.equal(503);

      proxy.restore();
      await eventually(async () => (await h.post(CAPTCHA, 'img', 'generate', {})).status === 0, 8000);
      // The hash stored before the outage is still there: nothing was lost, only unreachable.
      expect((await h.post(CAPTCHA, 'img', 'validate', { hash: captchaHash('ABCDE', 'before01') })).status).to.equal(0);
      expect((await h.http.get('/readyz')).status).to.equal(200);
    });

    it('answers -404 within the command timeout while Redis hangs, and recovers', async () => {
      proxy.stall();
      const started = Date.now();
      const answers = await Promise.all(Array.from({ length: 5 }, () => h.post(CAPTCHA, 'img', 'validate', { hash: '1'.repeat(32) })));
      expect(answers.every((a) => a.status === -404)).to.equal(true);
      expect(Date.now() - started).to.be.below(5000);
      proxy.restore();
      await eventually(async () => (await h.post(CAPTCHA, 'img', 'generate', {})).status === 0, 8000);
    });
  });
}
