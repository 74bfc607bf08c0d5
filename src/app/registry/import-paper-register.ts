// The paper past (issue 6): `tirkeu registry import FILE.csv [--dry-run]`. Every row is checked first
// (docs/registry-import.md); a dry run, or any row with a problem, reports every problem row with its
// line and writes nothing. A real run writes all rows in one transaction: the registrant found or
// made (as at intake), the certificate or reference with source 'paper' and no seal (it was printed on
// paper), a registration event 'imported_from_paper', each register's next number moved past the
// numbers imported (domain.md §5: an office moving from paper continues its register), and one audit
// event per office (counts, no personal data). A row already imported, identical, is passed over: a
// second run of the same file imports nothing and fails on nothing.
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { writeAudit } from '../../db/audit-trail.js';
import { queryRows, type Executor } from '../../db/database.js';
import { issuedDocuments } from '../../db/schema/index.js';
import {
  findOrCreateGroupRegistrant,
  insertRegistrationEvent,
  raiseNextNumber,
  upsertPersonRegistrant,
} from '../../db/registry-store.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import {
  PAPER_COLUMNS,
  REQUIRED_COLUMNS,
  checkPaperRow,
  type PaperRegistration,
} from '../../domain/registry/paper-register.js';
import { plainDateAt } from '../../domain/time/plain-date.js';
import { actContext, type Origin } from '../act-context.js';
import type { Deps } from '../deps.js';

export interface PaperImportProblem {
  /** The line of the file (1: the header). */
  line: number;
  reasons: string[];
}

export interface PaperImportReport {
  dryRun: boolean;
  /** Registrations in the file (rows after the header). */
  rows: number;
  problems: PaperImportProblem[];
  /** Written by this run (0 on a dry run or when there were problems). */
  imported: number;
  /** Would be written (a dry run) or were (a real run). */
  toImport: number;
  /** Identical rows imported by an earlier run, passed over. */
  alreadyImported: number;
  offices: Record<string, number>;
}

const LEGAL_ZONE = 'Asia/Almaty';

interface Parsed {
  line: number;
  row: Record<string, string>;
}

function parseCsv(text: string): { rows: Parsed[]; problems: PaperImportProblem[] } {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  let header: string[] = [];
  try {
    records = parse(text, {
      bom: true,
      columns: (h: string[]) => (header = h.map((c) => c.trim().toLowerCase())),
      skip_empty_lines: true,
      info: true,
      relax_column_count: false,
    }) as { record: Record<string, string>; info: { lines: number } }[];
  } catch (e) {
    const err = e as Error & { lines?: number };
    return {
      rows: [],
      problems: [{ line: err.lines ?? 1, reasons: [`not readable as CSV: ${err.message}`] }],
    };
  }
  const unknown = header.filter((c) => !(PAPER_COLUMNS as readonly string[]).includes(c));
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (header.length === 0)
    return { rows: [], problems: [{ line: 1, reasons: ['the file is empty: a header row first'] }] };
  if (unknown.length || missing.length)
    return {
      rows: [],
      problems: [
        {
          line: 1,
          reasons: [
            ...unknown.map((c) => `unknown column ${c}`),
            ...missing.map((c) => `missing column ${c}`),
          ],
        },
      ],
    };
  return { rows: records.map((r) => ({ line: r.info.lines, row: r.record })), problems: [] };
}

/** The registry's rows under these numbers: what a row meets if imported before. */
async function existing(db: Executor, numbers: readonly string[]) {
  if (numbers.length === 0) return new Map<string, Record<string, unknown>>();
  const rows = await queryRows<{
    number: string;
    source: string;
    holder: string;
    issued_on: string;
    valid_until: string | null;
    territory: string;
    kind: string;
    code: string;
  }>(
    db,
    sql`select d.number, d.source, d.holder, d.issued_on::text as issued_on, d.valid_until::text as valid_until,
          d.territory, d.kind, o.code
        from issued_documents d join organisations o on o.id = d.organisation_id
        where d.number = any(string_to_array(${numbers.join(',')}, ','))`,
  );
  return new Map(rows.map((r) => [r.number, r as Record<string, unknown>]));
}

const sameAs = (r: PaperRegistration, e: Record<string, unknown>) =>
  e.source === 'paper' &&
  e.holder === r.holder &&
  e.issued_on === r.issuedOn &&
  (e.valid_until ?? null) === r.validUntil &&
  e.territory === r.territory &&
  e.kind === r.kind &&
  e.code === r.officeCode;

export async function importPaperRegister(
  deps: Deps,
  origin: Origin,
  csvText: string,
  opts: { dryRun: boolean },
): Promise<PaperImportReport> {
  const db = deps.database.db;
  const now = deps.now();
  const today = plainDateAt(now, LEGAL_ZONE);
  const parsed = parseCsv(csvText);
  const report: PaperImportReport = {
    dryRun: opts.dryRun,
    rows: parsed.rows.length,
    problems: [...parsed.problems],
    imported: 0,
    toImport: 0,
    alreadyImported: 0,
    offices: {},
  };
  if (parsed.problems.length) return report;

  const offices = new Map(
    (
      await queryRows<{ id: string; code: string }>(
        db,
        sql`select id, code from organisations where kind = 'service_office'`,
      )
    ).map((o) => [o.code, o.id]),
  );
  const good: { line: number; r: PaperRegistration }[] = [];
  const seen = new Map<string, number>();
  for (const { line, row } of parsed.rows) {
    const checked = checkPaperRow(row, { offices: new Set(offices.keys()), today });
    if (!checked.ok) {
      report.problems.push({ line, reasons: checked.problems });
      continue;
    }
    const first = seen.get(checked.value.number);
    if (first !== undefined) {
      report.problems.push({
        line,
        reasons: [`number ${checked.value.number} is also on line ${String(first)}`],
      });
      continue;
    }
    seen.set(checked.value.number, line);
    good.push({ line, r: checked.value });
  }
  const known = await existing(
    db,
    good.map((g) => g.r.number),
  );
  const fresh: typeof good = [];
  for (const g of good) {
    const e = known.get(g.r.number);
    if (!e) fresh.push(g);
    else if (sameAs(g.r, e)) report.alreadyImported++;
    else
      report.problems.push({
        line: g.line,
        reasons: [
          e.source === 'paper'
            ? `number ${g.r.number} was imported before with other details`
            : `number ${g.r.number} is already in the registry (issued by the system)`,
        ],
      });
  }
  report.problems.sort((a, b) => a.line - b.line);
  report.toImport = fresh.length;
  for (const g of fresh) report.offices[g.r.officeCode] = (report.offices[g.r.officeCode] ?? 0) + 1;
  if (opts.dryRun || report.problems.length || fresh.length === 0) return report;

  // All or nothing: one transaction.
  await db.transaction(async (tx) => {
    const ctx = actContext(null, origin, now);
    const highest = new Map<
      string,
      { officeId: string; kind: 'certificate' | 'reference'; year: number; seq: number }
    >();
    for (const { line, r } of fresh) {
      const officeId = offices.get(r.officeCode)!;
      const reg = r.registrant;
      const registrantId =
        reg.kind === 'person'
          ? await upsertPersonRegistrant(
              tx,
              {
                kind: 'person',
                iin: reg.iin,
                citizenship: reg.citizenship,
                passportNumber: reg.passportNumber,
                displayName: reg.displayName,
                latinName: reg.latinName,
                tokens: reg.tokens,
              },
              now,
            )
          : await findOrCreateGroupRegistrant(
              tx,
              {
                kind: 'group',
                organisationId: officeId,
                nameKey: reg.nameKey,
                displayName: reg.displayName,
                leaderIin: null,
                tokens: reg.tokens,
              },
              now,
              { byLeader: false },
            );
      await tx.insert(issuedDocuments).values({
        number: r.number,
        kind: r.kind,
        caseId: null,
        organisationId: officeId,
        registrantId,
        source: 'paper',
        issuedOn: r.issuedOn,
        validUntil: r.validUntil,
        holder: r.holder,
        territory: r.territory,
        status: r.status,
        statusReason: r.annulmentReason,
        statusAt: r.status === 'valid' ? null : now,
        // Printed on paper: no seal, no QR (the public check shows the registry's entry).
        sealKeyId: null,
        sealText: null,
        createdAt: now,
      });
      // The confession's id stays with the registration (domain.md §8: aggregates, and the roles that
      // may read it); a paper registration has no case to hold it.
      await insertRegistrationEvent(tx, {
        registrantId,
        kind: 'imported_from_paper',
        documentNumber: r.number,
        at: now,
        organisationId: officeId,
        data: { line, ...(r.confession ? { confession: r.confession } : {}) },
      });
      const key = `${officeId}|${r.kind}|${String(r.year)}`;
      const h = highest.get(key);
      if (!h || h.seq < r.seq) highest.set(key, { officeId, kind: r.kind, year: r.year, seq: r.seq });
    }
    // domain.md §5: the register continues after the paper's numbers.
    for (const h of highest.values()) await raiseNextNumber(tx, h.officeId, h.kind, h.year, h.seq + 1);
    for (const [code, documents] of Object.entries(report.offices))
      await writeAudit(tx, officeChain('audit', code), ctx, {
        action: 'registry.paper_imported',
        recordType: 'organisation',
        recordId: offices.get(code)!,
        data: { documents },
      });
  });
  report.imported = fresh.length;
  return report;
}
