import { mkdtempSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import sharp from 'sharp';
import { pictureQueue, SharpImageCodec } from '../src/backends/images/sharp.js';
import type { ImageCodec, ImageFormat, ImageLimits } from '../src/backends/images/types.js';
import { uploadBodyLimit } from '../src/http/post.js';
import { backendMatrix, SQLITE_MEMORY } from './support/backends.js';
import { type Answer, type Harness, startHarness } from './support/harness.js';
import { capturedLog } from './support/captured-log.js';
import { picture } from './support/images.js';

const PIC = '/api/external/pic';
const PORTRAIT = '/api/external/portrait';
const MiB = 1024 * 1024;

const baseUrl = (h: Harness) => `http://127.0.0.1:${(h.server.address() as AddressInfo).port}`;

/** A form as a browser's FormData or wx.uploadFile sends it: the envelope's fields, the picture as "file". */
function form(fields: Record<string, string>, files: [string, Buffer][] = []): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  for (const [name, bytes] of files) body.append(name, new Blob([bytes], { type: 'image/jpeg' }), 'photo.jpg');
  return body;
}

async function send(h: Harness, path: string, body: FormData | string, token?: string): Promise<{ http: number; answer: Answer }> {
  const res = await fetch(`${baseUrl(h)}${path}`, { method: 'POST', body, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return { http: res.status, answer: (await res.json()) as Answer };
}

const picFields = (data: object) => ({ id: '7', type: 'pic', subtype: 'upload', data: JSON.stringify(data) });

/** A 12-megapixel photo as a phone takes it: 4000 × 3000, with grain, a few megabytes of JPEG. */
const PHOTO = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 20 } } })
  .jpeg({ quality: 80 })
  .toBuffer();

describe('uploads from a phone: multipart, large pictures, bounded work', function () {
  this.timeout(60000);

  describe('on the defaults (pic.maxBytes 12 MiB, pic.maxSide 2560)', () => {
    let h: Harness;
    let token: string;
    const { log, lines } = capturedLog('warn');
    before(async () => {
      h = await startHarness(SQLITE_MEMORY, { log });
      token = await h.token('1180310086');
    });
    after(() => h.close());

    it('stores a 12-megapixel JPEG sent from a real FormData at 2560 × 1920, the same envelope answered', async () => {
      expect(PHOTO.length).to.be.above(2 * MiB).and.below(12 * MiB);
      const { http, answer } = await send(h, PIC, form(picFields({ from: 'product', name: 'bike' }), [['file', PHOTO]]), token);
      expect(http).to.equal(200);
      expect(answer).to.include({ id: 7, status: 0, message: 'successful' });
      const kept = await fetch(`${baseUrl(h)}/api/external/get/pic/product/bike`);
      const meta = await sharp(Buffer.from(await kept.arrayBuffer())).metadata();
      expect(meta).to.include({ format: 'jpeg', width: 2560, height: 1920 });
    });

    it('takes the same photo as base64 in JSON on the upload path, but not on the single endpoint', async () => {
      const data = { from: 'product', name: 'bike-json', base64: PHOTO.toString('base64') };
      expect((await h.post(PIC, 'pic', 'upload', data, token)).status).to.equal(0);
      const single = await h.http.post(`/api/external?token=${token}`).send({ id: 1, type: 'pic', subtype: 'upload', data });
      expect(single.status).to.equal(413);
      expect(single.body).to.include({ status: -2 });
    });

    it('takes a portrait as multipart on /portrait, its type checked against the bytes', async () => {
      const fields = (type: string) => ({ type: 'portrait', subtype: 'upload', data: JSON.stringify({ id: '1180310086', type }) });
      const jpeg = await picture('jpeg', 'me');
      expect((await send(h, PORTRAIT, form(fields('jpg'), [['file', jpeg]]), token)).answer.status).to.equal(0);
      expect((await send(h, PORTRAIT, form(fields('png'), [['file', jpeg]]), token)).answer.status).to.equal(-204);
    });

    it('answers a malformed multipart body with the statuses a JSON body gets, never a 500', async () => {
      const small = await picture('png', 'small');
      const cases: [string, FormData | string, number][] = [
        ['no file', form(picFields({ from: 'shop' })), -202],
        ['two files', form(picFields({ from: 'shop' }), [['file', small], ['file', small]]), -2],
        ['another part', form(picFields({ from: 'shop' }), [['photo', small]]), -1],
        ['unknown field', form({ ...picFields({ from: 'shop' }), extra: 'x' }, [['file', small]]), -1],
        ['data not JSON', form({ ...picFields({}), data: '{from' }, [['file', small]]), -2],
        ['no type', form({ subtype: 'upload', data: '{"from":"shop"}' }, [['file', small]]), -1],
        ['base64 and file', form(picFields({ from: 'shop', base64: small.toString('base64') }), [['file', small]]), -204],
        ['empty file', form(picFields({ from: 'shop' }), [['file', Buffer.alloc(0)]]), -201],
        ['a captcha API', form({ type: 'img', subtype: 'generate', data: '{}' }, [['file', small]]), -2],
      ];
      for (const [what, body, status] of cases) {
        const { http, answer } = await send(h, PIC, body, token);
        expect([http, answer.status], what).to.deep.equal([200, status]);
      }
      // Not multipart at all, though it says so.
      const broken = await fetch(`${baseUrl(h)}${PIC}?token=${token}`, { method: 'POST', body: 'hello', headers: { 'Content-Type': 'multipart/form-data; boundary=x' } });
      expect((await broken.json()) as Answer).to.include({ status: -2 });
      const noBoundary = await fetch(`${baseUrl(h)}${PIC}?token=${token}`, { method: 'POST', body: 'hello', headers: { 'Content-Type': 'multipart/form-data' } });
      expect((await noBoundary.json()) as Answer).to.include({ status: -2 });
      // Multipart elsewhere: the same envelope status.
      const elsewhere = await send(h, '/api/external/shop', form({ type: 'shop', subtype: 'list', data: '{}' }), token);
      expect(elsewhere.answer.status).to.equal(-2);
      expect(elsewhere.answer.message).to.include('multipart/form-data is taken only by the upload paths');
    });

    it('lets a client go mid-upload: nothing stored, nothing logged as a failure, the next upload served', async () => {
      const before = await h.context.db('pic').count({ n: '*' }).first();
      const logged = lines.length;
      const boundary = 'campus-boundary';
      const head = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\npic\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="subtype"\r\n\r\nupload\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="data"\r\n\r\n{"from":"shop","name":"half"}\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
      );
      await new Promise<void>((resolve) => {
        const req = httpRequest(`${baseUrl(h)}${PIC}?token=${token}`, {
          method: 'POST',
          headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': head.length + PHOTO.length + 64 },
        });
        req.on('error', () => resolve());
        req.write(head);
        // Half the photo, then the phone loses its signal.
        req.write(PHOTO.subarray(0, PHOTO.length / 2), () => setTimeout(() => {
          req.destroy();
          resolve();
        }, 100));
      });
      await new Promise((r) => setTimeout(r, 100));
      expect(await h.context.db('pic').count({ n: '*' }).first()).to.deep.equal(before);
      expect(lines.slice(logged)).to.deep.equal([]);
      expect((await send(h, PIC, form(picFields({ from: 'shop', name: 'whole' }), [['file', await picture('jpeg', 'whole')]]), token)).answer.status).to.equal(0);
    });

    it('answers a body past its path\'s limit 413 with an envelope that Node\'s fetch reads (no EPIPE)', async () => {
      const big = JSON.stringify({ id: 1, type: 'shop', subtype: 'list', data: { x: 'x'.repeat(3 * MiB) } });
      const res = await fetch(`${baseUrl(h)}/api/external?token=${token}`, { method: 'POST', body: big, headers: { 'Content-Type': 'application/json' } });
      expect(res.status).to.equal(413);
      expect(((await res.json()) as Answer).status).to.equal(-2);
      const upload = JSON.stringify({ id: 1, type: 'pic', subtype: 'upload', data: { from: 'shop', base64: 'A'.repeat(uploadBodyLimit(12 * MiB)) } });
      const past = await fetch(`${baseUrl(h)}${PIC}?token=${token}`, { method: 'POST', body: upload, headers: { 'Content-Type': 'application/json' } });
      expect(past.status).to.equal(413);
    });
  });

  describe('at the byte limit (pic.maxBytes 64 KiB)', () => {
    let h: Harness;
    let token: string;
    const LIMIT = 64 * 1024;
    before(async () => {
      h = await startHarness(SQLITE_MEMORY, { config: { pic: { maxBytes: LIMIT } } });
      token = await h.token('1180310086');
    });
    after(() => h.close());

    /** A real PNG padded to `size` bytes: a decoder stops at its IEND chunk. */
    const padded = async (size: number) => {
      const bytes = Buffer.alloc(size, 7);
      (await picture('png', 'padded')).copy(bytes);
      return bytes;
    };

    it('takes exactly pic.maxBytes and refuses one byte more, as multipart and as base64, naming the limit', async () => {
      expect((await send(h, PIC, form(picFields({ from: 'shop' }), [['file', await padded(LIMIT)]]), token)).answer.status).to.equal(0);
      const over = await send(h, PIC, form(picFields({ from: 'shop' }), [['file', await padded(LIMIT + 1)]]), token);
      expect(over.answer).to.include({ status: -204, message: "Arg's value error: the picture is more than 64 KiB: at most 64 KiB (pic.maxBytes)" });
      expect((await h.post(PIC, 'pic', 'upload', { from: 'shop', name: 'exact', base64: (await padded(LIMIT)).toString('base64') }, token)).status).to.equal(0);
      expect(await h.post(PIC, 'pic', 'upload', { from: 'shop', base64: (await padded(LIMIT + 1)).toString('base64') }, token)).to.include({
        status: -204,
        message: "Arg's value error: the picture is 65537 bytes: at most 64 KiB (pic.maxBytes)",
      });
    });

    it('reads and discards the rest of a file far past the limit, so the client reads its -204', async () => {
      const { http, answer } = await send(h, PIC, form(picFields({ from: 'shop' }), [['file', await padded(3 * LIMIT)]]), token);
      expect([http, answer.status]).to.deep.equal([200, -204]);
      // The connection is still good for the next request.
      expect((await send(h, PIC, form(picFields({ from: 'shop', name: 'after' }), [['file', await padded(100)]]), token)).answer.status).to.equal(0);
    });

    it('closes, without reading on, a body past a few times the limit', async () => {
      const huge = await padded(160 * LIMIT);
      const stored = await h.context.db('pic').count({ n: '*' }).first();
      const answer = await fetch(`${baseUrl(h)}${PIC}`, {
        method: 'POST',
        body: form(picFields({ from: 'shop' }), [['file', huge]]),
        headers: { Authorization: `Bearer ${token}` },
      }).then(
        (res) => res.status,
        (err: Error) => err.message,
      );
      // Either the client read a refusal before the close, or it saw the close: never a picture stored.
      expect([413, 'fetch failed']).to.include(answer);
      expect(await h.context.db('pic').count({ n: '*' }).first()).to.deep.equal(stored);
    });
  });

  describe('what a picture may cost', () => {
    let h: Harness;
    let token: string;
    const queue = pictureQueue({ concurrency: 1, queueLength: 1 });
    const codec = new SharpImageCodec(queue);
    let cleaned = 0;
    let resized = 0;
    /** The real codec, counting the pictures and copies it made. */
    const counting: ImageCodec = {
      async clean(bytes: Buffer, limits: ImageLimits, expected?: ImageFormat, signal?: AbortSignal) {
        const made = await codec.clean(bytes, limits, expected, signal);
        cleaned++;
        return made;
      },
      resize: (bytes, width, format, limits) => {
        resized++;
        return codec.resize(bytes, width, format, limits);
      },
    };
    before(async () => {
      // A store of its own: copies made by an earlier run must not be found kept.
      const objects = { driver: 'disk', dir: mkdtempSync(join(tmpdir(), 'campus-uploads-')) };
      h = await startHarness(SQLITE_MEMORY, { config: { pic: { uploadsPerMinute: 1000 }, objects }, overrides: { images: counting } });
      token = await h.token('1180310086');
    });
    after(() => h.close());

    it('names what a refused picture exceeded and the limit', async () => {
      const large = await sharp({ create: { width: 6000, height: 5000, channels: 3, background: '#000000' } }).png({ compressionLevel: 9 }).toBuffer();
      expect((await h.post(PIC, 'pic', 'upload', { from: 'shop', base64: large.toString('base64') }, token)).message).to.equal(
        "Arg's value error: 30000000 pixels, at most 24000000",
      );
      const frames = (n: number, side: number) =>
        Promise.all(Array.from({ length: n }, (_, i) => sharp({ create: { width: side, height: side, channels: 3, background: { r: (i * 67) % 256, g: (i * 151) % 256, b: (i * 29) % 256 } } }).png().toBuffer())).then((each) =>
          sharp(each, { join: { animated: true } }).gif({ interFrameMaxError: 0 }).toBuffer(),
        );
      expect((await h.post(PIC, 'pic', 'upload', { from: 'shop', base64: (await frames(101, 4)).toString('base64') }, token)).message).to.equal(
        "Arg's value error: 101 frames, at most 100",
      );
      // 99 frames of 490 × 490: under the pixel cap, but re-encoding it would take a core a second.
      expect((await h.post(PIC, 'pic', 'upload', { from: 'shop', base64: (await frames(99, 490)).toString('base64') }, token)).message).to.equal(
        "Arg's value error: an animation of 99 frames of 490×490 is 23769900 pixels, at most 5000000",
      );
      expect((await h.post(PIC, 'pic', 'upload', { from: 'shop', name: 'sticker', base64: (await frames(20, 490)).toString('base64') }, token)).status).to.equal(0);
    });

    it('makes a sized copy once for a burst of requests asking for it at once', async () => {
      const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#446688' } }).jpeg().toBuffer();
      expect((await h.post(PIC, 'pic', 'upload', { from: 'product', name: 'burst', base64: photo.toString('base64') }, token)).status).to.equal(0);
      const before = resized;
      const copies = await Promise.all(Array.from({ length: 10 }, () => fetch(`${baseUrl(h)}/api/external/get/pic/product/burst?w=160`).then(async (res) => Buffer.from(await res.arrayBuffer()))));
      expect(resized - before).to.equal(1);
      for (const copy of copies) expect((await sharp(copy).metadata()).width).to.equal(160);
    });

    it('drops a waiting upload whose client went away, and answers -405 past the queue', async () => {
      // A core busy with something else: the queue's one slot is taken until released.
      let release = () => {};
      const busy = queue.run(1, undefined, () => new Promise<void>((resolve) => (release = resolve)));
      const before = cleaned;
      const small = await picture('png', 'queued');
      // A client that sends its upload and goes away while it waits.
      await new Promise<void>((resolve) => {
        const body = JSON.stringify({ id: 1, type: 'pic', subtype: 'upload', data: { from: 'shop', name: 'gone', base64: small.toString('base64') } });
        const req = httpRequest(`${baseUrl(h)}${PIC}?token=${token}`, { method: 'POST', headers: { 'Content-Type': 'application/json' } });
        req.on('error', () => resolve());
        req.end(body, () => setTimeout(() => {
          req.destroy();
          resolve();
        }, 200));
      });
      const queued = h.post(PIC, 'pic', 'upload', { from: 'shop', name: 'queued', base64: small.toString('base64') }, token);
      await new Promise((r) => setTimeout(r, 100));
      // The slot is taken and the queue full: one more is -405 at once.
      expect(await h.post(PIC, 'pic', 'upload', { from: 'shop', name: 'refused', base64: small.toString('base64') }, token)).to.include({ status: -405 });
      expect(queue.load).to.deep.equal({ running: 1, waiting: 1 });
      // A sized copy that cannot be made now: the picture itself, not to be kept under the copy's URL.
      const copy = await fetch(`${baseUrl(h)}/api/external/get/pic/shop/sticker?w=160`);
      expect([copy.headers.get('content-type'), copy.headers.get('cache-control')]).to.deep.equal(['image/gif', 'no-cache']);
      expect((await sharp(Buffer.from(await copy.arrayBuffer())).metadata()).width).to.equal(490);
      release();
      await busy;
      expect((await queued).status).to.equal(0);
      // The gone client's picture was never decoded, nor its name claimed.
      expect(cleaned - before).to.equal(1);
      expect(await h.context.db('pic').where({ pic_name: 'gone' })).to.deep.equal([]);
    });
  });

  describe('per user limits', () => {
    it('answers -405 past pic.uploadsPerMinute for that user only, and again after the minute', async () => {
      const h = await startHarness(SQLITE_MEMORY, { config: { pic: { uploadsPerMinute: 3 } } });
      try {
        const [alice, bob] = [await h.token('1180310001'), await h.token('1180310002')];
        const small = (await picture('png', 'rate')).toString('base64');
        for (let i = 0; i < 3; i++) expect((await h.post(PIC, 'pic', 'upload', { from: 'shop', base64: small }, alice)).status).to.equal(0);
        expect(await h.post(PIC, 'pic', 'upload', { from: 'shop', base64: small }, alice)).to.include({
          status: -405,
          message: 'Too many requests: at most 3 picture uploads a minute (pic.uploadsPerMinute)',
        });
        expect((await h.post(PORTRAIT, 'portrait', 'upload', { id: '1180310001', type: 'png', base64: small }, alice)).status).to.equal(-405);
        expect((await h.post(PIC, 'pic', 'upload', { from: 'shop', base64: small }, bob)).status).to.equal(0);
      } finally {
        await h.close();
      }
    });
  });
});

for (const spec of await backendMatrix()) {
  describe(`pic.maxPerUser on ${spec.name}`, function () {
    this.timeout(60000);
    let h: Harness;
    before(async () => {
      h = await startHarness(spec, { config: { pic: { maxPerUser: 3, uploadsPerMinute: 1000 } } });
    });
    after(() => h.close());

    const upload = async (token: string, name: string, seed = name) =>
      h.post(PIC, 'pic', 'upload', { from: 'shop', name, base64: (await picture('png', seed)).toString('base64') }, token);

    it('answers 101 "Too many pictures" past the cap; replacing one\'s own does not count; content names do', async () => {
      const token = await h.token('1180310050');
      for (const name of ['a', 'b']) expect((await upload(token, name)).status).to.equal(0);
      expect((await h.post(PIC, 'pic', 'upload', { from: 'shop', base64: (await picture('png', 'content')).toString('base64') }, token)).status).to.equal(0);
      expect(await upload(token, 'd')).to.include({ status: 101, message: 'Too many pictures: at most 3 pictures a user (pic.maxPerUser)' });
      expect((await upload(token, 'a', 'again')).status).to.equal(0);
      // Another user's name is still 100, whatever the count.
      const other = await h.token('1180310051');
      expect((await upload(other, 'a')).status).to.equal(100);
      expect(Number((await h.context.db('pic_owner').where({ user_id: '1180310050' }).first()).pics)).to.equal(3);
    });

    it('holds the cap when one user uploads ten new names at once', async () => {
      const token = await h.token('1180310060');
      const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => upload(token, `race-${i}`)));
      expect(answers.filter((a) => a.status === 0)).to.have.length(3);
      expect(answers.filter((a) => a.status === 101)).to.have.length(7);
      expect(await h.context.db('pic').where({ user_id: '1180310060' })).to.have.length(3);
    });
  });
}
