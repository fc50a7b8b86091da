import { expect } from 'chai';
import { captchaHash } from '../src/services/captcha/captcha.js';
import { kvKeys } from '../src/services/kv-keys.js';
import { deepMerge } from './support/backends.js';
import { backendMatrix } from './support/backends.js';
import { ScriptedRandom } from './support/fakes.js';
import { FakeTencentSms } from './support/fake-tencent-sms.js';
import { type Harness, startHarness } from './support/harness.js';
import { CAPTCHA, requestSms, solvedImageHash, tencentConfig } from './support/sms-flow.js';

let phoneSeq = 0;
/** A phone no other test uses, so that limits counted by one test never leak into another. */
const freshPhone = () => `139${String(10_000_000 + phoneSeq++).slice(-8)}`;

for (const spec of await backendMatrix()) {
  describe(`SMS codes on ${spec.name} (real Tencent SDK, fake server)`, () => {
    let h: Harness;
    let fake: FakeTencentSms;
    const random = new ScriptedRandom();

    before(async () => {
      fake = await new FakeTencentSms().start();
      h = await startHarness(spec, {
        overrides: { random },
        config: deepMerge(tencentConfig(fake.address), { server: { trustProxy: true }, sms: { perIpHour: 1000 } }),
      });
    });
    after(async () => {
      await h.close();
      await fake.close();
      expect(fake.rejected, 'requests the fake refused').to.deep.equal([]);
    });
    beforeEach(() => {
      fake.mode = { kind: 'ok' };
    });

    const lastCode = () => fake.received.at(-1)!.params[0]!;

    it('runs the register flow: img/generate → sms/generate → sms/validate', async () => {
      const phone = freshPhone();
      const answer = await requestSms(h, phone, await solvedImageHash(h, random));
      expect(answer).to.include({ status: 0, message: 'successful' });
      expect(answer.data).to.have.all.keys('rand');
      const sent = fake.received.at(-1)!;
      expect(sent).to.deep.include({ phones: [`+86${phone}`], appId: '1400000000', signName: '码三秃', templateId: '123456' });
      expect(sent.params[0]).to.match(/^\d{6}$/);
      expect(sent.params[1]).to.equal('3');
      const hash = captchaHash(sent.params[0]!, answer.data.rand as string);
      expect(await h.context.kv.get(kvKeys.smsCaptcha(hash))).to.equal(phone);
      expect(await h.context.kv.ttl(kvKeys.smsCaptcha(hash))).to.be.within(170, 180);
      expect((await h.post(CAPTCHA, 'sms', 'validate', { hash, phone })).status).to.equal(0);
      expect((await h.post(CAPTCHA, 'sms', 'validate', { hash, phone })).status).to.equal(-4);
    });

    it('accepts +86 and 86 prefixes as the same phone', async () => {
      const phone = freshPhone();
      const answer = await requestSms(h, `+86${phone}`, await solvedImageHash(h, random));
      expect(answer.status).to.equal(0);
      expect(fake.received.at(-1)!.phones).to.deep.equal([`+86${phone}`]);
      const hash = captchaHash(lastCode(), answer.data.rand as string);
      expect((await h.post(CAPTCHA, 'sms', 'validate', { hash, phone: `86${phone}` })).status).to.equal(0);
    });

    it('answers 1016 for a bad phone, and consumes and sends nothing', async () => {
      const hash = await solvedImageHash(h, random);
      const before = fake.received.length;
      for (const phone of ['12345678901', '1380013800', '138001380001', '+1 2025550123', '', 13800138000, null]) {
        expect((await requestSms(h, phone, hash)).status, String(phone)).to.equal(1016);
      }
      expect(fake.received.length).to.equal(before);
      expect((await requestSms(h, freshPhone(), hash)).status).to.equal(0);
    });

    it('answers -3 for a missing or unknown data key', async () => {
      expect((await h.post(CAPTCHA, 'sms', 'generate', { phone: freshPhone() })).status).to.equal(-3);
      expect((await h.post(CAPTCHA, 'sms', 'generate', { hash: 'x' })).status).to.equal(-3);
      expect((await h.post(CAPTCHA, 'sms', 'generate', { phone: freshPhone(), hash: 'x', code: '1' })).status).to.equal(-3);
      expect((await h.post(CAPTCHA, 'sms', 'validate', {})).status).to.equal(-3);
    });

    it('answers -4 for a wrong, used or expired image hash, without costing the phone its quota', async () => {
      const phone = freshPhone();
      expect((await requestSms(h, phone, '0'.repeat(32))).status).to.equal(-4);
      expect((await requestSms(h, phone, 'not-a-hash')).status).to.equal(-4);
      const hash = await solvedImageHash(h, random);
      expect((await requestSms(h, phone, hash)).status).to.equal(0); // no cooldown was left behind
      expect((await requestSms(h, freshPhone(), hash)).status).to.equal(-4); // one image captcha, one SMS
    });

    it('validates a code only once, and only for its phone', async () => {
      const phone = freshPhone();
      const answer = await requestSms(h, phone, await solvedImageHash(h, random));
      const hash = captchaHash(lastCode(), answer.data.rand as string);
      expect((await h.post(CAPTCHA, 'sms', 'validate', { hash, phone: freshPhone() })).status).to.equal(-4);
      const all = await Promise.all(Array.from({ length: 5 }, () => h.post(CAPTCHA, 'sms', 'validate', { hash })));
      expect(all.filter((a) => a.status === 0)).to.have.length(1);
    });

    it('voids the pending code after 5 failed validations for the phone', async () => {
      const phone = freshPhone();
      const answer = await requestSms(h, phone, await solvedImageHash(h, random));
      const hash = captchaHash(lastCode(), answer.data.rand as string);
      for (let i = 0; i < 5; i++) {
        expect((await h.post(CAPTCHA, 'sms', 'validate', { hash: captchaHash(`00000${i}`, 'guess'), phone })).status).to.equal(-4);
      }
      expect((await h.post(CAPTCHA, 'sms', 'validate', { hash, phone })).status).to.equal(-4);
    });

    it('caps guesses without a phone per client: -405 past sms.guessesPerIpHour', async () => {
      const phone = freshPhone();
      const answer = await requestSms(h, phone, await solvedImageHash(h, random));
      const hash = captchaHash(lastCode(), answer.data.rand as string);
      const guess = (i: number) =>
        h.http.post(CAPTCHA).set('X-Forwarded-For', '192.0.2.99').send({ id: 1, type: 'sms', subtype: 'validate', data: { hash: captchaHash(String(i).padStart(6, '0'), 'x') } });
      const statuses = [];
      for (let i = 0; i < 62; i++) statuses.push((await guess(i)).body.status);
      expect(statuses.slice(0, 60).every((s) => s === -4)).to.equal(true);
      expect(statuses.slice(60)).to.deep.equal([-405, -405]);
      // Another client is not affected, and the code itself is still good.
      expect((await h.post(CAPTCHA, 'sms', 'validate', { hash })).status).to.equal(0);
    });

    it('holds the per-phone failure cap under 100 concurrent guesses: the right code sent 60th fails', async () => {
      const phone = freshPhone();
      const answer = await requestSms(h, phone, await solvedImageHash(h, random));
      const hash = captchaHash(lastCode(), answer.data.rand as string);
      const guesses = Array.from({ length: 100 }, (_, i) => (i === 59 ? hash : captchaHash(String(i).padStart(6, '9'), 'guess')));
      const answers = await Promise.all(guesses.map((g) => h.post(CAPTCHA, 'sms', 'validate', { hash: g, phone })));
      expect(answers.map((a) => a.status).every((s) => s === -4)).to.equal(true);
      expect(await h.context.kv.get(kvKeys.smsCaptcha(hash))).to.equal(null);
    });

    it('counts phone-less guesses before checking them: 300 at once, at most 60 checked', async () => {
      const phone = freshPhone();
      const answer = await requestSms(h, phone, await solvedImageHash(h, random));
      const hash = captchaHash(lastCode(), answer.data.rand as string);
      const guess = (g: string) =>
        h.http.post(CAPTCHA).set('X-Forwarded-For', '192.0.2.77').send({ id: 1, type: 'sms', subtype: 'validate', data: { hash: g } });
      const wrong = Array.from({ length: 300 }, (_, i) => captchaHash(String(i).padStart(6, '8'), 'x'));
      // The right code rides among them: once the cap is reached it is refused like any other guess.
      wrong[250] = hash;
      const statuses = (await Promise.all(wrong.map(guess))).map((res) => (res.body as { status: number }).status);
      expect(statuses.filter((s) => s === -4)).to.have.length(60);
      expect(statuses.filter((s) => s === -405)).to.have.length(240);
      expect(await h.context.kv.get(kvKeys.smsCaptcha(hash))).to.equal(phone);
    });

    it('voids the previous code when a new one is sent', async () => {
      await h.context.kv.del(kvKeys.smsCooldown('13700000001'));
      const phone = '13700000001';
      const first = await requestSms(h, phone, await solvedImageHash(h, random));
      const firstHash = captchaHash(lastCode(), first.data.rand as string);
      await h.context.kv.del(kvKeys.smsCooldown(phone));
      const second = await requestSms(h, phone, await solvedImageHash(h, random));
      const secondHash = captchaHash(lastCode(), second.data.rand as string);
      expect((await h.post(CAPTCHA, 'sms', 'validate', { hash: firstHash, phone })).status).to.equal(-4);
      expect((await h.post(CAPTCHA, 'sms', 'validate', { hash: secondHash, phone })).status).to.equal(0);
    });

    it('answers 1023 inside the cooldown', async () => {
      const phone = freshPhone();
      expect((await requestSms(h, phone, await solvedImageHash(h, random))).status).to.equal(0);
      const hash = await solvedImageHash(h, random);
      expect((await requestSms(h, phone, hash)).status).to.equal(1023);
      expect((await requestSms(h, freshPhone(), hash)).status).to.equal(0); // the image hash was not consumed
    });

    describe('provider answers, through the SDK', () => {
      const cases: [string, FakeTencentSms['mode'], number][] = [
        ['IncorrectPhoneNumber', { kind: 'sendStatus', code: 'InvalidParameterValue.IncorrectPhoneNumber', message: 'bad number' }, 1016],
        ['30-second limit', { kind: 'sendStatus', code: 'LimitExceeded.PhoneNumberThirtySecondLimit', message: '30s' }, 1023],
        ['one-hour limit', { kind: 'sendStatus', code: 'LimitExceeded.PhoneNumberOneHourLimit', message: '1h' }, 1024],
        ['daily limit', { kind: 'sendStatus', code: 'LimitExceeded.PhoneNumberDailyLimit', message: '1d' }, 1025],
        ['another send status', { kind: 'sendStatus', code: 'FailedOperation.InsufficientBalanceInSmsPackage', message: 'no balance' }, 1000],
        ['an Error response', { kind: 'error', code: 'UnauthorizedOperation.SmsSdkAppIdVerifyFail', message: 'app id' }, 1000],
        ['an Error response with a mapped code', { kind: 'error', code: 'LimitExceeded.PhoneNumberDailyLimit', message: 'daily' }, 1025],
        ['HTTP 500', { kind: 'http500' }, 1000],
        ['a slow answer (past the timeout)', { kind: 'slow', ms: 3000 }, 1000],
      ];
      for (const [what, mode, status] of cases) {
        it(`${what}: ${status}, and the limits are given back`, async () => {
          const phone = freshPhone();
          fake.mode = mode;
          const started = Date.now();
          const answer = await requestSms(h, phone, await solvedImageHash(h, random));
          expect(answer.status).to.equal(status);
          expect(Date.now() - started).to.be.below(2500);
          if ('message' in mode) expect(answer.message).to.contain(mode.message);
          fake.mode = { kind: 'ok' };
          expect((await requestSms(h, phone, await solvedImageHash(h, random))).status).to.equal(0);
        });
      }
    });
  });
}

describe('SMS limits (sqlite+memory)', () => {
  let h: Harness;
  let fake: FakeTencentSms;
  const random = new ScriptedRandom();
  before(async () => {
    fake = await new FakeTencentSms().start();
    h = await startHarness((await backendMatrix())[0]!, {
      overrides: { random },
      config: deepMerge(tencentConfig(fake.address, { cooldownSeconds: 0, perPhoneHour: 3, perPhoneDay: 4, perIpHour: 6 }), { server: { trustProxy: true } }),
    });
  });
  after(async () => {
    await h.close();
    await fake.close();
  });

  it('caps a phone per hour (1024) and per day (1025), and a client per hour (-405)', async () => {
    const statuses = async (phone: string, n: number, ip: string) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push((await requestSms(h, phone, await solvedImageHash(h, random), ip)).status);
      return out;
    };
    expect(await statuses('13600000001', 4, '10.0.0.1')).to.deep.equal([0, 0, 0, 1024]);
    // A new hour for the phone, the same day: the daily cap (4) is what stops it now.
    await h.context.kv.del('ratelimit:sms:hour:13600000001');
    expect(await statuses('13600000001', 3, '10.0.0.2')).to.deep.equal([0, 1025, 1025]);
    expect(await statuses('13600000002', 1, '10.0.0.1')).to.deep.equal([0]);
    expect(await statuses('13600000003', 3, '10.0.0.1')).to.deep.equal([0, 0, -405]);
  });
});
