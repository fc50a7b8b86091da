import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { placeholders as loadPlaceholders } from '../src/services/market/portrait.js';
import { backendMatrix, type BackendSpec, SQLITE_MEMORY } from './support/backends.js';
import { cosConfig, FakeCos } from './support/fake-cos.js';
import { type Harness, startHarness } from './support/harness.js';
import sharp from 'sharp';
import { decoded, picture } from './support/images.js';

const PIC = '/api/external/pic';
const GET = '/api/external/get/pic';
const BASE = 'https://www.zustservice.cn';
const placeholders = await loadPlaceholders();

/** A real PNG, one colour per seed. */
const png = (seed: string): Promise<Buffer> => picture('png', seed);
const JPEG = await picture('jpeg', 'jpeg');
const GIF = await picture('gif', 'gif');
const WEBP = await picture('webp', 'webp');
/** Which of `seeds` painted the picture served. */
const seedOf = async (bytes: Buffer, seeds: readonly string[]) => (await decoded(bytes, seeds)).seed;
const md5 = (bytes: Buffer) => createHash('md5').update(bytes).digest('hex');
const b64 = (bytes: Buffer) => bytes.toString('base64');

/** 69 bytes declaring 60000 × 60000 pixels. */
const FLOOD = Buffer.from('89504e470d0a1a0a0000000d494844520000ea600000ea600806000000', 'hex');
/** A PNG of 30 million black pixels squeezed into a few kilobytes. */
const BOMB = await sharp({ create: { width: 6000, height: 5000, channels: 3, background: '#000000' } }).png({ compressionLevel: 9 }).toBuffer();
/** A PNG signature, then a page. */
const FAKE = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('<html><script>alert(1)</script></html>')]);
/** A GIF of `frames` frames, each its own colour. */
async function animated(frames: number): Promise<Buffer> {
  const colour = (i: number) => ({ r: (i * 67) % 256, g: (i * 151) % 256, b: (i * 29) % 256 });
  const each = await Promise.all(Array.from({ length: frames }, (_, i) => sharp({ create: { width: 4, height: 4, channels: 3, background: colour(i) } }).png().toBuffer()));
  // Without the encoder's merging of frames that look alike, so that every frame is kept.
  return sharp(each, { join: { animated: true } }).gif({ interFrameMaxError: 0 }).toBuffer();
}

const fakeCos = new FakeCos();

function picSuite(name: string, spec: BackendSpec, objects: () => Record<string, unknown>) {
  describe(`pictures on ${name}`, () => {
    let h: Harness;
    let alice: string;
    let bob: string;
    before(async () => {
      h = await startHarness(spec, { config: { ...objects(), server: { publicBaseUrl: `${BASE}/` } } });
      alice = await h.token('4000000001');
      bob = await h.token('4000000002');
    });
    after(() => h.close());
    beforeEach(() => {
      fakeCos.mode = 'ok';
    });

    const upload = (data: Record<string, unknown>, token = alice) => h.post(PIC, 'pic', 'upload', data, token);
    const fetchPic = (path: string, headers: Record<string, string> = {}) => h.http.get(`${GET}/${path}`).set(headers).buffer(true);
    const rows = (where: Record<string, string>) => h.context.db('pic').where(where);

    it('stores a named picture and serves it with its real type, ETag, nosniff and cache headers', async () => {
      for (const [bytes, mime, pname, seed] of [[await png('one'), 'image/png', 'front-1', 'one'], [JPEG, 'image/jpeg', 'J_2', 'jpeg'], [GIF, 'image/gif', 'g3', 'gif'], [WEBP, 'image/webp', 'w4', 'webp']] as const) {
        const answer = await upload({ from: 'shop', name: pname, base64: b64(bytes) });
        expect(answer).to.deep.include({ status: 0, data: { url: `${BASE}/api/external/get/pic/shop/${pname}` } });
        const res = await fetchPic(`shop/${pname}`);
        expect(res.status).to.equal(200);
        expect(res.headers['content-type']).to.equal(mime);
        expect(res.headers['x-content-type-options']).to.equal('nosniff');
        expect(res.headers['cache-control']).to.match(/^private, max-age=\d+$/);
        expect(await decoded(res.body as Buffer, [seed])).to.include({ format: mime.slice('image/'.length), width: 12, height: 8, seed });
        expect((await fetchPic(`shop/${pname}`, { 'If-None-Match': res.headers.etag as string })).status).to.equal(304);
      }
    });

    it('names a picture by the MD5 of its bytes when no name is given; the same bytes again change nothing', async () => {
      const bytes = await png(`content ${name}`);
      const first = await upload({ from: 'product', base64: `data:image/png;base64,${b64(bytes)}` });
      expect(first.data).to.deep.equal({ url: `${BASE}/api/external/get/pic/product/${md5(bytes)}` });
      expect((await upload({ from: 'product', base64: b64(bytes) }, bob)).status).to.equal(0);
      expect(await rows({ pic_from: 'product', pic_name: md5(bytes) })).to.have.length(1);
      expect((await rows({ pic_from: 'product', pic_name: md5(bytes) }))[0].user_id).to.equal('4000000001');
      // Names of 32 hexadecimal digits are the service's own: nobody can give one.
      expect((await upload({ from: 'product', name: md5(bytes), base64: b64(await png('other')) }, bob)).status).to.equal(-204);
      expect(await seedOf((await fetchPic(`product/${md5(bytes)}`)).body as Buffer, [`content ${name}`, 'other'])).to.equal(`content ${name}`);
    });

    it('lets nobody squat a content name: an explicit name of 32 hex digits is -204, and the bytes keep their name', async () => {
      const y = await png(`squatted ${name}`);
      for (const squat of [md5(y), md5(y).toUpperCase()]) {
        expect((await upload({ from: 'product', name: squat, base64: b64(await png('other')) }, bob)).status).to.equal(-204);
      }
      expect(await rows({ pic_from: 'product', pic_name: md5(y) })).to.deep.equal([]);
      expect(await upload({ from: 'product', base64: b64(y) })).to.deep.include({ status: 0, data: { url: `${BASE}/api/external/get/pic/product/${md5(y)}` } });
    });

    it('decodes and encodes every picture again: refuses a pixel flood, a bomb, a fake and too many frames; keeps no EXIF', async () => {
      for (const [what, bytes] of [['flood', FLOOD], ['bomb', BOMB], ['html', FAKE], ['frames', await animated(101)]] as const) {
        expect((await upload({ from: 'shop', name: `refused-${what}`, base64: b64(bytes) })).status, what).to.equal(-204);
        expect(await rows({ pic_from: 'shop', pic_name: `refused-${what}` }), what).to.deep.equal([]);
      }
      // An animation within the limits stays one.
      expect((await upload({ from: 'shop', name: 'animated', base64: b64(await animated(3)) })).status).to.equal(0);
      expect((await sharp((await fetchPic('shop/animated')).body as Buffer, { animated: true }).metadata()).pages).to.equal(3);
      // A photo taken at home, lying on its side, with the home's position in its EXIF.
      const photo = await sharp({ create: { width: 12, height: 8, channels: 3, background: '#8899aa' } })
        .jpeg()
        .withMetadata({ orientation: 6 })
        .withExif({ IFD0: { Make: 'Phone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 17/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '120/1 9/1 0/1' } })
        .toBuffer();
      expect((await decoded(photo)).exif).to.equal(true);
      expect((await upload({ from: 'property', name: 'gps-photo', base64: b64(photo) })).status).to.equal(0);
      const kept = (await fetchPic('property/gps-photo')).body as Buffer;
      expect(await decoded(kept)).to.include({ format: 'jpeg', width: 8, height: 12, exif: false });
      expect(kept.includes(Buffer.from('Phone'))).to.equal(false);
    });

    it('serves sized copies (?w=): WebP or what Accept takes, at the nearest allowed width, made once, replaced with their picture', async () => {
      const seeds = ['sized v1', 'sized v2'];
      expect((await upload({ from: 'product', name: 'sized', base64: b64(await picture('png', 'sized v1', { width: 800, height: 600 })) })).status).to.equal(0);
      const original = await fetchPic('product/sized');
      const copy = await fetchPic('product/sized?w=300');
      expect(copy.headers['content-type']).to.equal('image/webp');
      expect(copy.headers.vary).to.match(/Accept/);
      expect(copy.headers.etag).not.to.equal(original.headers.etag);
      expect(await decoded(copy.body as Buffer, seeds)).to.include({ format: 'webp', width: 320, height: 240, seed: 'sized v1' });
      expect((copy.body as Buffer).length).to.be.below((original.body as Buffer).length);
      // Kept in the store beside the picture, and served from there with its own ETag.
      const { etag } = (await h.context.objects.head('pic/product/sized'))!;
      expect(await h.context.objects.head(`sized/pic/product/sized/${etag}-w320-webp`)).to.include({ contentType: 'image/webp' });
      expect((await fetchPic('product/sized?w=320', { 'If-None-Match': copy.headers.etag as string })).status).to.equal(304);
      for (const [query, headers, format, width] of [
        ['w=300', { Accept: 'image/jpeg' }, 'jpeg', 320],
        ['w=300', { Accept: 'image/png,*/*;q=0.1' }, 'png', 320],
        ['w=100000', {}, 'webp', 640],
        ['w=1', {}, 'webp', 160],
        ['w=abc', {}, 'png', 800],
      ] as const) {
        expect(await decoded((await fetchPic(`product/sized?${query}`, headers)).body as Buffer), query).to.include({ format, width });
      }
      expect((await fetchPic('product/sized?w=320', { Referer: 'https://evil.example/' })).headers.etag).to.equal(`"${placeholders.ban.etag}"`);
      expect((await fetchPic('product/no-such?w=320')).headers.etag).to.equal(`"${placeholders.error.etag}"`);
      // Replaced: the copies follow the new picture, and the old ones are gone.
      expect((await upload({ from: 'product', name: 'sized', base64: b64(await picture('png', 'sized v2', { width: 800, height: 600 })) })).status).to.equal(0);
      expect((await decoded((await fetchPic('product/sized?w=320')).body as Buffer, seeds)).seed).to.equal('sized v2');
      expect(await h.context.objects.head(`sized/pic/product/sized/${etag}-w320-webp`)).to.equal(null);
      expect(await h.context.objects.head(`sized/pic/product/sized/${etag}-w320-jpeg`)).to.equal(null);
    });

    it('lets the first uploader of a name replace it, and refuses everyone else with 100, changing nothing', async () => {
      expect((await upload({ from: 'property', name: 'lost-card', base64: b64(await png('v1')) })).status).to.equal(0);
      expect((await upload({ from: 'property', name: 'lost-card', base64: b64(await png('v2')) })).status).to.equal(0);
      expect(await seedOf((await fetchPic('property/lost-card')).body as Buffer, ['v1', 'v2'])).to.equal('v2');
      expect(await upload({ from: 'property', name: 'lost-card', base64: b64(await png('evil')) }, bob)).to.deep.include({ status: 100, message: 'The picture name was used' });
      expect(await seedOf((await fetchPic('property/lost-card')).body as Buffer, ['v2', 'evil'])).to.equal('v2');
      // The same name under another "from" is another picture.
      expect((await upload({ from: 'shop', name: 'lost-card', base64: b64(await png('bob')) }, bob)).status).to.equal(0);
    });

    it('gives a name to exactly one of ten users uploading it at once', async () => {
      const tokens = await Promise.all(Array.from({ length: 10 }, (_, i) => h.token(String(4100000000 + i))));
      const pictures = await Promise.all(tokens.map((_, i) => png(`racer ${i}`)));
      const answers = await Promise.all(tokens.map((t, i) => upload({ from: 'shop', name: `race-${name.replace(/\W/g, '')}`, base64: b64(pictures[i]!) }, t)));
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 0)).to.have.length(1);
      expect(statuses.filter((s) => s === 100)).to.have.length(9);
      const winner = statuses.indexOf(0);
      const served = (await fetchPic(`shop/race-${name.replace(/\W/g, '')}`)).body as Buffer;
      expect(await seedOf(served, tokens.map((_, i) => `racer ${i}`))).to.equal(`racer ${winner}`);
    });

    it('writes the caller\'s avatar for from "portrait", the object GET portrait serves', async () => {
      expect((await upload({ from: 'portrait', base64: b64(await png('me')) })).data).to.deep.equal({ url: `${BASE}/api/external/get/pic/portrait/4000000001` });
      expect((await upload({ from: 'portrait', name: '4000000001', base64: b64(await png('me again')) })).status).to.equal(0);
      expect((await upload({ from: 'portrait', name: '4000000002', base64: b64(await png('not me')) })).status).to.equal(-204);
      const avatar = await h.http.get('/api/external/get/portrait/4000000001').buffer(true);
      expect(await seedOf(avatar.body as Buffer, ['me', 'me again', 'not me'])).to.equal('me again');
      expect(await seedOf((await fetchPic('portrait/4000000001')).body as Buffer, ['me', 'me again', 'not me'])).to.equal('me again');
    });

    it('refuses what is not a picture: -204 type, size, from or name; -203 not base64; -202 missing', async () => {
      const html = Buffer.from('<html><script>alert(1)</script></html>');
      const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');
      const cases: [Record<string, unknown>, number][] = [
        [{ from: 'shop', base64: b64(html) }, -204],
        [{ from: 'shop', base64: b64(svg) }, -204],
        [{ from: 'shop', base64: b64(Buffer.concat([await png(''), Buffer.alloc(12 * 1024 * 1024)])) }, -204],
        [{ from: 'users', base64: b64(await png('x')) }, -204],
        [{ from: 'shop', name: '../../etc/passwd', base64: b64(await png('x')) }, -204],
        [{ from: 'shop', name: 'x'.repeat(65), base64: b64(await png('x')) }, -204],
        [{ from: 'shop', name: '', base64: b64(await png('x')) }, -204],
        [{ from: 'shop', base64: 'not base64!' }, -203],
        [{ from: 'shop', base64: 7 }, -203],
        [{ from: 'shop' }, -202],
        [{ base64: b64(await png('x')) }, -202],
      ];
      for (const [data, status] of cases) expect((await upload(data)).status, JSON.stringify(data).slice(0, 60)).to.equal(status);
      expect((await h.post(PIC, 'pic', 'upload', { from: 'shop', base64: b64(await png('x')) })).status).to.equal(-100);
    });

    it('answers the error image for an unknown from, a malformed name or no such picture; ban for a foreign Referer', async () => {
      for (const path of ['shop/no-such-picture', 'users/x', 'shop/bad.name', 'portrait/abc', `shop/${'x'.repeat(65)}`]) {
        const res = await fetchPic(path);
        expect(res.status, path).to.equal(200);
        expect(res.headers.etag, path).to.equal(`"${placeholders.error.etag}"`);
      }
      const banned = await fetchPic('shop/front-1', { Referer: 'https://evil.example/?www.zustservice.cn' });
      expect(banned.headers.etag).to.equal(`"${placeholders.ban.etag}"`);
      expect(banned.headers['cache-control']).to.equal('no-store');
    });
  });
}

for (const spec of await backendMatrix()) {
  picSuite(`${spec.name}, disk`, spec, () => ({ objects: { driver: 'disk', dir: mkdtempSync(join(tmpdir(), 'campus-pic-')) } }));
}

describe('pictures on Tencent COS (real SDK, fake server)', () => {
  before(() => fakeCos.start());
  after(() => fakeCos.close());
  picSuite('sqlite+memory, cos', SQLITE_MEMORY, () => cosConfig(fakeCos));

  describe('when storage fails', () => {
    let h: Harness;
    let alice: string;
    before(async () => {
      h = await startHarness(SQLITE_MEMORY, { config: cosConfig(fakeCos) });
      alice = await h.token('4000000001');
    });
    after(() => h.close());
    afterEach(() => {
      fakeCos.mode = 'ok';
    });

    for (const mode of ['http500', 'reset'] as const) {
      it(`answers -500 (${mode}) and leaves neither a row nor an object; the name stays free`, async () => {
        fakeCos.mode = mode;
        const answer = await h.post(PIC, 'pic', 'upload', { from: 'shop', name: `broken-${mode}`, base64: b64(await png('x')) }, alice);
        expect(answer.status).to.equal(-500);
        fakeCos.mode = 'ok';
        expect(await h.context.db('pic').where({ pic_name: `broken-${mode}` })).to.deep.equal([]);
        expect([...fakeCos.objects.keys()].filter((k) => k.includes(`broken-${mode}`))).to.deep.equal([]);
        const bob = await h.token('4000000002');
        expect((await h.post(PIC, 'pic', 'upload', { from: 'shop', name: `broken-${mode}`, base64: b64(await png('y')) }, bob)).status).to.equal(0);
      });
    }
  });
});
