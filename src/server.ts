// The composition root: configuration → database (migrated) → demo data → HTTP app → outbox worker.
// A start that fails at any step exits non-zero with a clear message; it never leaves a half-started
// server behind.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import closeWithGrace from 'close-with-grace';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config/config.js';
import { openDatabase, type Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import type { Deps } from './app/deps.js';
import { CalendarSource } from './app/calendar/national-calendar-source.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDemo, seedDemo } from './app/demo/seed-demo.js';
import { buildApp } from './http/build-app.js';
import { startOutboxWorker, type RunningWorker } from './jobs/outbox-worker.js';
import { outboxHandlers } from './jobs/outbox-handlers.js';
import { httpSmsGateway, smtpMailSender } from './jobs/notify-senders.js';
import { renderNotifyMessage } from './views/notify-message.js';
import { startRetentionTimer } from './jobs/retention.js';
import { startPendingAccessTimer } from './jobs/chain-pending-access.js';
import { startIndicatorRollupTimer } from './jobs/indicator-rollups.js';
import { startExpiryTimer, together } from './jobs/expiry-reminders.js';
import { importDirectory } from './app/organisations/import-directory.js';
import { hasDirectory } from './db/directory-store.js';

/** The standard's Kazakh text: annexes 1–4 are the office directory (domain.md §1). */
export const SEED_FILE = fileURLToPath(new URL('../seed/standard-2011-kk.txt', import.meta.url));

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  worker: RunningWorker | null;
  url: string;
  stop(): Promise<void>;
}

/** Issue 8: the senders of messages to applicants as configured (SMTP, the SMS gateway). */
export function notifyChannels(config: Config, database: Database) {
  return {
    database,
    render: renderNotifyMessage,
    publicUrl: config.publicUrl,
    mail: config.notify.smtpUrl
      ? smtpMailSender(config.notify.smtpUrl, config.notify.mailFrom, new URL(config.publicUrl).hostname)
      : undefined,
    sms: config.notify.smsGatewayUrl ? httpSmsGateway(config.notify.smsGatewayUrl) : undefined,
  };
}

export function depsFor(config: Config, database: Database): Deps {
  return {
    database,
    now: () => new Date(),
    sessionIdleMinutes: config.sessionIdleMinutes,
    signIn: config.signIn,
    scans: config.scans,
    publicUrl: config.publicUrl,
    calendar: new CalendarSource(database.db),
  };
}

export async function startServer(
  config: Config,
  log: (line: string) => void = console.log,
): Promise<RunningServer> {
  const database = await openDatabase(config.database);
  let app: FastifyInstance | null = null;
  let worker: RunningWorker | null = null;
  let retention: { stop(): Promise<void> } | null = null;
  try {
    const report = await migrate(database);
    if (report.applied.length) log(`tirkeu: applied migrations ${report.applied.join(', ')}`);
    const deps = depsFor(config, database);
    // Demo data only on the embedded database, and only if it holds no accounts yet.
    if (config.database.kind === 'embedded' && config.demo === 'auto') {
      await seedDemo(deps);
      // The directory adopts the demo's offices by code, so the demo accounts keep their organisations.
      if (!(await hasDirectory(database.db)))
        await importDirectory(deps, { ip: null, requestId: 'start' }, fs.readFileSync(SEED_FILE, 'utf8'));
    }
    app = await buildApp({ config, database, deps });
    if (config.outboxWorker === 'in-process') {
      worker = startOutboxWorker(database, {
        handlers: outboxHandlers(notifyChannels(config, database), (line) => app?.log.info(line)),
        onError: (m, e, outcome) =>
          app?.log.warn(
            { messageId: m.id, kind: m.kind, outcome, error: e.message },
            'outbox delivery failed',
          ),
      });
      deps.afterOutbox = () => worker?.poke();
      // The timed jobs run where the outbox worker runs (the app, or `tirkeu worker` apart).
      retention = together(
        startRetentionTimer(database, undefined, (e) => app?.log.error({ err: e }, 'retention purge failed')),
        startExpiryTimer(database, undefined, (e) => app?.log.error({ err: e }, 'expiry reminders failed')),
        startPendingAccessTimer(database, undefined, (e) =>
          app?.log.error({ err: e }, 'chaining the access log failed'),
        ),
        startIndicatorRollupTimer(database, undefined, (e) =>
          app?.log.error({ err: e }, 'indicator roll-ups failed'),
        ),
      );
    }
    await app.listen({ port: config.port, host: config.host });
  } catch (e) {
    await retention?.stop();
    await worker?.stop();
    await app?.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw e;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  log(`tirkeu: listening on ${url}/ (${database.kind === 'embedded' ? 'embedded database' : 'PostgreSQL'})`);
  if (await isDemo(database.db)) {
    log(`tirkeu: DEMO MODE — sign in at ${url}/kk/staff/sign-in with password ${DEMO_PASSWORD} and any of:`);
    for (const a of DEMO_ACCOUNTS)
      log(`  ${a.login.padEnd(20)} ${a.organisation.padEnd(9)} ${a.roles.join(', ')}`);
  }
  const running = app;
  return {
    app: running,
    database,
    worker,
    url,
    async stop() {
      await running.close(); // in-flight requests finish first
      await retention?.stop();
      await worker?.stop();
      await database.close();
    },
  };
}

/** Stops gracefully on SIGTERM / SIGINT: in-flight requests finish, nothing is cut in half. */
export function stopOnSignals(server: RunningServer, graceMs: number): void {
  closeWithGrace({ delay: graceMs }, async ({ signal, err }) => {
    if (err) server.app.log.error({ err }, 'stopping after an error');
    else server.app.log.info({ signal }, 'stopping');
    await server.stop();
  });
}
