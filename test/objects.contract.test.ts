import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { CosObjectStore } from '../src/backends/objects/cos.js';
import { DiskObjectStore } from '../src/backends/objects/disk.js';
import type { ObjectStore, StoredObject } from '../src/backends/objects/types.js';
import { buildConfig } from '../src/config.js';
import { cosConfig, FakeCos } from './support/fake-cos.js';

const fakeCos = new FakeCos();
/** A folder under a file: no object can ever be written there. */
function impossibleFolder(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'campus-objects-')), 'a-file');
  writeFileSync(file, '');
  return join(file, 'objects');
}

const cosAt = (domain: string) => {
  const config = cosConfig(fakeCos) as { objects: { cos: Record<string, unknown> } };
  return new CosObjectStore(buildConfig({ objects: { ...config.objects, cos: { ...config.objects.cos, domain } } }, '/', {}).objects.cos);
};

const stores: { name: string; make(): ObjectStore; unreachable(): ObjectStore }[] = [
  { name: 'disk', make: () => new DiskObjectStore(mkdtempSync(join(tmpdir(), 'campus-objects-'))), unreachable: () => new DiskObjectStore(impossibleFolder()) },
  { name: 'cos (real SDK, fake server)', make: () => new CosObjectStore(buildConfig(cosConfig(fakeCos), '/', {}).objects.cos), unreachable: () => cosAt('127.0.0.1:1') },
];

describe('ObjectStore contract', () => {
  before(() => fakeCos.start());
  after(async () => {
    await fakeCos.close();
    expect(fakeCos.rejected, 'requests the fake COS refused').to.deep.equal([]);
  });

  for (const under of stores) {
    describe(under.name, () => {
      let store: ObjectStore;
      beforeEach(() => {
        store = under.make();
      });

      it('round-trips bytes and content type exactly', async () => {
        const body = Buffer.from(Array.from({ length: 70000 }, (_, i) => (i * 7) % 256));
        await store.put('portrait/1001', body, 'image/png');
        const got = await store.get('portrait/1001');
        expect(got?.body.equals(body)).to.equal(true);
        expect(got?.contentType).to.equal('image/png');
        expect(got?.etag).to.match(/^[0-9a-f]{16,}$/);
      });

      it('replaces an object, with a new ETag', async () => {
        await store.put('portrait/1002', Buffer.from('one'), 'image/gif');
        const first = await store.get('portrait/1002');
        await store.put('portrait/1002', Buffer.from('two'), 'image/webp');
        const second = await store.get('portrait/1002');
        expect(second?.body.toString()).to.equal('two');
        expect(second?.contentType).to.equal('image/webp');
        expect(second?.etag).not.to.equal(first?.etag);
      });

      it('answers the ETag of what it stored, and heads an object without its bytes', async () => {
        const etag = await store.put('portrait/1004', Buffer.from('four'), 'image/webp');
        expect(await store.head('portrait/1004')).to.deep.equal({ contentType: 'image/webp', etag });
        expect((await store.get('portrait/1004'))?.etag).to.equal(etag);
        expect(await store.head('portrait/404405')).to.equal(null);
      });

      it('never shows one put\'s bytes with another\'s type or ETag, under concurrent replacement', async () => {
        const written = new Map<string, string>();
        const versions = Array.from({ length: 16 }, (_, i) => ({ body: Buffer.from(`${i % 2 ? 'GIF89a' : 'PNG'} version ${i} `.repeat(200 + i)), type: i % 2 ? 'image/gif' : 'image/png' }));
        const reads: (StoredObject | null)[] = [];
        let writing = true;
        const readers = Array.from({ length: 4 }, async () => {
          while (writing) reads.push(await store.get('pic/shop/race'));
        });
        for (let round = 0; round < 3; round++) {
          await Promise.all(versions.slice(round * 4, round * 4 + 8).map(async (v) => written.set(`${v.body.toString()}|${v.type}|${await store.put('pic/shop/race', v.body, v.type)}`, v.type)));
        }
        writing = false;
        await Promise.all(readers);
        const seen = reads.filter((r): r is StoredObject => r !== null);
        expect(seen.length).to.be.above(10);
        for (const read of seen) expect(written.has(`${read.body.toString()}|${read.contentType}|${read.etag}`), read.body.subarray(0, 20).toString()).to.equal(true);
      });

      if (under.name === 'disk') {
        it('reads an object written beside its metadata file, as before the one-file format', async () => {
          const dir = mkdtempSync(join(tmpdir(), 'campus-objects-'));
          mkdirSync(join(dir, 'portrait'));
          writeFileSync(join(dir, 'portrait', '1005'), 'old bytes');
          writeFileSync(join(dir, 'portrait', '1005.meta.json'), JSON.stringify({ contentType: 'image/jpeg', etag: 'abc123' }));
          const old = new DiskObjectStore(dir);
          expect(await old.get('portrait/1005')).to.deep.include({ contentType: 'image/jpeg', etag: 'abc123' });
          expect((await old.get('portrait/1005'))?.body.toString()).to.equal('old bytes');
          expect(await old.head('portrait/1005')).to.deep.equal({ contentType: 'image/jpeg', etag: 'abc123' });
          await old.put('portrait/1005', Buffer.from('new bytes'), 'image/png');
          expect(readdirSync(join(dir, 'portrait'))).to.deep.equal(['1005']);
          expect(await old.get('portrait/1005')).to.deep.include({ contentType: 'image/png' });
        });
      }

      it('answers null for a missing object, and deletes', async () => {
        expect(await store.get('portrait/404404')).to.equal(null);
        await store.put('portrait/1003', Buffer.from('x'), 'image/png');
        await store.delete('portrait/1003');
        expect(await store.get('portrait/1003')).to.equal(null);
      });

      it('refuses keys that could escape the store', async () => {
        // Upper case is allowed since picture names may hold it ("pic/shop/Front_1"); nothing that walks is.
        for (const key of ['../etc/passwd', '/etc/passwd', 'portrait/../../x', 'portrait//1', '', 'portrait/1/..', 'portrait/1%2F..', 'pic/shop/a.b', 'pic/shop/a b']) {
          let refused = false;
          await store.get(key).catch(() => (refused = true));
          expect(refused, key).to.equal(true);
        }
      });

      it('answers ping when it can store, and fails it when it cannot', async () => {
        expect(await store.ping()).to.equal(undefined);
        let failed = false;
        await under.unreachable().ping().catch(() => (failed = true));
        expect(failed, 'ping of a store that cannot be reached').to.equal(true);
      });
    });
  }
});
