import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { placeholders as loadPlaceholders } from '../src/services/market/portrait.js';
import { SQLITE_MEMORY } from './support/backends.js';
import { cosConfig, FakeCos } from './support/fake-cos.js';
import { type Harness, startHarness } from './support/harness.js';
import { decoded, picture } from './support/images.js';

const URL = '/api/external/portrait';
const GET = '/api/external/get/portrait';
const placeholders = await loadPlaceholders();

const PNG = await picture('png', 'png');
const JPEG = await picture('jpeg', 'jpeg');
const GIF = await picture('gif', 'gif');
const WEBP = await picture('webp', 'webp');
const SEEDS = ['png', 'jpeg', 'gif', 'webp'];
const FAKE_PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR fake png body')]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
const HTML = Buffer.from('<html><script>alert(1)</script></html>');

const fakeCos = new FakeCos();
const stores = [
  { name: 'disk', config: () => ({ objects: { driver: 'disk', dir: mkdtempSync(join(tmpdir(), 'campus-portrait-')) } }) },
  { name: 'cos (real SDK, fake server)', config: () => cosConfig(fakeCos) },
];

describe('avatars', () => {
  before(() => fakeCos.start());
  after(async () => {
    await fakeCos.close();
    expect(fakeCos.rejected, 'requests the fake COS refused').to.deep.equal([]);
  });

  for (const store of stores) {
    describe(`on ${store.name}`, () => {
      let h: Harness;
      let token: string;
      const me = '1180310086';
      before(async () => {
        h = await startHarness(SQLITE_MEMORY, {
          config: { ...store.config(), server: { publicBaseUrl: 'https://www.zustservice.cn/' }, portrait: { allowedOrigins: ['https://www.zustservice.cn'], maxBytes: 1024 * 1024 } },
        });
        token = await h.token(me);
      });
      after(() => h.close());
      beforeEach(() => {
        fakeCos.mode = 'ok';
      });

      const upload = (data: Record<string, unknown>, tok: string | null = token) => h.post(URL, 'portrait', 'upload', { id: me, type: 'png', name: 'me.png', ...data }, tok ?? undefined);
      const fetchAvatar = (id: string, headers: Record<string, string> = {}) => h.http.get(`${GET}/${id}`).set(headers).buffer(true);

      it('keeps an upload in its own format, encoded again, with its real Content-Type, ETag and Cache-Control', async () => {
        for (const [type, bytes, mime, seed] of [['png', PNG, 'image/png', 'png'], ['jpg', JPEG, 'image/jpeg', 'jpeg'], ['jpeg', JPEG, 'image/jpeg', 'jpeg'], ['gif', GIF, 'image/gif', 'gif'], ['webp', WEBP, 'image/webp', 'webp']] as const) {
          const answer = await upload({ type, base64: bytes.toString('base64') });
          expect(answer).to.deep.include({ status: 0, data: { url: `https://www.zustservice.cn/api/external/get/portrait/${me}` } });
          const res = await fetchAvatar(me);
          expect(res.status).to.equal(200);
          expect(res.headers['content-type']).to.equal(mime);
          expect(Number(res.headers['content-length'])).to.equal((res.body as Buffer).length);
          expect(res.headers['x-content-type-options']).to.equal('nosniff');
          expect(res.headers['cache-control']).to.match(/^private, max-age=\d+$/);
          expect(res.headers.etag).to.match(/^"[0-9a-f]+"$/);
          expect(await decoded(res.body as Buffer, SEEDS)).to.include({ format: mime.slice('image/'.length), width: 12, height: 8, seed });
        }
      });

      it('serves a sized copy of an avatar with ?w=', async () => {
        await upload({ base64: (await picture('jpeg', 'large avatar', { width: 400, height: 400 })).toString('base64'), type: 'jpeg' });
        const copy = await fetchAvatar(`${me}?w=150`);
        expect(copy.headers['content-type']).to.equal('image/webp');
        expect(await decoded(copy.body as Buffer, ['large avatar'])).to.include({ width: 160, height: 160, seed: 'large avatar' });
      });

      it('accepts a data: URL prefix', async () => {
        expect((await upload({ base64: `data:image/png;base64,${PNG.toString('base64')}` })).status).to.equal(0);
      });

      it('answers 304 for a matching If-None-Match', async () => {
        await upload({ base64: PNG.toString('base64') });
        const first = await fetchAvatar(me);
        const again = await fetchAvatar(me, { 'If-None-Match': first.headers.etag as string });
        expect(again.status).to.equal(304);
        expect(again.headers['x-content-type-options']).to.equal('nosniff');
      });

      it('refuses writing another user\'s avatar, and uploads without a token', async () => {
        expect((await upload({ id: '1180310087', base64: PNG.toString('base64') })).status).to.equal(-204);
        expect((await upload({ base64: PNG.toString('base64') }, null)).status).to.equal(-100);
        expect((await upload({ base64: PNG.toString('base64') }, 'nope')).status).to.equal(-101);
        expect((await fetchAvatar('1180310087')).body).to.deep.equal(placeholders.default.bytes);
      });

      it('refuses what is not an allowed image: SVG, HTML, a lying type, an unknown type', async () => {
        expect((await upload({ type: 'svg', base64: SVG.toString('base64') })).status).to.equal(-204);
        expect((await upload({ type: 'png', base64: SVG.toString('base64') })).status).to.equal(-204);
        expect((await upload({ type: 'png', base64: HTML.toString('base64') })).status).to.equal(-204);
        expect((await upload({ type: 'png', base64: FAKE_PNG.toString('base64') })).status).to.equal(-204);
        expect((await upload({ type: 'gif', base64: PNG.toString('base64') })).status).to.equal(-204);
        expect((await upload({ type: 'bmp', base64: PNG.toString('base64') })).status).to.equal(-204);
      });

      it('answers -203 for data that is not base64, -202 for a missing key', async () => {
        expect((await upload({ base64: 'not base64 at all!' })).status).to.equal(-203);
        expect((await upload({ base64: 'abc' })).status).to.equal(-203);
        expect((await upload({ base64: 12345 })).status).to.equal(-203);
        expect((await h.post(URL, 'portrait', 'upload', { id: me, type: 'png' }, token)).status).to.equal(-202);
      });

      it('takes exactly portrait.maxBytes (pic.maxBytes by its first name, here 1 MiB) and refuses one byte more, naming the limit', async () => {
        // A PNG ends at its IEND chunk: what follows it is padding a decoder never reads.
        const exact = Buffer.alloc(1024 * 1024, 7);
        PNG.copy(exact);
        expect((await upload({ base64: exact.toString('base64') })).status).to.equal(0);
        expect((await fetchAvatar(me)).body.length).to.be.below(1000);
        const over = Buffer.alloc(1024 * 1024 + 1, 7);
        PNG.copy(over);
        expect(await upload({ base64: over.toString('base64') })).to.include({
          status: -204,
          message: "Arg's value error: the picture is 1048577 bytes: at most 1 MiB (pic.maxBytes)",
        });
      });

      it('serves the three placeholders: error for a bad id, default for none, ban for a foreign Referer', async () => {
        for (const [id, headers, placeholder] of [
          ['abc', {}, 'error'],
          ['..%2F..%2Fetc%2Fpasswd', {}, 'error'],
          ['-1', {}, 'error'],
          ['999999999', {}, 'default'],
          [me, { Referer: 'https://evil.example/?www.zustservice.cn' }, 'ban'],
          [me, { Referer: 'https://www.zustservice.cn.evil.example/' }, 'ban'],
          [me, { Referer: 'not a url' }, 'ban'],
        ] as const) {
          const res = await fetchAvatar(id, headers);
          expect(res.status, id).to.equal(200);
          expect(res.headers['content-type']).to.equal('image/png');
          expect(res.headers['x-content-type-options']).to.equal('nosniff');
          expect(res.body, `${id} ${JSON.stringify(headers)}`).to.deep.equal(placeholders[placeholder].bytes);
        }
        expect((await fetchAvatar('abc', { Referer: 'https://evil.example/' })).headers['cache-control']).to.equal('no-store');
      });

      it('serves the avatar to the campus site and to requests without a Referer', async () => {
        await upload({ base64: GIF.toString('base64'), type: 'gif' });
        for (const headers of [{ Referer: 'https://www.zustservice.cn/user/page' }, {}] as Record<string, string>[]) {
          expect((await decoded((await fetchAvatar(me, headers)).body as Buffer, SEEDS)).seed).to.equal('gif');
        }
      });

      if (store.name.startsWith('cos')) {
        it('answers -500 on upload and the default image on GET while COS fails', async () => {
          await upload({ base64: GIF.toString('base64'), type: 'gif' });
          for (const mode of ['http500', 'reset'] as const) {
            fakeCos.mode = mode;
            expect((await upload({ base64: PNG.toString('base64') })).status, mode).to.equal(-500);
            const res = await fetchAvatar(me);
            expect(res.status).to.equal(200);
            expect(res.headers['content-type']).to.equal('image/png');
            expect(res.body).to.deep.equal(placeholders.default.bytes);
          }
          fakeCos.mode = 'ok';
          expect((await decoded((await fetchAvatar(me)).body as Buffer, SEEDS)).seed).to.equal('gif');
        });

        it('never passes COS\'s XML error document on as an image', async () => {
          const res = await fetchAvatar('123454321');
          expect(res.body.toString('latin1')).not.to.contain('<Error>');
        });
      }
    });
  }

  it('bans a missing Referer when configured to', async () => {
    const h = await startHarness(SQLITE_MEMORY, { config: { portrait: { allowMissingReferer: false } } });
    try {
      expect((await h.http.get(`${GET}/1`).buffer(true)).body).to.deep.equal(placeholders.ban.bytes);
    } finally {
      await h.close();
    }
  });
});
