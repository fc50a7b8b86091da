import { expect } from 'chai';
import { SQLITE_MEMORY } from './support/backends.js';
import { type Harness, startHarness } from './support/harness.js';

describe('refusals name the key and what it allows, from the schema', () => {
  let h: Harness;
  let token: string;
  let shopId: number;
  let productId: number;
  before(async () => {
    h = await startHarness(SQLITE_MEMORY);
    token = await h.token('1180310086');
    shopId = (await h.post('/api/external/shop', 'shop', 'creat', { shop_name: 'messages' }, token)).data.shop_id as number;
    productId = (await h.post('/api/external/product', 'product', 'creat', { shop_id: shopId, product_name: '台灯', product_price: 10, product_status: 1 }, token)).data.product_id as number;
  });
  after(() => h.close());

  const refused = async (path: string, type: string, subtype: string, data: object) => {
    const answer = await h.post(path, type, subtype, data, token);
    return `${answer.status} ${answer.message}`;
  };

  it('an enum, a range, a length, a pattern, a type, a list of columns', async () => {
    expect(await refused('/api/external/pic', 'pic', 'upload', { from: 'avatar', base64: 'AAAA' })).to.equal("-204 Arg's value error: from: one of property, shop, product, portrait");
    const order = { product_id: productId, product_num: 100, product_unitprice: 10, product_totalprice: 1000 };
    expect(await refused('/api/external/purchase', 'purchase', 'apply', order)).to.equal("-204 Arg's value error: product_num: 1 to 99");
    expect(await refused('/api/external/shop', 'shop', 'creat', { shop_name: 'x'.repeat(101) })).to.equal("-204 Arg's value error: shop_name: at most 100 characters");
    expect(await refused('/api/external/pic', 'pic', 'upload', { from: 'shop', name: 'a.b', base64: 'AAAA' })).to.equal("-204 Arg's value error: name: must match /^[A-Za-z0-9_-]{1,64}$/");
    expect(await refused('/api/external/pic', 'pic', 'upload', { from: 'shop', name: 'ab'.repeat(16), base64: 'AAAA' })).to.equal("-204 Arg's value error: name: must not match /^[0-9A-Fa-f]{32}$/");
    expect(await refused('/api/external/get/shop', 'shop', 'list', { shop_name: 5 })).to.equal("-203 Arg's value type error: shop_name: a JSON string");
    expect(await refused('/api/external/get/shop', 'shop', 'list', { order: 'name DESC' })).to.equal(
      "-204 Arg's value error: order: \"name DESC\" is not <column> ASC|DESC over shop_id, shop_name, shop_content, user_id, creat_time, pic_url",
    );
    expect(await refused('/api/external/get/shop', 'shop', 'list', { offset: -1 })).to.equal("-204 Arg's value error: offset: 0 to 1000000000");
  });

  it('alternatives of keys are named together', async () => {
    expect(await refused('/api/external/shop', 'shop', 'update', { shop_id: shopId })).to.equal('-202 Missing necessary data key-value: at least one of shop_content, pic_url');
    expect(await refused('/api/external/get/shop', 'shop', 'info', {})).to.equal('-202 Missing necessary data key-value: at least one of shop_id, shop_name');
    expect(await refused('/api/external/product', 'product', 'update', { product_id: productId, shop_id: shopId })).to.equal(
      '-202 Missing necessary data key-value: at least one of product_status, product_name, product_content, product_key, product_price, product_disprice, pic_url',
    );
    expect(await refused('/api/external/shop', 'shop', 'update', { shop_content: 'x' })).to.equal('-202 Missing necessary data key-value: shop_id');
  });

  it('product/update changes only the fields given: a price alone keeps the status', async () => {
    expect((await h.post('/api/external/product', 'product', 'update', { product_id: productId, shop_id: shopId, product_status: 0 }, token)).status).to.equal(0);
    expect((await h.post('/api/external/product', 'product', 'update', { product_id: productId, shop_id: shopId, product_price: 12.5 }, token)).status).to.equal(0);
    const row = await h.context.db('product').where('product_id', productId).first();
    expect([Number(row.product_status), Number(row.product_price)]).to.deep.equal([0, 12.5]);
  });
});
