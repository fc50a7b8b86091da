import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { allMigrations } from '../src/backends/migrations/index.js';
import { backendMatrix, dbConnection, recreateDatabase } from './support/backends.js';
import { startMain, writeConfig } from './support/main-process.js';

const run = promisify(execFile);
const names = allMigrations.map((m) => m.name);

for (const spec of await backendMatrix()) {
  describe(`npm run migrate -- status|latest|rollback, and db.migrateOnStart, on ${spec.db}`, function () {
    this.timeout(120000);
    let config: string;
    const migrateCommand = async (action: string) => {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/migrate.ts', action, '-c', config]);
      return stdout.trim().split('\n');
    };

    before(async () => {
      if (spec.db !== 'sqlite') await recreateDatabase(spec.db);
      const connection = spec.db === 'sqlite' ? { filename: 'campus.sqlite' } : dbConnection(spec.db);
      config = writeConfig({ log: { level: 'info' }, server: { port: 0 }, db: { client: spec.db, connection, migrateOnStart: false } });
    });

    it('lists every migration pending on a fresh database, and a start with migrateOnStart false exits 1 naming them', async () => {
      expect(await migrateCommand('status')).to.deep.equal([...names.map((n) => `pending  ${n}`), `0 applied, ${names.length} pending`]);
      const main = startMain(['-c', config]);
      expect(await main.exited).to.equal(1);
      expect(main.output()).to.contain(`${names.length} migrations are pending (${names.join(', ')}) and db.migrateOnStart is false: run npm run migrate -- latest first`);
    });

    it('runs them with latest, then has nothing to run; status lists them applied', async () => {
      expect(await migrateCommand('latest')).to.deep.equal([`ran ${names.join(', ')}`]);
      expect(await migrateCommand('latest')).to.deep.equal(['nothing to run: the database is current']);
      expect(await migrateCommand('status')).to.deep.equal([...names.map((n) => `applied  ${n}`), `${names.length} applied, 0 pending`]);
    });

    it('rolls back the last batch, and latest runs it again', async () => {
      expect(await migrateCommand('rollback')).to.deep.equal([`rolled back ${[...names].reverse().join(', ')}`]);
      expect((await migrateCommand('status')).at(-1)).to.equal(`0 applied, ${names.length} pending`);
      expect((await migrateCommand('latest'))[0]).to.match(/^ran /);
      // Now current, the start goes on with migrateOnStart false.
      const main = startMain(['-c', config]);
      try {
        const deadline = Date.now() + 20000;
        while (!/listening on/.test(main.output()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        expect(main.output()).to.match(/listening on/);
      } finally {
        main.child.kill('SIGTERM');
        await main.exited;
      }
    });
  });
}
