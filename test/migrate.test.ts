import { expect } from 'chai';
import { migrate, migrationsOf } from '../src/backends/db/migrating.js';
import { backendMatrix } from './support/backends.js';
import { type Harness, startHarness } from './support/harness.js';

const rejection = (promise: Promise<unknown>) => promise.then(() => expect.fail('resolved'), (err: unknown) => err as Error);

for (const spec of await backendMatrix()) {
  describe(`a start's migrations on ${spec.name}`, function () {
    this.timeout(60000);
    let h: Harness;

    before(async () => {
      h = await startHarness(spec, { clean: false });
    });
    after(() => h.close());

    it("finds a current schema current without taking knex's lock, so a lock a crash left behind does not stop a start", async () => {
      await h.context.db('knex_migrations_lock').update({ is_locked: 1 });
      try {
        await migrate(h.context.db, h.config, h.context.log);
        // knex itself takes the lock even with nothing to run: the start did not ask it.
        expect((await rejection(h.context.db.migrate.latest(migrationsOf(h.config, h.context.log)))).message).to.match(/already locked/);
      } finally {
        await h.context.db('knex_migrations_lock').update({ is_locked: 0 });
      }
    });

    it('leaves a migration it does not know (a newer version ran here) to knex, which refuses it', async () => {
      const name = '999_from_a_newer_version.js';
      await h.context.db('knex_migrations').insert({ name, batch: 99, migration_time: new Date() });
      try {
        expect((await rejection(migrate(h.context.db, h.config, h.context.log))).message).to.match(new RegExp(`corrupt.*${name}`));
      } finally {
        await h.context.db('knex_migrations').where({ name }).del();
      }
    });
  });
}
