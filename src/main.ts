// `npm start`: runs the service. Exit codes: 2 bad configuration, 1 could not start.
import { ConfigError, loadConfig } from './config/config.js';
import { startServer, stopOnSignals } from './server.js';

try {
  const config = loadConfig();
  const server = await startServer(config);
  stopOnSignals(server, config.shutdownGraceMs);
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(`tirkeu: ${e.message}`);
    process.exit(2);
  }
  console.error(`tirkeu: cannot start: ${(e as Error).message}`);
  process.exit(1);
}
