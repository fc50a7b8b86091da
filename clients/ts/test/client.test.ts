import { expect } from 'chai';
import sharp from 'sharp';
import { SQLITE_MEMORY } from '../../../test/support/backends.js';
import { type Harness, startHarness } from '../../../test/support/harness.js';
import { createClient, TransportError } from '../src/index.js';

describe('the typed client (clients/ts), against a started service', () => {
  let h: Harness;
  let base: string;
  before(async () => {
    h = await startHarness(SQLITE_MEMORY);
    const { port } = h.server.address() as { port: number };
    base = `http://127.0.0.1:${port}`;
  });
  after(() => h.close());

  it('calls each API by its name, typed from data in to answer out, with the token in a header', async () => {
    const seller = createClient({ baseUrl: base, token: await h.token('1180310086') });
    const shop = await seller.shop.creat({ shop_name: '码三秃的店铺', shop_content: '二手教材' });
    expect(shop.status).to.equal(0);
    if (shop.status !== 0) throw new Error(shop.message);
    // Narrowed by its status: data is the answer's type here.
    const shopId: number = shop.data.shop_id;
    const product = await seller.call('product', 'creat', { shop_id: shopId, product_name: '台灯', product_price: 35.5, product_status: 1 });
    if (product.status !== 0) throw new Error(product.message);
    const listed = await seller.product.list({ shop_id: shopId });
    expect(listed.status).to.equal(0);
    if (listed.status === 0) expect(listed.data.map((p) => p.product_name)).to.deep.equal(['台灯']);
    const none = await seller.product.list({ product_name: 'nothing like it' });
    expect(none).to.deep.include({ status: 1, data: [] });
    // A refusal is a status, never a throw.
    const refused = await seller.shop.creat({ shop_name: '码三秃的店铺' });
    expect(refused).to.deep.include({ status: 100, message: 'The shop name was used', data: {} });
    // @ts-expect-error product_num is a number or a string of digits, not a boolean
    void (() => seller.purchase.apply({ product_id: 1, product_num: true, product_unitprice: 1, product_totalprice: 1 }));
    // @ts-expect-error there is no such API
    void (() => seller.call('product', 'delete', {}));
  });

  it('uploads a Blob as multipart: a picture and an avatar, refusals as statuses', async () => {
    const me = '1180310087';
    const client = createClient({ baseUrl: base, token: await h.token(me) });
    const png = await sharp({ create: { width: 3, height: 2, channels: 3, background: '#336699' } }).png().toBuffer();
    const stored = await client.upload('pic/upload', { from: 'shop', name: 'front' }, new Blob([png], { type: 'image/png' }), 'front.png');
    expect(stored.status).to.equal(0);
    if (stored.status === 0) expect(stored.data.url).to.match(/\/get\/pic\/shop\/front$/);
    expect((await client.upload('portrait/upload', { id: me, type: 'png' }, new Blob([png]))).status).to.equal(0);
    expect((await client.upload('portrait/upload', { id: me, type: 'gif' }, new Blob([png]))).status).to.equal(-204);
    // @ts-expect-error only the upload APIs take a file
    void (() => client.upload('shop/creat', { shop_name: 'x' }, new Blob([])));
  });

  it('sends a batch, typed entry by entry, and answers in order', async () => {
    const buyer = createClient({ baseUrl: base, token: () => undefined });
    buyer.setToken(await h.token('1180310090'));
    const [wallet, shops, captcha] = await buyer.batch([
      { type: 'wallet', subtype: 'info', data: {} },
      { type: 'shop', subtype: 'list', data: { limit: 1 } },
      { type: 'img', subtype: 'generate', data: {} },
    ] as const);
    expect([wallet.status, shops.status, captcha.status]).to.deep.equal([0, 0, 0]);
    if (wallet.status === 0) expect(wallet.data).to.deep.equal({ balance: 0, ledger: [], num: 0, held_out: 0, held_in: 0 });
    if (captcha.status === 0) expect(captcha.data.imgdata).to.be.a('string');
  });

  it("takes another base path (the original server's paths behind its proxy), and says when no envelope came", async () => {
    const original = createClient({ baseUrl: base, basePath: '' });
    expect((await original.img.generate({})).status).to.equal(0);
    const anonymous = createClient({ baseUrl: base });
    expect((await anonymous.wallet.info({})).status).to.equal(-100);
    let failed: unknown;
    await createClient({ baseUrl: 'http://127.0.0.1:1' }).img.generate({}).catch((err: unknown) => (failed = err));
    expect(failed).to.be.instanceOf(TransportError);
  });
});
