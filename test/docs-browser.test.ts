import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { chromium, type Browser } from 'playwright-core';
import { registry } from '../handlers/registry.js';
import { ownStatuses } from '../src/rpc/statuses.js';
import { readSchemaFiles } from '../src/schemas.js';
import { SQLITE_MEMORY } from './support/backends.js';
import { type Harness, startHarness } from './support/harness.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** No internet here: Chromium's own background traffic is switched off. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const SCREENSHOT = join('test-results', 'docs.png');

describe('the /docs page, in a real browser (Playwright driving Chromium)', function () {
  this.timeout(60000);
  let h: Harness;
  let browser: Browser;

  before(async function () {
    if (!existsSync(CHROMIUM)) {
      if (process.env.CI === 'true') throw new Error(`CI=true and no Chromium at ${CHROMIUM} (apt-get install chromium)`);
      this.skip(); // no Chromium on this machine: `apt-get install -y chromium` (never skipped under CI=true)
    }
    h = await startHarness(SQLITE_MEMORY);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  });
  after(async () => {
    await browser?.close();
    await h?.close();
  });

  it('shows each group\'s index of APIs and local statuses on first load, short and without errors, and sends img/generate', async () => {
    const { port } = h.server.address() as { port: number };
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requestsElsewhere: string[] = [];
    const errors: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(`http://127.0.0.1:${port}/`)) requestsElsewhere.push(req.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('response', (res) => {
      if (res.status() >= 400) errors.push(`${res.status()} ${res.url()}`);
    });
    const started = Date.now();
    await page.goto(`http://127.0.0.1:${port}/docs`);
    await page.waitForSelector('.opblock-post', { timeout: 20000 });
    const text = await page.locator('#swagger-ui').innerText();
    // Every API and every local status, before any click.
    for (const row of registry) {
      expect(text, `${row.type}/${row.subtype}`).to.contain(`${row.type}/${row.subtype}`);
      for (const status of ownStatuses(row, readSchemaFiles().get(row.schema)?.schema)) expect(text, `${row.type}/${row.subtype} ${status.code}`).to.contain(`${status.code} ${status.message}`);
    }
    for (const message of ['Error JSON key', 'Missing necessary args', 'Args conflict']) expect(text, message).to.contain(message);
    // Operations start closed: the page is an index, not 80,000 pixels of forms.
    expect(await page.locator('.opblock.is-open').count()).to.equal(0);
    const height = (await page.evaluate('document.documentElement.scrollHeight')) as number;
    expect(height, 'page height in px').to.be.below(15000);

    // Opened, an API can be sent at once ("Try it out" is on).
    const generate = page.locator('.opblock-post', { has: page.locator('[data-path="/api/external/captcha#img/generate"]') });
    await generate.locator('.opblock-summary').click();
    await generate.locator('button.execute').click();
    const body = generate.locator('.responses-inner .response-col_description pre').first();
    await body.waitFor({ timeout: 20000 });
    const answer = JSON.parse(await body.innerText()) as { status: number; data: { imgdata?: string; rand?: string } };
    expect(answer.status).to.equal(0);
    expect(answer.data.imgdata).to.be.a('string');
    await body.scrollIntoViewIfNeeded();
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    expect(requestsElsewhere, 'requests to other hosts').to.deep.equal([]);
    expect(errors, 'console errors and failed requests').to.deep.equal([]);
    console.log(`      /docs: ${height} px tall at first load; loaded, checked and tried in ${Date.now() - started} ms; screenshot in ${SCREENSHOT}`);
  });
});
