// The `tirkeu` administration command. Commands that need no database (calendar, directory export)
// answer on a fresh clone; the others open the database named by the environment, like the server.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { ConfigError, loadConfig } from '../config/config.js';
import { openDatabase, type Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { verifyChains } from '../db/audit-trail.js';
import { backupDatabase, restoreDatabase } from '../db/backup.js';
import { findOrganisationByCode } from '../db/accounts-store.js';
import { createAccount } from '../app/accounts/create-account.js';
import { DomainError } from '../app/errors.js';
import { depsFor, notifyChannels } from '../server.js';
import { builtInCalendar, type CalendarYearData } from '../domain/calendar/index.js';
import { addCalendarYear } from '../app/calendar/add-calendar-year.js';
import { runCalendarCommand } from './commands/calendar.js';
import { runKeysCommand } from './commands/keys.js';
import { runRegistryCommand } from './commands/registry.js';
import { buildDirectory, exportSeedRows, parseSeed, russianNameGaps } from '../domain/directory/index.js';
import { importDirectory } from '../app/organisations/import-directory.js';
import { startOutboxWorker } from '../jobs/outbox-worker.js';
import { outboxHandlers } from '../jobs/outbox-handlers.js';
import { runRetention, startRetentionTimer } from '../jobs/retention.js';
import { startPendingAccessTimer } from '../jobs/chain-pending-access.js';
import { startExpiryTimer, together } from '../jobs/expiry-reminders.js';
import { runIndicatorRollups, startIndicatorRollupTimer } from '../jobs/indicator-rollups.js';

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const SEED = fileURLToPath(new URL('../../seed/standard-2011-kk.txt', import.meta.url));

async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

const program = new Command('tirkeu')
  .description('Administration of tirkeu: registration of missionaries and small religious groups')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

program
  .command('migrate')
  .description('apply the database migrations (the server also does this at start)')
  .action(() =>
    withDatabase(async (database) => {
      const r = await migrate(database);
      console.log(
        r.applied.length
          ? `applied: ${r.applied.join(', ')}`
          : `nothing to apply (${r.total} migrations in place)`,
      );
    }),
  );

const user = program.command('user').description('staff accounts');
user
  .command('add')
  .description('create a staff account; prints a temporary password unless --password-stdin is given')
  .requiredOption('--org <code>', 'organisation code, e.g. 71-000, 71-000-A or AGENCY')
  .requiredOption('--login <login>', 'sign-in name (Latin letters, digits, . _ -)')
  .requiredOption('--name <name>', 'surname and name, as printed on talons and letters')
  .requiredOption(
    '--role <role...>',
    'one or more roles: clerk records officer head akimat_records akimat_head pass_bureau regional_supervisor national_supervisor administrator',
  )
  .option('--phone <phone>', 'work phone (printed as the executor on letters)')
  .option('--password-stdin', 'read the password from standard input instead of generating one')
  .action(
    (opts: {
      org: string;
      login: string;
      name: string;
      role: string[];
      phone?: string;
      passwordStdin?: boolean;
    }) =>
      withDatabase(async (database) => {
        await migrate(database);
        const org = await findOrganisationByCode(database.db, opts.org);
        if (!org) throw new UsageError(`no organisation with code ${opts.org}`);
        const password = opts.passwordStdin ? fs.readFileSync(0, 'utf8').replace(/\r?\n$/, '') : undefined;
        const created = await createAccount(
          depsFor(loadConfig(), database),
          null,
          { ip: null, requestId: 'cli' },
          {
            organisationId: org.id,
            login: opts.login,
            displayName: opts.name,
            phone: opts.phone ?? null,
            roles: opts.role,
            ...(password !== undefined ? { password } : {}),
          },
        );
        console.log(`created ${opts.login} (${created.id})`);
        if (created.temporaryPassword)
          console.log(`temporary password (change at first sign-in): ${created.temporaryPassword}`);
      }),
  );

program
  .command('audit')
  .description('the audit trail')
  .command('verify')
  .description('walk every hash chain; name the first tampered record of each broken chain (exit 1 if any)')
  .action(() =>
    withDatabase(async (database) => {
      const report = await verifyChains(database.db);
      for (const p of report.problems)
        console.log(
          `TAMPERED ${p.table} chain ${p.chainId} record ${p.seq}${p.id !== null ? ` (id ${p.id})` : ''}: ${p.problem}`,
        );
      console.log(
        `${report.chains} chains, ${report.records} records checked, ${report.problems.length} broken`,
      );
      if (report.problems.length) process.exitCode = 1;
    }),
  );

program
  .command('backup')
  .description(
    'copy the whole database into a new folder: the dump (pg_dump, or the embedded data folder archive) ' +
      "and a manifest of every table's row count and checksum (the embedded database: stop the server first)",
  )
  .requiredOption('--out <folder>', 'a new or empty folder')
  .action((opts: { out: string }) =>
    withDatabase(async (database) => {
      const m = await backupDatabase(database, loadConfig().database, opts.out);
      const rows = m.tables.reduce((n, t) => n + t.rows, 0);
      console.log(
        `backed up ${m.tables.length} tables and sequences, ${rows} rows, into ${opts.out} (${m.file}, ${m.bytes} bytes)`,
      );
    }),
  );

program
  .command('restore')
  .description(
    'put a backup into the empty database named by the environment (DATABASE_URL or TIRKEU_DATA_DIR), ' +
      "then check every table's row count and checksum against the backup's manifest",
  )
  .requiredOption('--from <folder>', 'a folder written by tirkeu backup')
  .action(async (opts: { from: string }) => {
    const r = await restoreDatabase(loadConfig().database, opts.from);
    console.log(
      `restored ${r.tables} tables, ${r.rows} rows, from ${opts.from}: every table equal to the backup`,
    );
  });

program
  .command('worker')
  .description('deliver outbox messages and run the timed jobs (when the app runs with OUTBOX_WORKER=off)')
  .action(() =>
    withDatabase(async (database) => {
      const worker = startOutboxWorker(database, {
        handlers: outboxHandlers(notifyChannels(loadConfig(), database)),
      });
      const retention = together(
        startRetentionTimer(database, undefined, (e) => console.error(`retention: ${e.message}`)),
        startExpiryTimer(database, undefined, (e) => console.error(`expiry reminders: ${e.message}`)),
        startPendingAccessTimer(database, undefined, (e) => console.error(`access log: ${e.message}`)),
        startIndicatorRollupTimer(database, undefined, (e) =>
          console.error(`indicator roll-ups: ${e.message}`),
        ),
      );
      console.log('outbox worker and timed jobs running; Ctrl-C to stop');
      await new Promise<void>((resolve) => {
        const stop = () => void Promise.all([worker.stop(), retention.stop()]).then(() => resolve());
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
      });
    }),
  );

program
  .command('retention')
  .description('records kept past their retention period (domain.md §8)')
  .command('run')
  .description('purge them now (the app and `tirkeu worker` also do this every 6 hours)')
  .action(() =>
    withDatabase(async (database) => {
      for (const r of await runRetention(database, new Date()))
        console.log(`${r.recordType}: ${r.count} purged`);
    }),
  );

const indicators = program
  .command('indicators')
  .description('the annex 9 quality indicators (§18–19): their daily roll-ups');
indicators
  .command('rollup')
  .description(
    'bring the daily roll-ups up to date: the days changed since the last run (the app and `tirkeu worker` do this every 10 minutes)',
  )
  .action(() =>
    withDatabase(async (database) => {
      await migrate(database);
      const run = await runIndicatorRollups(database, new Date(), { wait: true });
      if (run)
        console.log(
          `${run.kind}: ${run.officeDays} office days as of ${run.asOf}, ${run.finishedAt.getTime() - run.startedAt.getTime()} ms`,
        );
    }),
  );
indicators
  .command('rebuild')
  .description('recompute every daily roll-up from the cases, survey answers and queue tickets')
  .action(() =>
    withDatabase(async (database) => {
      await migrate(database);
      const run = await runIndicatorRollups(database, new Date(), { rebuild: true, wait: true });
      if (run)
        console.log(
          `rebuilt: ${run.officeDays} office days as of ${run.asOf}, ${run.finishedAt.getTime() - run.startedAt.getTime()} ms`,
        );
    }),
  );

program
  .command('calendar')
  .description(
    'working-day arithmetic on the built-in national calendar (no database needed); add-year enters a year',
  )
  .argument('<args...>', 'add-working-days YYYY-MM-DD N | working-days FROM TO | add-year FILE.json')
  .allowUnknownOption()
  .action(async (args: string[]) => {
    if (args[0] === 'add-year') {
      // domain.md §9: a year's Kurban Ait date and transfers, as a CalendarYearData JSON file.
      if (args.length !== 2) throw new UsageError('usage: tirkeu calendar add-year FILE.json');
      let data: CalendarYearData;
      try {
        data = JSON.parse(fs.readFileSync(args[1]!, 'utf8')) as CalendarYearData;
      } catch (e) {
        throw new UsageError(`cannot read ${args[1]}: ${(e as Error).message}`);
      }
      await withDatabase(async (database) => {
        await migrate(database);
        const r = await addCalendarYear(
          depsFor(loadConfig(), database),
          null,
          { ip: null, requestId: 'cli' },
          data,
        );
        console.log(
          `calendar year ${data.year} ${r.replaced ? 'replaced' : 'entered'}; ${r.recomputed} due dates recomputed`,
        );
      });
      return;
    }
    const r = runCalendarCommand(args, builtInCalendar());
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr);
    process.exitCode = r.code;
  });

program
  .command('keys')
  .description('the seal keys of certificates and references (domain.md §6)')
  .argument('<args...>', 'list | rotate | revoke KEYID --reason TEXT | export-public')
  .allowUnknownOption()
  .helpOption(false)
  .action((args: string[]) =>
    withDatabase(async (database) => {
      await migrate(database);
      const r = await runKeysCommand(depsFor(loadConfig(), database), args);
      process.stdout.write(r.stdout);
      process.stderr.write(r.stderr);
      process.exitCode = r.code;
    }),
  );

program
  .command('registry')
  .description("the registry of missionaries and groups: import an office's paper register (issue 6)")
  .argument('<args...>', 'import FILE.csv [--dry-run]')
  .allowUnknownOption()
  .helpOption(false)
  .action((args: string[]) =>
    withDatabase(async (database) => {
      await migrate(database);
      const r = await runRegistryCommand(depsFor(loadConfig(), database), args);
      process.stdout.write(r.stdout);
      process.stderr.write(r.stderr);
      process.exitCode = r.code;
    }),
  );

const directory = program.command('directory').description('the office directory of annexes 1–4');
directory
  .command('russian-gaps')
  .description(
    'list the names with no reviewed official Russian form yet (the Kazakh name stands in; no database needed)',
  )
  .action(() => {
    const gaps = russianNameGaps(buildDirectory(parseSeed(fs.readFileSync(SEED, 'utf8'))));
    for (const g of gaps) console.log(`${g.kind}\t${g.regionCode}\t${g.kk}\t${g.codes.join(',')}\t${g.note}`);
    console.error(`${gaps.length} names without a reviewed Russian form`);
  });
directory
  .command('export')
  .description('print the 430 seed rows as parsed (no database needed)')
  .option('--json', 'as a JSON array (the only format for now)')
  .action(() => {
    const rows = exportSeedRows(parseSeed(fs.readFileSync(SEED, 'utf8')));
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  });

directory
  .command('import')
  .description(
    'load the 213 offices and 213 akimats into the database, as of today (run again: changes nothing)',
  )
  .action(() =>
    withDatabase(async (database) => {
      await migrate(database);
      const r = await importDirectory(
        depsFor(loadConfig(), database),
        { ip: null, requestId: 'cli' },
        fs.readFileSync(SEED, 'utf8'),
      );
      console.log(
        `directory as of ${r.asOf}: ${r.offices} offices, ${r.akimats} akimats; ` +
          `${r.inserted} added, ${r.updated} updated, ${r.unchanged} unchanged (${r.changed} changed)`,
      );
    }),
  );

program
  .command('documents')
  .description('the official documents as PDF (no database needed)')
  .command('samples')
  .description(
    'write every document in Kazakh and Russian from sample data, the longest-values set, a duplicate and the English copy',
  )
  .requiredOption('--out <dir>', 'folder to write the PDFs to (created if missing)')
  .option('--public-url <url>', 'base address of the public check printed in the QR codes')
  .action(async (opts: { out: string; publicUrl?: string }) => {
    // Loaded here, not at the top: the PDF library and fonts are not needed by the other commands.
    const { writeSamples } = await import('../documents/index.js');
    const files = await writeSamples(opts.out, opts.publicUrl);
    for (const f of files) console.log(f);
    console.error(`${files.length} files written`);
  });

program
  .command('demo')
  .description('synthetic data for demonstrations and benchmarks')
  .command('generate')
  .description(
    'fill the database with realistic synthetic cases across the offices, the same for the same seed ' +
      '(imports the directory if missing; refuses a database that holds real cases)',
  )
  .requiredOption('--cases <n>', 'how many cases')
  .option('--seed <seed>', 'the same seed gives the same data', 'tirkeu')
  .option('--from <date>', 'first day of the take-ins, YYYY-MM-DD (default: a year before --to)')
  .option('--to <date>', 'last day of the take-ins, YYYY-MM-DD (default: today)')
  .option('--region <code>', 'only the offices of one region (two-digit code, e.g. 35)')
  .action((opts: { cases: string; seed: string; from?: string; to?: string; region?: string }) =>
    withDatabase(async (database) => {
      await migrate(database);
      // Loaded here, not at the top: only this command needs the generator.
      const { generateCases } = await import('../app/demo/generate-cases.js');
      const r = await generateCases(depsFor(loadConfig(), database), {
        cases: Number(opts.cases),
        seed: opts.seed,
        ...(opts.from ? { from: opts.from } : {}),
        ...(opts.to ? { to: opts.to } : {}),
        ...(opts.region ? { region: opts.region } : {}),
        onProgress: (p) => {
          if (process.stderr.isTTY) process.stderr.write(`\r${p.written} / ${p.total} cases`);
        },
      });
      if (process.stderr.isTTY) process.stderr.write('\n');
      const list = (counts: Record<string, number>) =>
        Object.entries(counts)
          .sort((a, b) => b[1] - a[1])
          .map(([k, n]) => `${k} ${n}`)
          .join(', ');
      console.log(
        `generated ${r.cases} synthetic cases (run ${r.run}, seed "${r.seed}") in ${r.offices} offices, ` +
          `taken in ${r.from} … ${r.to}: ${r.actions} actions, ${r.auditEvents} audit events, ` +
          `${r.staffCreated} staff rows without credentials created, ${r.documents} certificates and references issued`,
      );
      console.log(`by kind: ${list(r.byKind)}`);
      console.log(`by state: ${list(r.byState)}`);
      const v = r.visits;
      console.log(
        `${v.tickets} queue tickets, ${v.surveyInvitations} survey invitations (${v.surveyAnswers} answered), ` +
          `${v.complaints} complaints (${v.complaintAnswers} 4.1 answers)`,
      );
      console.log(`${r.seconds} s, ${r.casesPerMinute} cases per minute`);
    }),
  );

class UsageError extends Error {}

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else if (e instanceof ConfigError || e instanceof UsageError) {
    console.error(`tirkeu: ${e.message}`);
    process.exitCode = 2;
  } else if (e instanceof DomainError) {
    const detail = Object.values(e.fields).join('; ');
    console.error(`tirkeu: ${e.code}${detail ? `: ${detail}` : ''}`);
    process.exitCode = 2;
  } else {
    console.error(`tirkeu: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
