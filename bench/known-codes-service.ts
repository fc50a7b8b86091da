/**
 * The service as main.ts serves it, in one process, but drawing every image captcha with the code
 * KNOWN_CODE (the tests' knownCodes), so that the bench can solve what one instance draws on another
 * (kv-topologies.ts).
 */
import { registry } from '../handlers/registry.js';
import { loadConfig } from '../src/config.js';
import { createContext } from '../src/context.js';
import { createApp } from '../src/http/app.js';
import { createHttpServer } from '../src/http/server.js';
import { createLogger } from '../src/log.js';
import { knownCodes } from '../test/support/fakes.js';

if (process.argv[1]?.endsWith('known-codes-service.ts')) {
  const config = loadConfig(process.argv[2]);
  const log = createLogger(config.log.level);
  const context = await createContext(config, log, { random: knownCodes });
  const { server } = createHttpServer(createApp(context, registry), config.server, log);
  // Said on stdout whatever the log's level: the bench waits for it.
  server.listen(config.server.port, config.server.host, () => process.stdout.write(`listening on http://${config.server.host}:${config.server.port}\n`));
  process.on('SIGTERM', () => server.close(() => void context.close().then(() => process.exit(0))));
}
