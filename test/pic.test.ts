import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { placeholders as loadPlaceholders } from '../src/services/portrait.js';
import { backendMatrix, type BackendSpec, SQLITE_MEMORY } from './support/backends.js';
import { cosConfig, FakeCos } from './support/fake-cos.js';
import { type Harness, startHarness } from './support/harness.js';

const PIC = '/api/external/pic';
const GET = '/api/external/get/pic';
const BASE = 'https://www.zustservice.cn';
const placeholders = await loadPlaceholders();

const png = (text: string) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(text)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF body')]);
const GIF = Buffer.from('GIF89a gif body');
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x10, 0, 0, 0]), Buffer.from('WEBPVP8 body')]);
const md5 = (bytes: Buffer) => createHash('md5').update(bytes).digest('hex');
const b64 = (bytes: Buffer) => bytes.toString('base64');

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
      for (const [bytes, mime, pname] of [[png('one'), 'image/png', 'front-1'], [JPEG, 'image/jpeg', 'J_2'], [GIF, 'image/gif', 'g3'], [WEBP, 'image/webp', 'w4']] as const) {
        const answer = await upload({ from: 'shop', name: pname, base64: b64(bytes) });
        expect(answer).to.deep.include({ status: 0, data: { url: `${BASE}/api/external/get/pic/shop/${pname}` } });
        const res = await fetchPic(`shop/${pname}`);
        expect(res.status).to.equal(200);
        expect(res.headers['content-type']).to.equal(mime);
        expect(res.headers['x-content-type-options']).to.equal('nosniff');
        expect(res.headers['cache-control']).to.match(/^private, max-age=\d+$/);
        expect(Buffer.compare(res.body as Buffer, bytes)).to.equal(0);
        expect((await fetchPic(`shop/${pname}`, { 'If-None-Match': res.headers.etag as string })).status).to.equal(304);
      }
    });

    it('names a picture by the MD5 of its bytes when no name is given; the same bytes again change nothing', async () => {
      const bytes = png(`content ${name}`);
      const first = await upload({ from: 'product', base64: `data:image/png;base64,${b64(bytes)}` });
      expect(first.data).to.deep.equal({ url: `${BASE}/api/external/get/pic/product/${md5(bytes)}` });
      expect((await upload({ from: 'product', base64: b64(bytes) }, bob)).status).to.equal(0);
      expect(await rows({ pic_from: 'product', pic_name: md5(bytes) })).to.have.length(1);
      expect((await rows({ pic_from: 'product', pic_name: md5(bytes) }))[0].user_id).to.equal('4000000001');
      // An explicit name that happens to be an MD5 cannot replace content-addressed bytes.
      expect((await upload({ from: 'product', name: md5(bytes), base64: b64(png('other')) }, bob)).status).to.equal(100);
      expect(Buffer.compare((await fetchPic(`product/${md5(bytes)}`)).body as Buffer, bytes)).to.equal(0);
    });

    it('lets the first uploader of a name replace it, and refuses everyone else with 100, changing nothing', async () => {
      expect((await upload({ from: 'property', name: 'lost-card', base64: b64(png('v1')) })).status).to.equal(0);
      expect((await upload({ from: 'property', name: 'lost-card', base64: b64(png('v2')) })).status).to.equal(0);
      expect(Buffer.compare((await fetchPic('property/lost-card')).body as Buffer, png('v2'))).to.equal(0);
      expect(await upload({ from: 'property', name: 'lost-card', base64: b64(png('evil')) }, bob)).to.deep.include({ status: 100, message: 'The picture name was used' });
      expect(Buffer.compare((await fetchPic('property/lost-card')).body as Buffer, png('v2'))).to.equal(0);
      // The same name under another "from" is another picture.
      expect((await upload({ from: 'shop', name: 'lost-card', base64: b64(png('bob')) }, bob)).status).to.equal(0);
    });

    it('gives a name to exactly one of ten users uploading it at once', async () => {
      const tokens = await Promise.all(Array.from({ length: 10 }, (_, i) => h.token(String(4100000000 + i))));
      const answers = await Promise.all(tokens.map((t, i) => upload({ from: 'shop', name: `race-${name.replace(/\W/g, '')}`, base64: b64(png(`racer ${i}`)) }, t)));
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 0)).to.have.length(1);
      expect(statuses.filter((s) => s === 100)).to.have.length(9);
      const winner = statuses.indexOf(0);
      const served = (await fetchPic(`shop/race-${name.replace(/\W/g, '')}`)).body as Buffer;
      expect(Buffer.compare(served, png(`racer ${winner}`))).to.equal(0);
    });

    it('writes the caller\'s avatar for from "portrait", the object GET portrait serves', async () => {
      expect((await upload({ from: 'portrait', base64: b64(png('me')) })).data).to.deep.equal({ url: `${BASE}/api/external/get/pic/portrait/4000000001` });
      expect((await upload({ from: 'portrait', name: '4000000001', base64: b64(png('me again')) })).status).to.equal(0);
      expect((await upload({ from: 'portrait', name: '4000000002', base64: b64(png('not me')) })).status).to.equal(-204);
      const avatar = await h.http.get('/api/external/get/portrait/4000000001').buffer(true);
      expect(Buffer.compare(avatar.body as Buffer, png('me again'))).to.equal(0);
      expect(Buffer.compare((await fetchPic('portrait/4000000001')).body as Buffer, png('me again'))).to.equal(0);
    });

    it('refuses what is not a picture: -204 type, size, from or name; -203 not base64; -202 missing', async () => {
      const html = Buffer.from('<html><script>alert(1)</script></html>');
      const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');
      const cases: [Record<string, unknown>, number][] = [
        [{ from: 'shop', base64: b64(html) }, -204],
        [{ from: 'shop', base64: b64(svg) }, -204],
        [{ from: 'shop', base64: b64(Buffer.concat([png(''), Buffer.alloc(1024 * 1024)])) }, -204],
        [{ from: 'users', base64: b64(png('x')) }, -204],
        [{ from: 'shop', name: '../../etc/passwd', base64: b64(png('x')) }, -204],
        [{ from: 'shop', name: 'x'.repeat(65), base64: b64(png('x')) }, -204],
        [{ from: 'shop', name: '', base64: b64(png('x')) }, -204],
        [{ from: 'shop', base64: 'not base64!' }, -203],
        [{ from: 'shop', base64: 7 }, -203],
        [{ from: 'shop' }, -202],
        [{ base64: b64(png('x')) }, -202],
      ];
      for (const [data, status] of cases) expect((await upload(data)).status, JSON.stringify(data).slice(0, 60)).to.equal(status);
      expect((await h.post(PIC, 'pic', 'upload', { from: 'shop', base64: b64(png('x')) })).status).to.equal(-100);
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
        const answer = await h.post(PIC, 'pic', 'upload', { from: 'shop', name: `broken-${mode}`, base64: b64(png('x')) }, alice);
        expect(answer.status).to.equal(-500);
        fakeCos.mode = 'ok';
        expect(await h.context.db('pic').where({ pic_name: `broken-${mode}` })).to.deep.equal([]);
        expect([...fakeCos.objects.keys()].filter((k) => k.includes(`broken-${mode}`))).to.deep.equal([]);
        const bob = await h.token('4000000002');
        expect((await h.post(PIC, 'pic', 'upload', { from: 'shop', name: `broken-${mode}`, base64: b64(png('y')) }, bob)).status).to.equal(0);
      });
    }
  });
});
