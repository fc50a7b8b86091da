import { backendMatrix, dropRunDatabases } from './support/backends.js';

// A root hook: once every suite has run, the databases this run made are dropped, so that runs leave
// nothing behind on a shared server (each run's are its own: see RUN in support/backends.ts).
after("drops this run's databases", async function () {
  this.timeout(60000);
  for (const spec of await backendMatrix()) if (spec.db !== 'sqlite') await dropRunDatabases(spec.db);
});
