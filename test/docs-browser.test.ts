import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { chromium, type Browser } from 'playwright-core';
import { registry } from '../handlers/registry.js';
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

  it('shows every type, subtype and status table on first load, and sends img/generate from the page', async () => {
    const { port } = h.server.address() as { port: number };
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requestsElsewhere: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(`http://127.0.0.1:${port}/`)) requestsElsewhere.push(req.url());
    });
    const started = Date.now();
    await page.goto(`http://127.0.0.1:${port}/docs`);
    await page.waitForSelector('.opblock-post', { timeout: 20000 });
    const text = await page.locator('#swagger-ui').innerText();
    for (const row of registry) expect(text, `${row.type}/${row.subtype}`).to.contain(`${row.type}/${row.subtype}`);
    for (const message of ['Error JSON key', 'Missing necessary args', '验证码hash值不匹配', 'Balance is not enough', 'Args conflict']) expect(text, message).to.contain(message);

    // Try it out is on from the start; the captcha path's first example is img/generate.
    // The captcha path is listed under both of its types' tags: the first is the image captcha's.
    const captcha = page.locator('.opblock-post', { has: page.locator('[data-path="/api/external/captcha"]') }).first();
    await captcha.locator('button.execute').click();
    const body = captcha.locator('.responses-inner .response-col_description pre').first();
    await body.waitFor({ timeout: 20000 });
    const answer = JSON.parse(await body.innerText()) as { status: number; data: { imgdata?: string; rand?: string } };
    expect(answer.status).to.equal(0);
    expect(answer.data.imgdata).to.be.a('string');
    await body.scrollIntoViewIfNeeded();
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    expect(requestsElsewhere, 'requests to other hosts').to.deep.equal([]);
    console.log(`      /docs loaded, checked and tried in ${Date.now() - started} ms; screenshot in ${SCREENSHOT}`);
  });
});
