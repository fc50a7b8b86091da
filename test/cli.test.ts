import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import Database from 'better-sqlite3';

const run = promisify(execFile);

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
