import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { SQLITE_MEMORY } from './support/backends.js';
import { type Harness, startHarness } from './support/harness.js';

const run = promisify(execFile);
const TYPESCRIPT = (JSON.parse(readFileSync('node_modules/typescript/package.json', 'utf8')) as { version: string }).version;

/** What a front end writes after `npm install @campus/client`, as the package's README shows it. */
const EXAMPLE = `
import { createClient, TransportError } from '@campus/client';

// Where a page has its settings (here, the test's environment; no @types/node in a front end).
declare const process: { env: Record<string, string | undefined> };

const client = createClient({ baseUrl: process.env.BASE_URL, token: () => process.env.TOKEN });
const shop = await client.shop.creat({ shop_name: '打包测试的店' });
if (shop.status !== 0) throw new Error(shop.message);
const product = await client.product.creat({ shop_id: shop.data.shop_id, product_name: '台灯', product_price: 35.5, product_status: 1 });
const page = await client.product.list({ product_name: '台灯', limit: 20 });
const names: string[] = page.status === 0 ? page.data.map((p) => p.product_name) : [];
const found = await client.searchProperty({ type: 1, key: '一卡通' });
const titles: string[] = found.status === 0 ? found.data.map((notice) => notice.title ?? '') : [];
const png = Uint8Array.from(atob(process.env.PNG ?? ''), (c) => c.charCodeAt(0));
const stored = await client.upload('pic/upload', { from: 'product', name: 'lamp' }, new Blob([png], { type: 'image/png' }), 'lamp.png');
const url = stored.status === 0 ? stored.data.url : '';
const copy = client.pictureUrl('product', 'lamp', { width: 160 });
let offline = false;
await createClient({ baseUrl: 'http://127.0.0.1:1' }).img.generate({}).catch((err: unknown) => (offline = err instanceof TransportError));
console.log(JSON.stringify({ product: product.status, names, titles, url, copy, offline }));
`;

describe('@campus/client as a package: packed, installed into a fresh project, type-checked and run', function () {
  this.timeout(180000);
  let h: Harness;
  before(async () => {
    h = await startHarness(SQLITE_MEMORY);
  });
  after(() => h.close());

  it('lists products, searches the lost and found, and uploads a picture against the running service', async () => {
    const work = mkdtempSync(join(tmpdir(), 'campus-client-'));
    await run('npm', ['pack', '--pack-destination', work], { cwd: resolve('clients/ts') });
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
    expect(tarball).to.match(/^campus-client-.*\.tgz$/);
    const app = join(work, 'app');
    await run('mkdir', [app]);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'front-end', private: true, type: 'module' }));
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, tarball as string), `typescript@${TYPESCRIPT}`], { cwd: app });
    writeFileSync(join(app, 'example.ts'), EXAMPLE);
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, lib: ['ES2022', 'DOM'], types: [], skipLibCheck: false }, files: ['example.ts'] }),
    );
    // Type-checked by the project's own TypeScript against the installed package's declarations.
    await run(join(app, 'node_modules', '.bin', 'tsc'), ['-p', app], { cwd: app });

    const seller = await h.token('1180310086');
    expect((await h.post('/api/external/property', 'property', 'add', { type: 1, lab: '卡类|一卡通', title: '丢了一卡通', content: '在图书馆三楼丢的', user_name: '甲' }, seller)).status).to.equal(0);
    const png = (await (await import('sharp')).default({ create: { width: 2, height: 2, channels: 3, background: '#336699' } }).png().toBuffer()).toString('base64');
    const base = `http://127.0.0.1:${(h.server.address() as AddressInfo).port}`;
    const { stdout } = await run(process.execPath, [join(app, 'example.js')], { cwd: app, env: { ...process.env, BASE_URL: base, TOKEN: seller, PNG: png } });
    expect(JSON.parse(stdout)).to.deep.equal({
      product: 0,
      names: ['台灯'],
      titles: ['丢了一卡通'],
      // The service's URLs start at server.publicBaseUrl (here, its configured host and port).
      url: 'http://127.0.0.1:4081/api/external/get/pic/product/lamp',
      copy: `${base}/api/external/get/pic/product/lamp?w=160`,
      offline: true,
    });
  });
});
