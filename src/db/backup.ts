// `tirkeu backup` and `tirkeu restore`: a copy of the whole database in a folder, and that copy put back
// into an empty database, proven equal by the fingerprints (row counts and checksums of every table).
//
// Each engine is dumped by its own tool, which knows its format better than any export of ours:
// PostgreSQL by pg_dump (custom format, restored by pg_restore in one transaction, so a failed restore
// leaves the target empty), the embedded engine by its own data-folder archive. pg_dump reads the
// snapshot the fingerprints were read in (`--snapshot`), so the manifest describes exactly the rows in
// the dump even while the service keeps writing.
//
// The folder holds the dump and `manifest.json` (written last: a folder without it is an unfinished
// backup), with the dump's SHA-256 so a damaged or altered file is refused before anything is touched.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import {
  loadEmbeddedDataDir,
  openDatabase,
  type Database,
  type DatabaseTarget,
  type Db,
} from './database.js';
import {
  compareFingerprints,
  fingerprintDatabase,
  readFingerprints,
  type TableFingerprint,
} from './fingerprint.js';

export const MANIFEST = 'manifest.json';
const FORMAT = 'tirkeu-backup/1';

export interface BackupManifest {
  format: typeof FORMAT;
  engine: 'embedded' | 'postgres';
  createdAt: string;
  file: string;
  bytes: number;
  sha256: string;
  tables: TableFingerprint[];
}

export class BackupError extends Error {}

type Target = Exclude<DatabaseTarget, { kind: 'memory' }>;

/** Writes a backup of the open database into `outDir` (new or empty). */
export async function backupDatabase(
  database: Database,
  target: Target,
  outDir: string,
): Promise<BackupManifest> {
  prepareEmptyFolder(outDir);
  let file: string;
  let tables: TableFingerprint[];
  if (target.kind === 'postgres') {
    file = 'database.pgdump';
    tables = await dumpPostgres(target.url, path.join(outDir, file));
  } else {
    if (!database.dumpDataDir) throw new BackupError('this database cannot be dumped');
    file = 'database.tar.gz';
    // The command holds the data folder's lock: nothing else writes between the two reads.
    tables = await fingerprintDatabase(database.db);
    const archive = await database.dumpDataDir();
    fs.writeFileSync(path.join(outDir, file), Buffer.from(await archive.arrayBuffer()));
  }
  const dump = path.join(outDir, file);
  const manifest: BackupManifest = {
    format: FORMAT,
    engine: target.kind,
    createdAt: new Date().toISOString(),
    file,
    bytes: fs.statSync(dump).size,
    sha256: await sha256File(dump),
    tables,
  };
  const tmp = path.join(outDir, `${MANIFEST}.tmp`);
  fs.writeFileSync(tmp, JSON.stringify(manifest, null, 2) + '\n');
  fs.renameSync(tmp, path.join(outDir, MANIFEST));
  return manifest;
}

export interface RestoreReport {
  manifest: BackupManifest;
  tables: number;
  rows: number;
}

/**
 * Restores the backup in `fromDir` into the empty database `target`, then proves the copy equal to the
 * manifest. Refuses a damaged dump, a backup of the other engine and a target that holds data.
 */
export async function restoreDatabase(target: Target, fromDir: string): Promise<RestoreReport> {
  const manifest = readManifest(fromDir);
  if (manifest.engine !== target.kind)
    throw new BackupError(
      `this backup is of the ${manifest.engine} database; the target is ${target.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : 'the embedded database (TIRKEU_DATA_DIR)'}`,
    );
  const dump = path.join(fromDir, manifest.file);
  if (!fs.existsSync(dump)) throw new BackupError(`the dump ${manifest.file} is missing from ${fromDir}`);
  if ((await sha256File(dump)) !== manifest.sha256)
    throw new BackupError(
      `the dump ${manifest.file} is damaged or altered (its SHA-256 differs from the manifest)`,
    );
  if (target.kind === 'postgres') {
    await requireEmptyPostgres(target.url);
    await run('pg_restore', [
      '--exit-on-error',
      '--single-transaction',
      '--no-owner',
      '--no-privileges',
      `--dbname=${target.url}`,
      dump,
    ]);
  } else {
    await loadEmbeddedDataDir(target.dataDir, new Blob([fs.readFileSync(dump)]));
  }
  const database = await openDatabase(target);
  try {
    const problems = compareFingerprints(manifest.tables, await fingerprintDatabase(database.db));
    if (problems.length)
      throw new BackupError(`the restored database differs from the backup:\n  ${problems.join('\n  ')}`);
  } finally {
    await database.close();
  }
  return {
    manifest,
    tables: manifest.tables.filter((t) => !t.name.startsWith('sequence ')).length,
    rows: manifest.tables.reduce((n, t) => n + t.rows, 0),
  };
}

export function readManifest(fromDir: string): BackupManifest {
  const file = path.join(fromDir, MANIFEST);
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new BackupError(
      (e as NodeJS.ErrnoException).code === 'ENOENT'
        ? `${fromDir} holds no ${MANIFEST}: not a backup, or an unfinished one`
        : `${file} cannot be read: ${(e as Error).message}`,
    );
  }
  const m = parsed as Partial<BackupManifest>;
  if (
    m.format !== FORMAT ||
    (m.engine !== 'embedded' && m.engine !== 'postgres') ||
    typeof m.file !== 'string' ||
    m.file.includes('/') ||
    m.file.includes('\\') ||
    typeof m.sha256 !== 'string' ||
    !Array.isArray(m.tables)
  )
    throw new BackupError(`${file} is not a manifest of this system's backups (${FORMAT})`);
  return m as BackupManifest;
}

function prepareEmptyFolder(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  if (fs.readdirSync(dir).length > 0)
    throw new BackupError(
      `${dir} is not empty: a backup goes into a new or empty folder (none is overwritten)`,
    );
}

/** Dumps with pg_dump inside the snapshot the fingerprints are read in. */
async function dumpPostgres(url: string, file: string): Promise<TableFingerprint[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const { rows } = await client.query<{ id: string }>('select pg_export_snapshot() as id');
    const snapshot = rows[0]!.id;
    const tables = await readFingerprints(drizzle({ client }) as unknown as Db);
    await run('pg_dump', ['--format=custom', `--snapshot=${snapshot}`, `--file=${file}`, `--dbname=${url}`]);
    await client.query('commit');
    return tables;
  } finally {
    await client.end();
  }
}

async function requireEmptyPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      "select count(*)::text as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')",
    );
    if (Number(rows[0]!.n) > 0)
      throw new BackupError('the target database already holds tables: restore into an empty database');
  } finally {
    await client.end();
  }
}

function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    fs.createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** Runs a PostgreSQL client tool; its own message becomes the error (never the URL with a password). */
function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(
        new BackupError(
          e.code === 'ENOENT'
            ? `${command} is not installed (Debian: apt-get install postgresql-client)`
            : `${command}: ${e.message}`,
        ),
      ),
    );
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new BackupError(`${command} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}
