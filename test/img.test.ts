import { createCanvas, loadImage } from '@napi-rs/canvas';
import { expect } from 'chai';
import { captchaHash } from '../src/services/captcha/captcha.js';
import { kvKeys } from '../src/services/kv-keys.js';
import { backendMatrix, SQLITE_MEMORY } from './support/backends.js';
import { ManualClock, ScriptedRandom } from './support/fakes.js';
import { type Harness, startHarness } from './support/harness.js';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CAPTCHA = '/api/external/captcha';

for (const spec of await backendMatrix()) {
  describe(`image captcha on ${spec.name}`, () => {
    let h: Harness;
    const random = new ScriptedRandom();
    before(async () => {
      h = await startHarness(spec, { overrides: { random } });
    });
    after(() => h.close());

    async function generate(code: string, rand: string): Promise<string> {
      random.strings.push(code, rand);
      const answer = await h.post(CAPTCHA, 'img', 'generate', {});
      expect(answer.status).to.equal(0);
      expect(answer.data.rand).to.equal(rand);
      return captchaHash(code, rand);
    }

    it('returns a base64 PNG without a data: prefix, a rand, and never the code', async () => {
      const answer = await h.post(CAPTCHA, 'img', 'generate', {});
      expect(answer).to.include({ status: 0, message: 'successful' });
      expect(answer.data).to.have.all.keys('imgdata', 'rand', 'mime');
      expect(answer.data.mime).to.equal('image/png');
      const png = Buffer.from(answer.data.imgdata as string, 'base64');
      expect(png.subarray(0, 8).equals(PNG_MAGIC)).to.equal(true);
      expect(answer.data.rand).to.match(/^[A-Za-z0-9]{5,}$/);
    });

    it('draws a 150×50 PNG that any decoder reads, with ink on it, and the whole answer under 4,000 bytes', async () => {
      for (let i = 0; i < 20; i++) {
        const res = await h.http.post(CAPTCHA).send({ id: 1, type: 'img', subtype: 'generate', data: {} });
        expect(res.text.length).to.be.below(4000);
        const image = await loadImage(Buffer.from((res.body as { data: { imgdata: string } }).data.imgdata, 'base64'));
        expect([image.width, image.height]).to.deep.equal([150, 50]);
        const canvas = createCanvas(150, 50);
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, 150, 50).data;
        let dark = 0;
        for (let p = 0; p < pixels.length; p += 4) if ((pixels[p] ?? 255) < 160) dark++;
        // Five characters and the noise lines: a good share of the picture, far from all of it.
        expect(dark).to.be.within(150, 150 * 50 * 0.6);
      }
    });

    it('validates the hash of (code, rand) once and only once, case-insensitively', async () => {
      const hash = await generate('K7PX3', 'abcdEFGH');
      expect(hash).to.equal(captchaHash('k7px3', 'abcdEFGH'));
      expect((await h.post(CAPTCHA, 'img', 'validate', { hash: hash.toUpperCase() })).status).to.equal(0);
      const again = await h.post(CAPTCHA, 'img', 'validate', { hash });
      expect(again).to.include({ status: -1, message: '验证码hash值不匹配' });
    });

    it('lets exactly one of many parallel validations of one hash succeed', async () => {
      const hash = await generate('ABCDE', 'parallel1');
      const answers = await Promise.all(Array.from({ length: 10 }, () => h.post(CAPTCHA, 'img', 'validate', { hash })));
      expect(answers.filter((a) => a.status === 0)).to.have.length(1);
      expect(answers.filter((a) => a.status === -1)).to.have.length(9);
    });

    it('stores the hash with a real 180 s TTL under captcha:img:<hash>', async () => {
      const hash = await generate('QWERT', 'ttlcheck');
      const ttl = await h.context.kv.ttl(kvKeys.imgCaptcha(hash));
      expect(ttl).to.be.within(170, 180);
    });

    it('answers -1 for a wrong or malformed hash', async () => {
      for (const hash of ['0'.repeat(32), 'not-a-hash', '', 'g'.repeat(32)]) {
        expect((await h.post(CAPTCHA, 'img', 'validate', { hash })).status).to.equal(-1);
      }
      expect((await h.post(CAPTCHA, 'img', 'validate', { hash: 12345 })).status).to.equal(-1);
    });

    it('answers -3 for a missing or unknown data key', async () => {
      expect((await h.post(CAPTCHA, 'img', 'validate', {})).status).to.equal(-3);
      expect((await h.post(CAPTCHA, 'img', 'validate', { hash: 'x', extra: 1 })).status).to.equal(-3);
      expect((await h.post(CAPTCHA, 'img', 'generate', { code: 'ABCDE' })).status).to.equal(-3);
    });
  });
}

describe('image captcha expiry and format (sqlite+memory, fake clock)', () => {
  let h: Harness;
  const clock = new ManualClock();
  const random = new ScriptedRandom();
  before(async () => {
    h = await startHarness(SQLITE_MEMORY, { overrides: { clock, random }, config: { captcha: { format: 'svg', length: 6 } } });
  });
  after(() => h.close());

  it('expires a hash after its TTL', async () => {
    random.strings.push('ABCDEF', 'expiring');
    expect((await h.post(CAPTCHA, 'img', 'generate', {})).status).to.equal(0);
    clock.advance(181);
    expect((await h.post(CAPTCHA, 'img', 'validate', { hash: captchaHash('ABCDEF', 'expiring') })).status).to.equal(-1);
  });

  it('draws SVG when configured, with a code of the configured length', async () => {
    const answer = await h.post(CAPTCHA, 'img', 'generate', {});
    expect(answer.data.mime).to.equal('image/svg+xml');
    expect(Buffer.from(answer.data.imgdata as string, 'base64').toString()).to.match(/^<svg/);
  });

  it('draws codes only from the look-alike-free alphabet', async () => {
    const seen = new Set<string>();
    const { secureRandom } = await import('../src/services/random.js');
    const { CAPTCHA_ALPHABET } = await import('../src/services/captcha/captcha.js');
    for (let i = 0; i < 200; i++) for (const ch of secureRandom.string(6, CAPTCHA_ALPHABET)) seen.add(ch);
    for (const lookalike of '0Oo1lIi') expect(seen.has(lookalike)).to.equal(false);
  });
});
