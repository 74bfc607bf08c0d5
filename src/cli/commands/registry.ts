// `tirkeu registry import FILE.csv [--dry-run]`: an office's paper register into the registry (issue
// 6; docs/registry-import.md). Every problem row is reported with its line and reason; a real run
// loads all rows or none. The operator at the console acts as the system (no account); the import is
// audited per office by the use-case.
import fs from 'node:fs';
import type { Deps } from '../../app/deps.js';
import { importPaperRegister } from '../../app/registry/import-paper-register.js';
import type { CommandResult } from './calendar.js';

export const REGISTRY_USAGE = [
  'usage: tirkeu registry import FILE.csv [--dry-run]',
  '  FILE.csv   rows of a paper register, UTF-8, the template of docs/registry-import.md',
  '  --dry-run  check every row and report; write nothing',
].join('\n');

/** A file no paper register reaches: 50 MB. */
const MAX_BYTES = 50 * 1024 * 1024;

export async function runRegistryCommand(deps: Deps, args: string[]): Promise<CommandResult> {
  const [sub, ...rest] = args;
  const dryRun = rest.includes('--dry-run');
  const files = rest.filter((a) => a !== '--dry-run');
  const unknown = files.filter((a) => a.startsWith('--'));
  if (sub !== 'import' || files.length !== 1 || unknown.length)
    return {
      stdout: '',
      stderr: `${unknown.length ? `unknown option ${unknown[0]!}\n` : ''}${REGISTRY_USAGE}\n`,
      code: 2,
    };
  const file = files[0]!;
  let text: string;
  try {
    if (fs.statSync(file).size > MAX_BYTES)
      return { stdout: '', stderr: `${file}: larger than 50 MB\n`, code: 1 };
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return {
      stdout: '',
      stderr: `${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})\n`,
      code: 1,
    };
  }
  const r = await importPaperRegister(deps, { ip: null, requestId: 'cli' }, text, { dryRun });
  const out: string[] = [];
  for (const p of r.problems) for (const reason of p.reasons) out.push(`line ${String(p.line)}: ${reason}`);
  const offices = Object.entries(r.offices)
    .map(([code, n]) => `${code} ${String(n)}`)
    .join(', ');
  const summary =
    `${String(r.rows)} rows: ${String(r.toImport)} to import${offices ? ` (${offices})` : ''}, ` +
    `${String(r.alreadyImported)} already imported, ${String(r.problems.length)} with problems`;
  if (r.problems.length)
    return {
      stdout: `${summary}\n`,
      stderr: `${out.join('\n')}\n${r.dryRun ? 'dry run: nothing written' : 'nothing written: correct the rows above and run again'}\n`,
      code: 1,
    };
  return {
    stdout: `${summary}\n${r.dryRun ? 'dry run: nothing written' : `imported ${String(r.imported)} registrations`}\n`,
    stderr: '',
    code: 0,
  };
}
