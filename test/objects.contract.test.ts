import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { CosObjectStore } from '../src/backends/objects/cos.js';
import { DiskObjectStore } from '../src/backends/objects/disk.js';
import type { ObjectStore } from '../src/backends/objects/types.js';
import { buildConfig } from '../src/config.js';
import { cosConfig, FakeCos } from './support/fake-cos.js';

const fakeCos = new FakeCos();
const stores: { name: string; make(): ObjectStore }[] = [
  { name: 'disk', make: () => new DiskObjectStore(mkdtempSync(join(tmpdir(), 'campus-objects-'))) },
  { name: 'cos (real SDK, fake server)', make: () => new CosObjectStore(buildConfig(cosConfig(fakeCos), '/', {}).objects.cos) },
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

      it('answers ping', async () => {
        await store.ping();
      });
    });
  }
});
