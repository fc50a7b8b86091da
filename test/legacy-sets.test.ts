import { expect } from 'chai';
import { createClient } from 'redis';
import { buildConfig } from '../src/config.js';
import { captchaHash } from '../src/services/captcha/captcha.js';
import { kvKeys } from '../src/services/kv-keys.js';
import { backendMatrix, REDIS_URL } from './support/backends.js';
import { ScriptedRandom } from './support/fakes.js';
import { type Harness, startHarness } from './support/harness.js';
import { CAPTCHA, requestSms, solvedImageHash } from './support/sms-flow.js';
import { sleep } from './support/wait.js';

describe('captcha.legacySets', () => {
  it('is refused at start with the in-process store', () => {
    expect(() => buildConfig({ captcha: { legacySets: { img: 'imgcaptcha', sms: 'smscaptcha' } } }, process.cwd(), {})).to.throw(/legacySets needs kv.driver "redis"/);
    expect(buildConfig({ kv: { driver: 'redis' }, captcha: { legacySets: { img: 'imgcaptcha', sms: 'smscaptcha' } } }, process.cwd(), {}).captcha.legacySets).to.deep.equal({
      img: 'imgcaptcha',
      sms: 'smscaptcha',
    });
  });
});

const redisSpec = (await backendMatrix()).find((b) => b.kv === 'redis');

if (redisSpec) {
  describe(`the Java service's view of captchas: legacy Redis sets (${redisSpec.name})`, function () {
    this.timeout(30000);
    const run = Math.random().toString(36).slice(2, 8);
    // Names of the Java side's own, used exactly as configured (no kv.prefix): unique to this run.
    const sets = { img: `imgcaptcha-test-${run}`, sms: `smscaptcha-test-${run}` };
    const prefix = `test:legacy:${run}:`;
    const random = new ScriptedRandom();
    /** The Java service: a plain Redis connection that knows only the set names. */
    const java = createClient({ url: REDIS_URL });
    let a: Harness;
    let b: Harness;

    before(async () => {
      await java.connect();
      // Two instances of the service on one Redis, as behind a load balancer.
      const config = { kv: { prefix }, captcha: { legacySets: sets, ttlSeconds: 10 }, sms: { cooldownSeconds: 0, ttlSeconds: 10 } };
      a = await startHarness(redisSpec, { config, overrides: { random } });
      b = await startHarness(redisSpec, { config, overrides: { random }, clean: false });
    });
    after(async () => {
      await a.close();
      await b.close();
      await java.del([sets.img, sets.sms]);
      await java.quit();
    });

    const isMember = async (set: string, hash: string) => Boolean(await java.sIsMember(set, hash));

    it('img/generate adds the hash to the set with its key; our img/validate takes both', async () => {
      const hash = await solvedImageHash(a, random);
      expect(await isMember(sets.img, hash)).to.equal(true);
      expect(await java.exists(`${prefix}${kvKeys.imgCaptcha(hash)}`)).to.equal(1);
      expect((await b.post(CAPTCHA, 'img', 'validate', { hash })).status).to.equal(0);
      expect(await isMember(sets.img, hash)).to.equal(false);
    });

    it('a hash the Java side consumed (SREM) is used: our img/validate answers -1', async () => {
      const hash = await solvedImageHash(a, random);
      expect(await java.sRem(sets.img, hash)).to.equal(1);
      expect(await b.post(CAPTCHA, 'img', 'validate', { hash })).to.include({ status: -1 });
      expect(await java.exists(`${prefix}${kvKeys.imgCaptcha(hash)}`)).to.equal(0);
    });

    it('sms/generate consumes the image hash from its set and adds the SMS hash to the other', async () => {
      const imgHash = await solvedImageHash(a, random);
      random.strings.push('135790', 'smsrand1');
      const answer = await requestSms(a, '13700009001', imgHash);
      expect(answer.status).to.equal(0);
      const smsHash = captchaHash('135790', 'smsrand1');
      expect(await isMember(sets.img, imgHash)).to.equal(false);
      expect(await isMember(sets.sms, smsHash)).to.equal(true);
      expect((await b.post(CAPTCHA, 'sms', 'validate', { hash: smsHash, phone: '13700009001' })).status).to.equal(0);
      expect(await isMember(sets.sms, smsHash)).to.equal(false);
    });

    it('an SMS hash the Java side consumed is used for sms/validate too (-4), and a new code voids the old one in the set', async () => {
      // The image captcha is solved first: its code and rand come off the same script.
      const sendCode = async (code: string, rand: string) => {
        const imgHash = await solvedImageHash(a, random);
        random.strings.push(code, rand);
        expect((await requestSms(a, '13700009002', imgHash)).status).to.equal(0);
        return captchaHash(code, rand);
      };
      const first = await sendCode('246801', 'smsrand2');
      await java.sRem(sets.sms, first);
      expect((await b.post(CAPTCHA, 'sms', 'validate', { hash: first, phone: '13700009002' })).status).to.equal(-4);

      const second = await sendCode('111111', 'smsrand3');
      const third = await sendCode('222222', 'smsrand4');
      expect(await isMember(sets.sms, second)).to.equal(false);
      expect(await isMember(sets.sms, third)).to.equal(true);
    });

    it('a hash leaves its set within seconds of its key expiring, with two instances sweeping', async () => {
      const hash = await solvedImageHash(a, random);
      expect(await isMember(sets.img, hash), 'live while its key is').to.equal(true);
      // Its key and its deadline lapse together (both set in one script, by Redis's clock): here they are
      // made to lapse now, instead of waiting out the TTL.
      const deadlines = `${prefix}set-deadlines:${sets.img}`;
      expect(await java.zScore(deadlines, hash)).to.be.a('number');
      await java.zAdd(deadlines, { score: 0, value: hash });
      await java.del(`${prefix}${kvKeys.imgCaptcha(hash)}`);
      const lapsed = Date.now();
      while (Date.now() < lapsed + 5000 && (await isMember(sets.img, hash))) await sleep(100);
      expect(await isMember(sets.img, hash)).to.equal(false);
      expect(Date.now() - lapsed, 'ms after it lapsed').to.be.below(3000);
      expect(await java.zScore(deadlines, hash)).to.equal(null);
      expect((await a.post(CAPTCHA, 'img', 'validate', { hash })).status).to.equal(-1);
    });
  });
}
