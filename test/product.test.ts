import { expect } from 'chai';
import { listProducts } from '../src/services/market/products.js';
import { backendMatrix } from './support/backends.js';
import { ManualClock, ScriptedRandom } from './support/fakes.js';
import { type Answer, type Harness, startHarness } from './support/harness.js';

const SHOP = '/api/external/shop';
const PRODUCT = '/api/external/product';
const GET_PRODUCT = '/api/external/get/product';

interface ProductRow {
  product_id: number;
  shop_id: number;
  product_name: string;
  product_price: number;
  product_disprice: number | null;
  product_status: number;
  product_click: number;
  product_sale: number;
}

for (const spec of await backendMatrix()) {
  describe(`products on ${spec.name}`, () => {
    let h: Harness;
    const clock = new ManualClock(Date.UTC(2026, 10, 24, 2, 0, 0));
    const random = new ScriptedRandom();
    let seller: string;
    let other: string;
    let buyer: string;
    let shopId: number;
    let otherShopId: number;

    before(async () => {
      h = await startHarness(spec, { overrides: { clock, random } });
      seller = await h.token('5000000001');
      other = await h.token('5000000002');
      buyer = await h.token('5000000003');
      shopId = (await h.post(SHOP, 'shop', 'creat', { shop_name: `product shop ${spec.name}` }, seller)).data.shop_id as number;
      otherShopId = (await h.post(SHOP, 'shop', 'creat', { shop_name: `other shop ${spec.name}` }, other)).data.shop_id as number;
    });
    after(() => h.close());

    const creat = (data: Record<string, unknown>, token = seller) =>
      h.post(PRODUCT, 'product', 'creat', { product_name: '二手书', product_price: 10, shop_id: shopId, product_status: 1, ...data }, token);
    const update = (data: Record<string, unknown>, token = seller) => h.post(PRODUCT, 'product', 'update', { shop_id: shopId, product_status: 1, ...data }, token);
    const list = (data: Record<string, unknown>, token = buyer) => h.post(GET_PRODUCT, 'product', 'list', data, token);
    const info = (productId: unknown, token = buyer) => h.post(GET_PRODUCT, 'product', 'info', { product_id: productId }, token);
    const rowOf = (answer: Answer) => answer.data as unknown as ProductRow;
    const stored = (productId: unknown) => h.context.db('product').where('product_id', Number(productId)).first();

    describe('money is exact', () => {
      it('round-trips 0.01, 999999.99, 1000000 and numeric strings to the cent', async () => {
        for (const [sent, answered] of [[0.01, 0.01], ['0.10', 0.1], [999999.99, 999999.99], ['1000000', 1000000], [0, 0], ['12.5', 12.5], [100.5, 100.5]] as const) {
          const made = await creat({ product_price: sent });
          expect(made.status, String(sent)).to.equal(0);
          expect(rowOf(await info(made.data.product_id, seller)).product_price, String(sent)).to.equal(answered);
        }
      });

      it('takes 0.1 + 0.2 as the client computed it only if that is a whole number of cents', async () => {
        // 0.1 + 0.2 in binary floating point is 0.30000000000000004: more than two decimals, refused, never rounded.
        expect((await creat({ product_price: 0.1 + 0.2 })).status).to.equal(-204);
        const made = await creat({ product_price: '0.30', product_disprice: 0.3 });
        const row = await stored(made.data.product_id);
        // The database holds exact decimals: the cents, whatever form the driver hands them back in.
        expect(Math.round(Number(row.product_price) * 100)).to.equal(30);
        expect(String(row.product_price)).to.match(/^0?\.30?$|^0\.3$/);
        expect(rowOf(await info(made.data.product_id, seller))).to.include({ product_price: 0.3, product_disprice: 0.3 });
      });

      it('refuses more than 2 decimals, negatives, and more than 1000000 with -204; text that is no number with -203', async () => {
        for (const price of [0.001, '1.234', -1, '-0.01', 1000000.01, '1000001', 1e-7]) expect((await creat({ product_price: price })).status, String(price)).to.equal(-204);
        for (const price of ['ten', '1,5', '', true, null]) expect((await creat({ product_price: price })).status, String(price)).to.be.oneOf([-203, -201]);
      });
    });

    describe('creat and update', () => {
      it('creates a product with a random 7-digit id in the caller\'s shop, counters at 0', async () => {
        const made = await creat({ product_content: '<b>九成新</b>', product_key: '书|教材', pic_url: 'https://p/1.png', product_status: '0' });
        expect(made.status).to.equal(0);
        expect(String(made.data.product_id)).to.match(/^[1-9]\d{6}$/);
        expect(rowOf(await info(made.data.product_id, seller))).to.deep.include({
          shop_id: shopId,
          product_content: '<b>九成新</b>',
          product_key: '书|教材',
          product_status: 0,
          product_sale: 0,
          product_click: 0,
          product_collection: 0,
          product_disprice: null,
          creat_time: '2026-11-24 10:00:00',
        });
      });

      it('draws another id when the random one is taken', async () => {
        random.ints.push(4517733);
        expect((await creat({})).data.product_id).to.equal(4517733);
        random.ints.push(4517733, 4517734);
        expect((await creat({})).data.product_id).to.equal(4517734);
      });

      it('answers 100 and creates nothing in a shop that is not the caller\'s or does not exist', async () => {
        const before = await h.context.db('product').count({ n: '*' }).first();
        expect(await creat({ shop_id: otherShopId })).to.include({ status: 100, message: 'No right to operate: shop_id' });
        expect((await creat({ shop_id: 123456789 })).status).to.equal(100);
        expect(await h.context.db('product').count({ n: '*' }).first()).to.deep.equal(before);
      });

      it('refuses counters, status 2 at creation, and a discount above the price with -204', async () => {
        for (const data of [{ product_sale: 5 }, { product_click: 0 }, { product_collection: 1 }, { product_status: 2 }, { product_disprice: 11 }, { product_name: 'x'.repeat(101) }]) {
          expect((await creat(data)).status, JSON.stringify(data)).to.equal(-204);
        }
        expect((await creat({ product_content: 'x'.repeat(5001) })).status).to.equal(-204);
        expect((await creat({ product_name: undefined })).status).to.equal(-202);
      });

      it('updates the owner\'s product: fields, prices, a discount cleared by null; update_time moves', async () => {
        const id = (await creat({ product_price: 20 })).data.product_id;
        clock.advance(60);
        expect((await update({ product_id: id, product_name: '新名字', product_price: '18.80', product_disprice: 15.5 })).status).to.equal(0);
        expect(rowOf(await info(id, seller))).to.include({ product_name: '新名字', product_price: 18.8, product_disprice: 15.5, update_time: '2026-11-24 10:01:00' });
        expect((await update({ product_id: id, product_disprice: null })).status).to.equal(0);
        expect(rowOf(await info(id, seller)).product_disprice).to.equal(null);
        // A discount must stay at or below the price, whichever of the two the request changes.
        expect((await update({ product_id: id, product_disprice: 19 })).status).to.equal(-204);
        expect((await update({ product_id: id, product_disprice: 10 })).status).to.equal(0);
        expect((await update({ product_id: id, product_price: 9.99 })).status).to.equal(-204);
        expect(rowOf(await info(id, seller))).to.include({ product_price: 18.8, product_disprice: 10 });
      });

      it('answers 100 and changes nothing for another\'s product, a product of another shop, or none', async () => {
        const id = (await creat({ product_name: '我的' })).data.product_id;
        const othersId = (await creat({ shop_id: otherShopId, product_name: '别人的' }, other)).data.product_id;
        expect((await update({ product_id: id, product_name: '抢' }, other)).status).to.equal(100);
        expect((await update({ product_id: id, shop_id: otherShopId, product_name: '抢' }, other)).status).to.equal(100);
        expect((await update({ product_id: othersId, product_name: '抢' })).status).to.equal(100);
        expect((await update({ product_id: 1234567, product_name: '抢' })).status).to.equal(100);
        expect(rowOf(await info(id, seller)).product_name).to.equal('我的');
        expect(rowOf(await info(othersId, other)).product_name).to.equal('别人的');
      });

      it('refuses a request that sets a counter with -204', async () => {
        const id = (await creat({})).data.product_id;
        for (const counter of ['product_sale', 'product_click', 'product_collection']) {
          expect((await update({ product_id: id, [counter]: 999 })).status, counter).to.equal(-204);
        }
        expect(rowOf(await info(id, seller))).to.include({ product_sale: 0, product_collection: 0 });
      });
    });

    describe('visibility, info and list', () => {
      let onSale: number;
      let offSale: number;
      let deleted: number;
      let listShop: number;
      before(async () => {
        listShop = (await h.post(SHOP, 'shop', 'creat', { shop_name: `list shop ${spec.name}` }, seller)).data.shop_id as number;
        const make = async (name: string, price: number, status: number, key = '') => {
          clock.advance(60);
          return (await creat({ shop_id: listShop, product_name: name, product_price: price, product_status: status, product_key: key })).data.product_id as number;
        };
        onSale = await make('Calculus 教材', 30, 1, '数学|教材');
        await make('Linear Algebra 100%_new', 25.5, 1, '数学');
        await make('台灯', 45, 1, '宿舍');
        offSale = await make('Calculus 习题', 12, 0, '数学');
        deleted = await make('旧台灯', 5, 1);
        expect((await update({ shop_id: listShop, product_id: deleted, product_status: 2 })).status).to.equal(0);
      });

      const names = (answer: Answer) => (answer.data as unknown as ProductRow[]).map((r) => r.product_name);

      it('shows a product on sale to anyone, counting the click of anyone but the owner, atomically', async () => {
        expect(rowOf(await info(onSale, seller)).product_click).to.equal(0);
        const reads = await Promise.all(Array.from({ length: 10 }, () => info(onSale)));
        expect(reads.every((r) => r.status === 0)).to.equal(true);
        expect(rowOf(await info(onSale, seller)).product_click).to.equal(10);
      });

      it('counts every click of many concurrent reads over several products, each read answered after its click is stored', async () => {
        const products = [(await creat({})).data.product_id, (await creat({})).data.product_id, (await creat({})).data.product_id] as number[];
        const reads = [...Array(15).fill(products[0]), ...Array(4).fill(products[1]), ...Array(1).fill(products[2])] as number[];
        const answers = await Promise.all(reads.map(async (id) => {
          const answer = await info(id, other);
          // Stored by the time the read is answered: the count is at least this read's.
          expect(Number((await stored(id)).product_click)).to.be.at.least(rowOf(answer).product_click);
          return answer;
        }));
        expect(answers.every((a) => a.status === 0)).to.equal(true);
        for (const [id, clicks] of [[products[0], 15], [products[1], 4], [products[2], 1]] as const) {
          expect(Number((await stored(id)).product_click), String(id)).to.equal(clicks);
        }
      });

      it('reads concurrent products in one statement, each read answered with a row of its own', async () => {
        const statements: string[] = [];
        const seen = (query: { sql: string }) => statements.push(query.sql);
        h.context.db.on('query', seen);
        try {
          const ids = [onSale, 1234567, offSale, onSale, deleted];
          const rows = await Promise.all(ids.map((id) => h.context.productReads.submit(id)));
          expect(statements.filter((sql) => sql.includes('owner_id'))).to.have.length(1);
          expect(rows.map((row) => row?.product_id)).to.deep.equal([onSale, undefined, offSale, onSale, deleted]);
          expect(rows.map((row) => row?.product_status)).to.deep.equal([1, undefined, 0, 1, 2]);
          expect(String(rows[0]?.owner_id)).to.equal('5000000001');
          expect(rows[0]).to.not.equal(rows[3]);
        } finally {
          h.context.db.off('query', seen);
        }
      });

      it('hides off-sale and deleted products from everyone but the owner: 100 "Error Product id"', async () => {
        expect(await info(offSale)).to.deep.include({ status: 100, message: 'Error Product id', data: {} });
        expect((await info(deleted)).status).to.equal(100);
        expect((await info(1234567)).status).to.equal(100);
        expect((await info(offSale, seller)).status).to.equal(0);
        expect((await info(deleted, seller)).status).to.equal(0);
        expect(rowOf(await info(offSale, seller)).product_click).to.equal(0);
      });

      it('lists products on sale by name and key fragments (case-insensitive, % and _ literal), ANDed', async () => {
        expect(names(await list({ shop_id: listShop }))).to.deep.equal(['Calculus 教材', 'Linear Algebra 100%_new', '台灯']);
        expect(names(await list({ product_name: 'CALCULUS' }))).to.deep.equal(['Calculus 教材']);
        expect(names(await list({ product_name: '%_' }))).to.deep.equal(['Linear Algebra 100%_new']);
        expect(names(await list({ product_key: '数学', shop_id: listShop }))).to.deep.equal(['Calculus 教材', 'Linear Algebra 100%_new']);
        expect(names(await list({ product_key: '数学', product_name: 'linear' }))).to.deep.equal(['Linear Algebra 100%_new']);
        expect(await list({ product_name: 'nothing like it' })).to.deep.include({ status: 1, message: 'Empty records', data: [] });
      });

      it('answers every column, with prices as JSON numbers', async () => {
        const row = (await list({ shop_id: listShop, product_name: 'Linear' })).data as unknown as Record<string, unknown>[];
        expect(Object.keys(row[0]!)).to.have.members([
          'product_id', 'shop_id', 'product_name', 'product_content', 'product_key', 'product_price', 'product_disprice', 'product_sale',
          'product_click', 'product_collection', 'pic_url', 'product_status', 'creat_time', 'update_time',
        ]);
        expect(row[0]).to.include({ product_price: 25.5, product_disprice: null });
      });

      it('lists off sale, all and deleted only for the owner of the shop_id given', async () => {
        expect(names(await list({ shop_id: listShop, type: 'down' }, seller))).to.deep.equal(['Calculus 习题']);
        expect(names(await list({ shop_id: listShop, type: 'all' }, seller))).to.deep.equal(['Calculus 教材', 'Linear Algebra 100%_new', '台灯', 'Calculus 习题']);
        expect(names(await list({ shop_id: listShop, type: 'del' }, seller))).to.deep.equal(['旧台灯']);
        for (const type of ['down', 'all', 'del']) {
          expect((await list({ shop_id: listShop, type })).status, type).to.equal(100);
          expect((await list({ type }, seller)).status, `${type} without shop_id`).to.equal(100);
        }
      });

      it('orders by a checked list of columns, ties broken by product_id; -204 for anything else', async () => {
        expect(names(await list({ shop_id: listShop, order: 'product_price DESC' }))).to.deep.equal(['台灯', 'Calculus 教材', 'Linear Algebra 100%_new']);
        expect(names(await list({ shop_id: listShop, order: 'product_price asc' }))).to.deep.equal(['Linear Algebra 100%_new', 'Calculus 教材', '台灯']);
        for (const order of ['product_price DESC; DROP TABLE product', 'user_id ASC', 'product_price', '1 DESC']) expect((await list({ order })).status, order).to.equal(-204);
      });

      it('pages with limit and offset', async () => {
        expect(names(await list({ shop_id: listShop, limit: 2 }))).to.deep.equal(['Calculus 教材', 'Linear Algebra 100%_new']);
        expect(names(await list({ shop_id: listShop, limit: '2', offset: '2' }))).to.deep.equal(['台灯']);
        expect((await list({ shop_id: listShop, limit: 201 })).status).to.equal(-204);
      });
    });

    describe('lists asked for by many at once', () => {
      let shop: number;
      before(async () => {
        shop = (await h.post(SHOP, 'shop', 'creat', { shop_name: `shared lists ${spec.name}` }, seller)).data.shop_id as number;
        await creat({ shop_id: shop, product_name: 'shared 0' });
      });

      it('reads one list asked for 20 times at once in one statement, the same list to everyone', async () => {
        const statements: string[] = [];
        const seen = (query: { sql: string }) => statements.push(query.sql);
        h.context.db.on('query', seen);
        try {
          const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => listProducts(h.context, String(5000000010 + i), { shop_id: shop, product_name: 'SHARED' })));
          // Asked in one turn of the event loop, all 20 share the query sent at the next.
          expect(statements.filter((sql) => sql.includes('page'))).to.have.length(1);
          expect(answers.map((answer) => (answer as ProductRow[]).map((row) => row.product_name))).to.deep.equal(Array(20).fill(['shared 0']));
          // Nothing else was read: a list of products on sale needs no owner's check.
          expect(statements).to.have.length(1);
        } finally {
          h.context.db.off('query', seen);
        }
      });

      it('lists, to readers that loop while products are added, every product acknowledged before they asked', async function () {
        this.timeout(120000);
        // A crowded shop makes each list a sort of its 20,000 rows: a query is out long enough for adds
        // to be acknowledged while it is, which is when a list that joined it would miss them. SQLite's
        // queries run synchronously, so none is out while another list is asked for: it needs no crowd.
        const crowded = shop;
        const crowd = spec.db === 'sqlite' ? 0 : 20000;
        // Its ids are above those product/creat draws, so that the adds never meet them.
        for (let first = 0; first < crowd; first += 500) {
          await h.context.db('product').insert(Array.from({ length: 500 }, (_, i) => ({
            product_id: 10000000 + first + i, shop_id: crowded, product_name: `old ${first + i}`, product_content: '', product_key: '', product_price: '1.00',
            product_disprice: null, pic_url: '', product_status: 1, creat_time: '2026-01-01 00:00:00', update_time: '2026-01-01 00:00:00',
          })));
        }
        const acknowledged: number[] = [];
        let adding = true;
        const adder = (async () => {
          try {
            for (let i = 1; i <= 30; i++) {
              clock.advance(1);
              acknowledged.push((await creat({ shop_id: crowded, product_name: `new ${i}` })).data.product_id as number);
            }
          } finally {
            adding = false;
          }
        })();
        let lists = 0;
        // In the service's own process, so that a list is asked for the moment an add is acknowledged.
        const readers = Array.from({ length: 20 }, async (_, reader) => {
          while (adding) {
            // Out of step with each other, as requests come: some while a query is out, some as it ends.
            await new Promise((r) => setTimeout(r, reader % 5));
            const before = [...acknowledged];
            const answer = await listProducts(h.context, String(5000000010 + reader), { shop_id: crowded, order: 'creat_time DESC', limit: 40 });
            const got = new Set((answer as ProductRow[]).map((row) => row.product_id));
            expect(before.filter((id) => !got.has(id)), 'acknowledged before the list was asked, missing from it').to.deep.equal([]);
            lists++;
          }
        });
        await Promise.all([adder, ...readers]);
        expect(lists).to.be.greaterThan(20);
      });
    });

    it('ids and product ids are unique under concurrent creation', async () => {
      const made = await Promise.all(Array.from({ length: 20 }, (_, i) => creat({ product_name: `并发 ${i}` })));
      expect(made.every((m) => m.status === 0)).to.equal(true);
      expect(new Set(made.map((m) => m.data.product_id)).size).to.equal(20);
    });
  });
}
