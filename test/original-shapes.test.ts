import { expect } from 'chai';
import { registry } from '../handlers/registry.js';
import { captchaHash } from '../src/services/captcha/captcha.js';
import { Wallets } from '../src/services/market/wallets.js';
import { backendMatrix } from './support/backends.js';
import { ScriptedRandom } from './support/fakes.js';
import { type Answer, type Harness, startHarness } from './support/harness.js';
import { picture } from './support/images.js';
import { requestSms, solvedImageHash } from './support/sms-flow.js';
import { type JsonType, ORIGINAL_ANSWERS, type Shape, propertyRow } from './fixtures/original-answers.js';

function jsonType(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

/** The original's fields are all there, in its order (the service's own may follow or sit between), of its types. */
function expectShape(what: string, value: unknown, shape: Shape): void {
  expect(jsonType(value), what).to.equal('object');
  const row = value as Record<string, unknown>;
  for (const [field, types] of Object.entries(shape)) {
    expect(row, `${what}: ${field}`).to.have.property(field);
    expect(types, `${what}: ${field} is ${jsonType(row[field])}`).to.include(jsonType(row[field]));
  }
  const ours = Object.keys(row).filter((key) => key in shape);
  expect(ours, `${what}: the original's order`).to.deep.equal(Object.keys(shape));
}

for (const spec of await backendMatrix()) {
  describe(`answers shaped as the original's (${spec.name})`, function () {
    this.timeout(60000);
    let h: Harness;
    const random = new ScriptedRandom();
    const answers = new Map<string, Answer>();

    before(async () => {
      h = await startHarness(spec, { overrides: { random } });
      const seller = await h.token('1180310086');
      const buyerId = '1180310090';
      const buyer = await h.token(buyerId);
      const wallets = new Wallets(h.config.wallet, () => '2026-12-06 10:00:00');
      await wallets.credit(h.context.db, buyerId, 100_000);
      const post = async (path: string, type: string, subtype: string, data: Record<string, unknown>, token?: string) => {
        const answer = await h.post(path, type, subtype, data, token);
        expect(answer.status, `${type}/${subtype}: ${answer.message}`).to.equal(0);
        answers.set(`${type}/${subtype}`, answer);
        return answer.data;
      };

      await post('/api/external/captcha', 'img', 'generate', {});
      random.strings.push('ABCDE', 'shape01');
      await h.post('/api/external/captcha', 'img', 'generate', {});
      await post('/api/external/captcha', 'img', 'validate', { hash: captchaHash('ABCDE', 'shape01') });
      const imageHash = await solvedImageHash(h, random);
      random.strings.push('123456', 'smsshape');
      const sms = await requestSms(h, '13812345678', imageHash);
      expect(sms.status).to.equal(0);
      answers.set('sms/generate', sms);
      await post('/api/external/captcha', 'sms', 'validate', { hash: captchaHash('123456', 'smsshape'), phone: '13812345678' });

      const png = await picture('png', 'shape');
      await post('/api/external/portrait', 'portrait', 'upload', { id: '1180310086', type: 'png', base64: png.toString('base64') }, seller);
      await post('/api/external/pic', 'pic', 'upload', { from: 'shop', base64: png.toString('base64') }, seller);
      const notice = { type: 1, lab: '卡类', title: '丢了一卡通', content: '在图书馆三楼', user_name: '王凌超' };
      const { uid } = await post('/api/external/property', 'property', 'add', notice, seller);
      await post('/api/external/property', 'property', 'update', { id: uid, state: 1 }, seller);
      const listed = await h.http.get('/api/external/get/property').query({ token: seller, type: 1 });
      answers.set('GET property', listed.body as Answer);
      await post('/api/external/property', 'property', 'delete', { id: uid }, seller);

      const { shop_id: shopId } = await post('/api/external/shop', 'shop', 'creat', { shop_name: `码三秃 ${spec.name}` }, seller);
      await post('/api/external/shop', 'shop', 'create', { shop_name: `码三秃 2 ${spec.name}` }, seller);
      await post('/api/external/shop', 'shop', 'update', { shop_id: shopId, shop_content: '码三秃团队的店铺' }, seller);
      await post('/api/external/get/shop', 'shop', 'list', {}, seller);
      await post('/api/external/get/shop', 'shop', 'info', { shop_id: shopId }, seller);
      const product = { shop_id: shopId, product_name: '测试商品', product_price: 100.5, product_status: 1, product_key: '测试|商品' };
      const { product_id: productId } = await post('/api/external/product', 'product', 'creat', product, seller);
      await post('/api/external/product', 'product', 'create', product, seller);
      await post('/api/external/product', 'product', 'update', { product_id: productId, shop_id: shopId, product_status: 1, product_disprice: 99.99 }, seller);
      await post('/api/external/get/product', 'product', 'list', { shop_id: shopId }, buyer);
      await post('/api/external/get/product', 'product', 'info', { product_id: productId }, buyer);

      const order = { product_id: productId, product_num: 1, product_unitprice: 99.99, product_totalprice: 99.99 };
      const { purchase_id: paid } = await post('/api/external/purchase', 'purchase', 'apply', order, buyer);
      await post('/api/external/purchase', 'purchase', 'pay', { purchase_id: paid, method: 'wallet' }, buyer);
      const { purchase_id: cancelled } = await post('/api/external/purchase', 'purchase', 'apply', order, buyer);
      await post('/api/external/purchase', 'purchase', 'cancel', { purchase_id: cancelled }, buyer);
      await post('/api/external/purchase', 'purchase', 'info', { purchase_id: paid }, buyer);
      await post('/api/external/purchase', 'purchase', 'list', {}, buyer);
    });
    after(() => h?.close());

    for (const row of registry) {
      const key = `${row.type}/${row.subtype}`;
      const original = ORIGINAL_ANSWERS[key];
      if (original === undefined) {
        it(`${key}: is listed as the original's or as new`, () => expect.fail(`add ${key} to test/fixtures/original-answers.ts`));
        continue;
      }
      if (original === null) continue; // new in this service: its answer schema is its contract
      it(`${key}: the original's fields, in its order and JSON types`, () => {
        const answer = answers.get(key);
        expect(answer, `${key} was answered`).to.not.equal(undefined);
        expect(answer).to.include({ status: 0, message: 'successful' });
        const data = answer?.data as unknown;
        if ('object' in original) {
          expectShape(key, data, original.object);
          // An answer the original gave as {} is {} here too.
          if (Object.keys(original.object).length === 0) expect(data).to.deep.equal({});
        } else if ('rows' in original) {
          expect(data, key).to.be.an('array').with.length.above(0);
          for (const [i, item] of (data as unknown[]).entries()) expectShape(`${key}[${i}]`, item, original.rows);
        } else {
          expectShape(key, data, { num: ['integer'], list: ['array'] });
          const { num, list } = data as { num: number; list: unknown[] };
          expect(num).to.equal(list.length).and.to.be.above(0);
          for (const [i, item] of list.entries()) expectShape(`${key}.list[${i}]`, item, original.numList);
        }
      });
    }

    it("GET property: the original's row fields, in its order and JSON types", () => {
      const answer = answers.get('GET property');
      expect(answer).to.include({ id: -1, status: 0, message: 'successful' });
      const rows = answer?.data as unknown as unknown[];
      expect(rows).to.be.an('array').with.length.above(0);
      for (const [i, item] of rows.entries()) expectShape(`GET property[${i}]`, item, propertyRow);
    });
  });
}
