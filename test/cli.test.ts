import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import Database from 'better-sqlite3';

const run = promisify(execFile);

/** `npm run -s <script> -- args` as a developer types it, with `env` added to the environment. */
function npmRun(script: string, args: string[], env: Record<string, string>): Promise<{ stdout: string; stderr: string }> {
  return run('npm', ['run', '-s', script, '--', ...args], { env: { ...process.env, ...env } });
}

describe('commands find the config the server was started with', function () {
  this.timeout(60000);

  it('token → request → wallet → pay, against a server started with a config of its own (CAMPUS_CONFIG)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'campus-first-hour-'));
    const config = join(dir, 'my-config.json');
    writeFileSync(config, JSON.stringify({ server: { port: 0 }, log: { level: 'info' }, db: { client: 'sqlite', connection: { filename: 'campus.sqlite' } }, objects: { dir: 'objects' } }));
    const env = { CAMPUS_CONFIG: config };
    const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    try {
      let output = '';
      server.stdout.on('data', (c: Buffer) => (output += c.toString()));
      server.stderr.on('data', (c: Buffer) => (output += c.toString()));
      const deadline = Date.now() + 20000;
      while (!/listening on http:\/\/[^:]+:(\d+)/.test(output)) {
        if (Date.now() > deadline || server.exitCode !== null) throw new Error(`the server did not start: ${output}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const base = `http://127.0.0.1:${/listening on http:\/\/[^:]+:(\d+)/.exec(output)![1]}`;
      const post = async (path: string, token: string, type: string, subtype: string, data: object) =>
        (await (await fetch(`${base}${path}?token=${token}`, { method: 'POST', body: JSON.stringify({ id: 1, type, subtype, data }) })).json()) as { status: number; data: Record<string, unknown> };

      // The commands print only what was asked for on stdout: a token, a balance.
      const seller = (await npmRun('token', ['1180310086'], env)).stdout;
      const buyer = (await npmRun('token', ['1180310090'], env)).stdout;
      expect(seller).to.match(/^[A-Za-z0-9_-]{32}\n$/);
      const shop = await post('/api/external/shop', seller.trim(), 'shop', 'creat', { shop_name: '码三秃的店铺' });
      expect(shop.status).to.equal(0);
      const product = await post('/api/external/product', seller.trim(), 'product', 'creat', { shop_id: shop.data.shop_id, product_name: '台灯', product_price: 35.5, product_status: 1 });
      const order = { product_id: product.data.product_id, product_num: 2, product_unitprice: 35.5, product_totalprice: 71 };
      const applied = await post('/api/external/purchase', buyer.trim(), 'purchase', 'apply', order);
      expect((await post('/api/external/purchase', buyer.trim(), 'purchase', 'pay', { purchase_id: applied.data.purchase_id, method: 'wallet' })).status).to.equal(102);
      expect((await npmRun('wallet', ['1180310090', '100'], env)).stdout).to.equal('100.00\n');
      expect((await post('/api/external/purchase', buyer.trim(), 'purchase', 'pay', { purchase_id: applied.data.purchase_id, method: 'wallet' })).status).to.equal(0);
      // -c wins over the environment.
      const other = join(dir, 'other.json');
      writeFileSync(other, JSON.stringify({ db: { client: 'sqlite', connection: { filename: 'other.sqlite' } } }));
      const elsewhere = (await npmRun('token', ['1180310091', '-c', other], env)).stdout.trim();
      expect((await post('/api/external/get/shop', elsewhere, 'shop', 'list', {})).status).to.equal(-101);
    } finally {
      server.kill('SIGTERM');
    }
  });
});

describe('commands (npm run token, npm run seed)', function () {
  this.timeout(30000);
  const dir = mkdtempSync(join(tmpdir(), 'campus-cli-'));
  const config = join(dir, 'config.json');
  writeFileSync(config, JSON.stringify({ db: { client: 'sqlite', connection: { filename: 'cli.sqlite' } }, log: { level: 'warn' } }));
  const tsx = (script: string, ...args: string[]) => run(process.execPath, ['--import', 'tsx', script, ...args]);

  it('token issues a token for a user id and prints it', async () => {
    const { stdout } = await tsx('src/cli/token.ts', '1180310086', '-c', config);
    const token = stdout.trim();
    expect(token).to.match(/^[A-Za-z0-9_-]{32}$/);
    const db = new Database(join(dir, 'cli.sqlite'), { readonly: true });
    expect(db.prepare('select user_id from tokens where token = ?').get(token)).to.deep.equal({ user_id: '1180310086' });
    db.close();
  });

  it('token --ttl sets when the token expires (7 days unless given); a malformed duration is refused', async () => {
    const expiry = async (...args: string[]) => {
      const token = (await tsx('src/cli/token.ts', ...args, '1180310087', '-c', config)).stdout.trim();
      const db = new Database(join(dir, 'cli.sqlite'), { readonly: true });
      const row = db.prepare('select expires_at from tokens where token = ?').get(token) as { expires_at: string };
      db.close();
      // Stored in the configured zone (Asia/Shanghai, UTC+8), to the second.
      return (Date.parse(`${row.expires_at.replace(' ', 'T')}+08:00`) - Date.now()) / 1000;
    };
    expect(await expiry('--ttl', '1h')).to.be.within(3600 - 30, 3600 + 1);
    expect(await expiry()).to.be.within(7 * 86400 - 30, 7 * 86400 + 1);
    const failed = await tsx('src/cli/token.ts', '--ttl', 'soon', '1180310087', '-c', config).catch((err: { code: number; stderr: string }) => err);
    expect(failed).to.include({ code: 1 });
    expect((failed as { stderr: string }).stderr).to.contain('--ttl: "soon" is not a duration');
  });

  it('wallet --debit takes money back with a reason, never below 0, written to the ledger as adjust', async () => {
    expect((await tsx('src/cli/wallet.ts', '1180310088', '10', '-c', config)).stdout).to.equal('10.00\n');
    expect((await tsx('src/cli/wallet.ts', '1180310088', '--debit', '3.50', '--reason', 'refund by hand, ticket 42', '-c', config)).stdout).to.equal('6.50\n');
    const refused = await tsx('src/cli/wallet.ts', '1180310088', '--debit', '7', '--reason', 'too much', '-c', config).catch((err: { code: number; stderr: string }) => err);
    expect(refused).to.include({ code: 1 });
    expect((refused as { stderr: string }).stderr).to.contain('the wallet holds less than 7.00: nothing taken');
    const unexplained = await tsx('src/cli/wallet.ts', '1180310088', '--debit', '1', '-c', config).catch((err: { code: number; stderr: string }) => err);
    expect((unexplained as { stderr: string }).stderr).to.contain('--debit needs --reason');
    const db = new Database(join(dir, 'cli.sqlite'), { readonly: true });
    const ledger = db.prepare("select kind, amount, note from wallet_ledger where user_id = '1180310088' order by id").all();
    const balance = db.prepare('select wealth from users where id = 1180310088').get();
    db.close();
    expect(ledger).to.deep.equal([
      { kind: 'credit', amount: 10, note: null },
      { kind: 'adjust', amount: -3.5, note: 'refund by hand, ticket 42' },
    ]);
    expect(balance).to.deep.equal({ wealth: 6.5 });
  });

  it('warns at start that /metrics is open when the service listens beyond loopback without metrics.token', async () => {
    const open = join(dir, 'open.json');
    writeFileSync(open, JSON.stringify({ server: { host: '0.0.0.0', port: 0 }, db: { client: 'sqlite', connection: { filename: 'open.sqlite' } }, log: { level: 'info' } }));
    const main = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', '-c', open], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    main.stdout.on('data', (c: Buffer) => (output += c.toString()));
    try {
      const deadline = Date.now() + 20000;
      while (!output.includes('listening on') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(output).to.contain('GET /metrics is open to anyone who reaches 0.0.0.0:0: set metrics.token (CAMPUS_METRICS_TOKEN)');
    } finally {
      main.kill('SIGTERM');
    }
  });

  it('token refuses a malformed user id', async () => {
    const failed = await tsx('src/cli/token.ts', 'not a user!', '-c', config).catch((err: { code: number; stderr: string }) => err);
    expect(failed).to.include({ code: 1 });
    expect((failed as { stderr: string }).stderr).to.match(/usage/);
  });

  it('seed loads N realistic posts', async () => {
    const { stdout } = await tsx('src/cli/seed.ts', '--posts', '450', '-c', config);
    expect(stdout).to.contain('seeded 450 posts');
    const db = new Database(join(dir, 'cli.sqlite'), { readonly: true });
    const rows = db.prepare('select type, title, user_id from property').all() as { type: number; title: string }[];
    const indexed = db.prepare('select count(distinct property_id) n from property_gram').get() as { n: number };
    db.close();
    expect(indexed.n).to.equal(450); // every seeded post is in the search index
    expect(rows).to.have.length(450);
    expect(rows.every((r) => (r.type === 1 || r.type === 2) && [...r.title].length <= 20)).to.equal(true);
  });

});
