import { expect } from 'chai';
import { migrate } from '../src/backends/db/migrating.js';
import { PRODUCT_TEXTS } from '../src/services/market/products.js';
import { SHOP_NAMES } from '../src/services/market/shops.js';
import { prefixEnd, SUFFIX_CHARS, suffixesOf } from '../src/services/market/text-index.js';
import { backendMatrix } from './support/backends.js';
import { type Harness, startHarness } from './support/harness.js';

const SHOP = '/api/external/shop';
const PRODUCT = '/api/external/product';
const GET_SHOP = '/api/external/get/shop';
const GET_PRODUCT = '/api/external/get/product';

for (const spec of await backendMatrix()) {
  describe(`the name indexes of shops and products on ${spec.name}`, function () {
    this.timeout(60000);
    let h: Harness;
    let seller: string;
    let shopId: number;

    before(async () => {
      h = await startHarness(spec, { config: { shop: { maxPerUser: 10 } } });
      seller = await h.token('5100000001');
      shopId = (await h.post(SHOP, 'shop', 'creat', { shop_name: '索引 Index Shop' }, seller)).data.shop_id as number;
    });
    after(() => h.close());

    const creat = (data: Record<string, unknown>) =>
      h.post(PRODUCT, 'product', 'creat', { product_price: 1, shop_id: shopId, product_status: 1, ...data }, seller);
    const update = (data: Record<string, unknown>) => h.post(PRODUCT, 'product', 'update', { shop_id: shopId, product_status: 1, ...data }, seller);
    const productIds = async (data: Record<string, unknown>) => {
      const answer = await h.post(GET_PRODUCT, 'product', 'list', data, seller);
      return { status: answer.status, ids: (answer.data as unknown as { product_id: number }[]).map((r) => r.product_id) };
    };
    const postingsOf = async (productId: number) =>
      ((await h.context.db(PRODUCT_TEXTS.table).where('product_id', productId).select('field', 'suffix')) as { field: number; suffix: string | Buffer }[])
        .map((p) => `${p.field}:${p.suffix.toString()}`)
        .sort();
    const expectedPostings = (name: string, key: string) => [...suffixesOf(name).map((s) => `0:${s}`), ...suffixesOf(key).map((s) => `1:${s}`)].sort();

    it('finds a shop by any fragment of its name, and answers status 1 with [] for a fragment no name holds', async () => {
      for (const fragment of ['索引', 'index', 'X SH', '引 I', 'p']) {
        const answer = await h.post(GET_SHOP, 'shop', 'list', { shop_name: fragment }, seller);
        expect((answer.data as unknown as { shop_id: number }[]).map((r) => r.shop_id), fragment).to.deep.equal([shopId]);
      }
      const none = await h.post(GET_SHOP, 'shop', 'list', { shop_name: '索引店' }, seller);
      expect(none).to.include({ status: 1 });
      expect(none.data).to.deep.equal([]);
    });

    it("follows a product's name and key through updates", async () => {
      const id = (await creat({ product_name: '红色台灯', product_key: 'lamp' })).data.product_id as number;
      expect((await productIds({ product_name: '色台' })).ids).to.deep.equal([id]);
      expect((await productIds({ product_key: 'AMP' })).ids).to.deep.equal([id]);
      expect((await update({ product_id: id, product_name: '蓝色书架' })).status).to.equal(0);
      expect((await productIds({ product_name: '色台' })).ids).to.deep.equal([]);
      expect((await productIds({ product_name: '书架' })).ids).to.deep.equal([id]);
      expect((await productIds({ product_key: 'lamp' })).ids).to.deep.equal([id]);
      expect((await update({ product_id: id, product_key: 'shelf' })).status).to.equal(0);
      expect((await productIds({ product_key: 'lamp' })).ids).to.deep.equal([]);
      expect((await productIds({ product_name: '蓝色', product_key: 'shel' })).ids).to.deep.equal([id]);
      expect(await postingsOf(id)).to.deep.equal(expectedPostings('蓝色书架', 'shelf'));
    });

    it('takes a name or key whose lower case is longer than itself', async () => {
      const made = await creat({ product_name: 'İ'.repeat(100), product_key: 'İ'.repeat(255) });
      expect(made.status).to.equal(0);
      const id = made.data.product_id as number;
      expect((await productIds({ product_key: 'İİ' })).ids).to.include(id);
    });

    it("keeps a product's postings those of its last name when updates race", async () => {
      const id = (await creat({ product_name: 'race 0', product_key: 'k0' })).data.product_id as number;
      const names = Array.from({ length: 12 }, (_, i) => `race name ${i + 1}`);
      const answers = await Promise.all(names.map((name, i) => update({ product_id: id, product_name: name, product_key: `k${i + 1}` })));
      expect(answers.every((a) => a.status === 0)).to.equal(true);
      const row = (await h.context.db('product').where('product_id', id).first()) as { product_name: string; product_key: string };
      expect(await postingsOf(id)).to.deep.equal(expectedPostings(row.product_name, row.product_key));
      expect((await productIds({ product_name: row.product_name })).ids).to.deep.equal([id]);
    });

    it('matches a fragment exactly by its suffixes: % and _ literal, the end of a range, a fragment longer than a posting', async () => {
      const long = `${'长'.repeat(SUFFIX_CHARS)}尾巴`;
      const ids = {
        pct: (await creat({ product_name: '100% cotton_shirt' })).data.product_id as number,
        near: (await creat({ product_name: '100x cottonxshirt' })).data.product_id as number,
        long: (await creat({ product_name: long })).data.product_id as number,
        longOther: (await creat({ product_name: `${'长'.repeat(SUFFIX_CHARS)}别的` })).data.product_id as number,
        top: (await creat({ product_name: 'edge \u{10FFFF}' })).data.product_id as number,
      };
      expect((await productIds({ product_name: '0% COTTON_' })).ids).to.deep.equal([ids.pct]);
      expect((await productIds({ product_name: 'cotton' })).ids).to.have.members([ids.pct, ids.near]);
      expect((await productIds({ product_name: `长${'长'.repeat(SUFFIX_CHARS - 1)}尾` })).ids).to.deep.equal([ids.long]);
      expect((await productIds({ product_name: '长'.repeat(SUFFIX_CHARS) })).ids).to.have.members([ids.long, ids.longOther]);
      expect((await productIds({ product_name: 'e \u{10FFFF}' })).ids).to.deep.equal([ids.top]);
      expect((await productIds({ product_name: '\u{10FFFF}' })).ids).to.deep.equal([ids.top]);
    });

    it('indexes shops and products that were in the tables before the index (the original server’s)', async () => {
      await h.context.db('shop').insert({ shop_id: 123456789, shop_name: 'Old Campus Books', shop_content: '', user_id: '5100000009', creat_time: '2019-04-01 10:00:00', pic_url: '' });
      await h.context.db('product').insert({
        product_id: 1234567, shop_id: 123456789, product_name: '旧教材', product_content: '', product_key: 'textbook', product_price: '3.00',
        pic_url: '', product_status: 1, creat_time: '2019-04-01 10:00:00', update_time: '2019-04-01 10:00:00',
      });
      // The index's migration again, as on a database that had these rows before it.
      await h.context.db.schema.dropTableIfExists(PRODUCT_TEXTS.table);
      await h.context.db.schema.dropTableIfExists(SHOP_NAMES.table);
      await h.context.db('knex_migrations').where('name', '009_text_suffixes').delete();
      await migrate(h.context.db, h.config, h.context.log);
      const shops = await h.post(GET_SHOP, 'shop', 'list', { shop_name: 'campus b' }, seller);
      expect((shops.data as unknown as { shop_id: number }[]).map((r) => r.shop_id)).to.deep.equal([123456789]);
      expect((await productIds({ product_name: '教材' })).ids).to.deep.equal([1234567]);
      expect((await productIds({ product_key: 'BOOK' })).ids).to.deep.equal([1234567]);
      expect((await productIds({ product_name: '红色台灯' })).status).to.equal(1);
    });
  });
}

describe('suffix postings', () => {
  it('are the distinct lowercased suffixes, each cut to SUFFIX_CHARS characters', () => {
    expect(suffixesOf('AbA')).to.deep.equal(['aba', 'ba', 'a']);
    expect(suffixesOf('a'.repeat(SUFFIX_CHARS + 3))).to.deep.equal(Array.from({ length: SUFFIX_CHARS }, (_, i) => 'a'.repeat(SUFFIX_CHARS - i)));
    expect(suffixesOf('')).to.deep.equal([]);
  });

  it("end a fragment's range at its last character moved up, past the surrogates and U+10FFFF", () => {
    expect(prefixEnd('ab')).to.equal('ac');
    expect(prefixEnd('a\u{D7FF}')).to.equal('a\u{E000}');
    expect(prefixEnd('a\u{10FFFF}')).to.equal('b');
    expect(prefixEnd('\u{10FFFF}\u{10FFFF}')).to.equal(null);
  });
});
