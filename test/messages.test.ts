import { expect } from 'chai';
import { buildConfig, ConfigError } from '../src/config.js';
import { SQLITE_MEMORY } from './support/backends.js';
import { type Harness, startHarness } from './support/harness.js';

describe('messages that teach', () => {
  let h: Harness;
  let token: string;
  before(async () => {
    h = await startHarness(SQLITE_MEMORY);
    token = await h.token('1180310086');
  });
  after(() => h.close());

  it('says why a key may not be set', async () => {
    const shopId = (await h.post('/api/external/shop', 'shop', 'creat', { shop_name: 'teaching shop' }, token)).data.shop_id;
    const answer = await h.post('/api/external/product', 'product', 'creat', { shop_id: shopId, product_name: '台灯', product_price: 1, product_status: 1, product_sale: 5 }, token);
    expect(answer).to.include({ status: -204, message: "Arg's value error: product_sale: counted by the service (each paid purchase); it cannot be set" });
  });

  it('lists the subtypes of a known type, or else the types, for an unknown API', async () => {
    expect((await h.post('/api/external', 'shop', 'delete', {}, token)).message).to.equal('Error JSON value: unknown subtype "delete" of shop: one of creat, create, update, list, info');
    expect((await h.post('/api/external', 'shops', 'list', {}, token)).message).to.equal(
      'Error JSON value: unknown type "shops": one of img, sms, portrait, property, shop, pic, product, purchase, wallet',
    );
  });

  it('names every missing required key in one -202', async () => {
    expect(await h.post('/api/external/purchase', 'purchase', 'apply', {}, token)).to.include({
      status: -202,
      message: 'Missing necessary data key-value: product_id, product_num, product_unitprice, product_totalprice',
    });
  });

  it('names the allowed values of a config enum', () => {
    expect(() => buildConfig({ db: { client: 'oracle' } }, '/tmp'))
      .to.throw(ConfigError)
      .with.property('message', 'config: db.client: must be equal to one of the allowed values ("sqlite", "mysql", "pg")');
  });
});
