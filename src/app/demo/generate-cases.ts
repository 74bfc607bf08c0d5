// Synthetic cases at scale, for demonstrations and benchmarks: realistic cases across the service
// offices (all 213 unless a region is named), deterministic from a seed. Each case's log is built act
// by act and checked with checkAction as the real use-cases check it; the acts of all cases are
// replayed in order of time so that every register is gapless and increases with time (domain.md
// §5), and the office chains get the same audit events real acts write (§8). Everything is written
// in one transaction. The data are marked (system_settings 'synthetic'), and a database holding any
// case the generator did not write is refused: synthetic data never mix with real cases.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setImmediate } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { and, asc, eq, sql } from 'drizzle-orm';
import { organisations } from '../../db/schema/index.js';
import { hasDirectory } from '../../db/directory-store.js';
import { dropSecondaryIndexes, rebuildIndexes } from '../../db/deferred-indexes.js';
import { nationalChain, officeChain } from '../../domain/audit/chain-hash.js';
import { builtInCalendar } from '../../domain/calendar/index.js';
import { STANDARD_2011 } from '../../domain/standard/index.js';
import {
  addDays,
  comparePlainDates,
  isPlainDate,
  plainDateAt,
  toParts,
  type PlainDate,
} from '../../domain/time/plain-date.js';
import { USUAL_SCHEDULE } from '../../domain/time/weekly-schedule.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { importDirectory } from '../organisations/import-directory.js';
import { makeCase, type CaseOffice } from './synthetic-case.js';
import { ComplaintReplayer } from './synthetic-complaints.js';
import { QueueLedger } from './synthetic-visits.js';
import { EventHeap } from './synthetic-heap.js';
import { caseContext } from './synthetic-offices.js';
import { ChainLedger, RegisterLedger } from './synthetic-ledger.js';
import { Replayer, SYNTHETIC_ORIGIN, type LiveCase } from './synthetic-replay.js';
import { ensureSyntheticStaff } from './synthetic-staff.js';
import { OfficeDays, instantOn } from './synthetic-time.js';
import { writeCases } from './synthetic-writer.js';
import { SyntheticRegistry } from './synthetic-registrants.js';
import { activeSealSigner } from '../documents/seal-keys.js';
import { lockSyntheticMark, realCaseCount, refuseReal, saveSyntheticMark } from './synthetic-mark.js';

export { RealCasesPresentError, SYNTHETIC_SETTING } from './synthetic-mark.js';

export interface GenerateCasesOptions {
  cases: number;
  /** Same seed, same database state → same data. */
  seed?: string;
  /** The period of the take-ins, YYYY-MM-DD; by default the year up to today. */
  from?: string;
  to?: string;
  /** Only the offices of one region (two-digit KATO code, as organisations.region_code). */
  region?: string;
  /** Cases per insert batch. */
  batchSize?: number;
  onProgress?: (p: { written: number; total: number }) => void;
  /** The seed's text (annexes 1–4), for a database without the directory; read from seed/ if absent. */
  directorySeed?: string;
}

export interface GenerateCasesReport {
  run: number;
  seed: string;
  from: PlainDate;
  to: PlainDate;
  offices: number;
  staffCreated: number;
  cases: number;
  actions: number;
  auditEvents: number;
  byKind: Record<string, number>;
  byState: Record<string, number>;
  /** Certificates and references issued (every signed case), sealed with the active key. */
  documents: number;
  /** The hall's tickets (§9), the §18 survey's invitations and answers, complaints (§20–25) and their 4.1 answers. */
  visits: {
    tickets: number;
    surveyInvitations: number;
    surveyAnswers: number;
    complaints: number;
    complaintAnswers: number;
  };
  seconds: number;
  casesPerMinute: number;
}

const LEGAL_ZONE = 'Asia/Almaty';
/** The tables the generator fills in bulk. */
const LOADED_TABLES = [
  'cases',
  'case_actions',
  'case_applications',
  'audit_events',
  'registrants',
  'issued_documents',
  'registration_events',
  'queue_tickets',
  'survey_invitations',
  'survey_answers',
  'complaints',
  'complaint_survey_answers',
];
const MAX_CASES = 2_000_000;
const SEED_FILE = fileURLToPath(new URL('../../../seed/standard-2011-kk.txt', import.meta.url));

function checkOptions(o: GenerateCasesOptions, now: Date) {
  const fields: Record<string, string> = {};
  if (!Number.isInteger(o.cases) || o.cases < 1 || o.cases > MAX_CASES) fields.cases = 'count_invalid';
  const today = plainDateAt(now, LEGAL_ZONE);
  const to = o.to ?? today;
  const from = o.from ?? (isPlainDate(to) ? addDays(to, -364) : today);
  if (!isPlainDate(to)) fields.to = 'date_invalid';
  else if (comparePlainDates(to, today) > 0) fields.to = 'date_in_future';
  if (!isPlainDate(from)) fields.from = 'date_invalid';
  // No case before the first rule version in force (domain.md §4: a case follows the version of S).
  else if (comparePlainDates(from, STANDARD_2011.effectiveFrom) < 0)
    fields.from = 'before_first_rule_version';
  else if (isPlainDate(to) && comparePlainDates(from, to) > 0) fields.from = 'after_to';
  if (o.region !== undefined && !/^\d{2}$/.test(o.region)) fields.region = 'region_code_format';
  if (Object.keys(fields).length) throw new DomainError('VALIDATION_FAILED', fields);
  // Nothing happens after the end of `to`, nor after now: later acts are simply not yet done.
  const endOfTo = instantOn(addDays(to as PlainDate, 1), 0, LEGAL_ZONE);
  const horizon = endOfTo.getTime() < now.getTime() ? endOfTo : now;
  return {
    from: from as PlainDate,
    to: to as PlainDate,
    horizon,
    seed: o.seed ?? 'tirkeu',
    region: o.region ?? null,
  };
}

export async function generateCases(deps: Deps, options: GenerateCasesOptions): Promise<GenerateCasesReport> {
  const started = performance.now();
  const now = deps.now();
  const o = checkOptions(options, now);
  const db = deps.database.db;
  refuseReal(await realCaseCount(db));
  if (!(await hasDirectory(db)))
    await importDirectory(
      deps,
      SYNTHETIC_ORIGIN,
      options.directorySeed ?? fs.readFileSync(SEED_FILE, 'utf8'),
    );
  const rows = (
    await db
      .select()
      .from(organisations)
      .where(
        and(
          eq(organisations.kind, 'service_office'),
          eq(organisations.active, true),
          sql`jsonb_array_length(${organisations.sources}) > 0`,
        ),
      )
      .orderBy(asc(organisations.code))
  ).filter((r) => o.region === null || r.regionCode === o.region);
  if (rows.length === 0) throw new DomainError('VALIDATION_FAILED', { region: 'no_offices' });
  const calendar = (await deps.calendar?.get()) ?? builtInCalendar();

  return db.transaction(async (tx) => {
    const mark = await lockSyntheticMark(tx);
    const run = mark.runs + 1;
    // A database without any case is the generator's own: the secondary indexes of the loaded tables
    // are built once at the end instead of row by row (db/deferred-indexes.ts).
    const deferred =
      mark.cases === 0 && (await realCaseCount(tx)) === 0
        ? await dropSecondaryIndexes(tx, LOADED_TABLES)
        : [];
    const years: number[] = [];
    for (let y = toParts(o.from).year; y <= toParts(o.to).year; y++) years.push(y);
    const registers = await RegisterLedger.load(tx, rows, years);
    // domain.md §6: the documents are sealed with the active key, made on first need. Before the chain
    // ledger is loaded: making the key appends to the national chain directly.
    const signer = await activeSealSigner(tx, { actor: null, ...SYNTHETIC_ORIGIN, now });
    const registry = new SyntheticRegistry(signer, deps.publicUrl);
    const chains = await ChainLedger.load(tx, [
      nationalChain('audit'),
      ...rows.map((r) => officeChain('audit', r.code)),
    ]);
    const { staff, created } = await ensureSyntheticStaff(tx, chains, rows, o.seed, now);

    const daysCache = new Map<string, OfficeDays>();
    const offices: CaseOffice[] = rows.map((r) => {
      const schedule = r.schedule ?? USUAL_SCHEDULE;
      const k = `${r.timeZone}|${JSON.stringify({ ...schedule, text: '' })}`;
      let days = daysCache.get(k);
      if (!days) daysCache.set(k, (days = new OfficeDays(schedule, r.timeZone, o.from, o.horizon, calendar)));
      const regional = r.code.endsWith('-000');
      return {
        id: r.id,
        code: r.code,
        timeZone: r.timeZone,
        schedule,
        fourEyes: r.fourEyes,
        staff: staff.get(r.id)!,
        place: {
          code: r.code,
          regional,
          townKk: r.townKk,
          townRu: r.townRu,
          regionNameKk: r.regionNameKk,
          regionNameRu: r.regionNameRu,
        },
        regionCode: r.regionCode ?? r.code.slice(0, 2),
        parentCode: r.parentCode,
        days,
        // The regional departments and the three cities of republican significance see more cases.
        weight: ['71', '75', '79'].includes(r.regionCode ?? '') ? 6 : regional ? 3 : 1,
      };
    });
    // Take-ins on the national working days of the period whose whole day is before the horizon.
    const takeInDays: PlainDate[] = [];
    for (let d = o.from; comparePlainDates(d, o.to) <= 0; d = addDays(d, 1))
      if (
        calendar.isWorkingDay(d) &&
        instantOn(addDays(d, 1), 0, LEGAL_ZONE).getTime() <= o.horizon.getTime()
      )
        takeInDays.push(d);
    if (takeInDays.length === 0)
      throw new DomainError('VALIDATION_FAILED', { from: 'no_working_day_before_now' });

    const ctx = caseContext(o.seed, run, options.cases, takeInDays, offices, registers);
    const queue = await QueueLedger.load(tx, rows, o.from, o.to);
    const replayer = new Replayer(
      registers,
      chains,
      calendar,
      queue,
      new ComplaintReplayer(registers, chains, calendar, ctx.trackingCodes),
    );
    const report = {
      cases: 0,
      actions: 0,
      byKind: {} as Record<string, number>,
      byState: {} as Record<string, number>,
      visits: { tickets: 0, surveyInvitations: 0, surveyAnswers: 0, complaints: 0, complaintAnswers: 0 },
    };
    const batchSize = options.batchSize ?? 2000;
    let finished: LiveCase[] = [];
    // One batch is written while the next is replayed (the database works while this process
    // computes); at most one write is in flight, and they run in order on the transaction.
    let inflight: Promise<void> = Promise.resolve();
    const writeFinished = async () => {
      const batch = finished;
      finished = [];
      await inflight;
      inflight = (async () => {
        report.actions += await writeCases(tx, batch, registry);
        for (const c of batch) {
          report.byKind[c.kind] = (report.byKind[c.kind] ?? 0) + 1;
          const state = c.snapshot!.state;
          report.byState[state] = (report.byState[state] ?? 0) + 1;
          const v = report.visits;
          v.tickets += c.tickets.length;
          if (c.survey) v.surveyInvitations++;
          if (c.survey?.answer) v.surveyAnswers++;
          if (c.complaint) v.complaints++;
          if (c.complaint?.survey) v.complaintAnswers++;
        }
        report.cases += batch.length;
        if (chains.pending > 20_000) await chains.flush(tx);
        options.onProgress?.({ written: report.cases, total: options.cases });
      })();
      // Awaited before the next write and at the end; this only keeps a failure from being
      // reported as unhandled in between.
      inflight.catch(() => undefined);
    };
    const heap = new EventHeap();
    // The replay is synchronous work: every so often it lets the event loop run, so that the write
    // in flight moves on to its next statement (else each of its statements would wait for the next
    // batch to be replayed, and the database and this process would take turns instead of working
    // together).
    let sinceYield = 0;
    const yieldToWrites = async () => {
      if (++sinceYield < 256) return;
      sinceYield = 0;
      await setImmediate();
    };
    const drain = async (bound: number) => {
      for (let e = heap.peek(); e && e.t < bound; e = heap.peek()) {
        await yieldToWrites();
        heap.pop();
        if (replayer.step(e.c)) heap.push({ t: e.c.steps[e.c.next]!.at.getTime(), ord: e.ord, c: e.c });
        else {
          finished.push(e.c);
          if (finished.length >= batchSize) await writeFinished();
        }
      }
    };
    for (let i = 0; i < options.cases; i++) {
      const c = makeCase(ctx, i);
      if (!c) continue;
      // No case still to come is taken in before this one's day begins (in any of the country's
      // zones, UTC+5 or +6): every act before that moment can be replayed now, in order of time.
      const day = toParts(c.day);
      await drain(Date.UTC(day.year, day.month - 1, day.day) - 7 * 3_600_000);
      heap.push({ t: c.steps[0]!.at.getTime(), ord: i, c });
    }
    await drain(Infinity);
    await writeFinished();
    await inflight;
    await saveSyntheticMark(tx, now, {
      runs: run,
      cases: mark.cases + report.cases,
      lastRun: { seed: o.seed, cases: report.cases, from: o.from, to: o.to, region: o.region },
    });
    chains.append(
      nationalChain('audit'),
      { actor: null, ...SYNTHETIC_ORIGIN, now },
      {
        action: 'system.demo_seeded',
        recordType: 'system',
        recordId: 'synthetic-cases',
        data: { organisations: rows.length, accounts: created },
      },
    );
    await chains.save(tx);
    await registers.save(tx, now);
    await queue.save(tx);
    await rebuildIndexes(tx, deferred);
    const seconds = (performance.now() - started) / 1000;
    return {
      run,
      seed: o.seed,
      from: o.from,
      to: o.to,
      offices: rows.length,
      staffCreated: created,
      ...report,
      auditEvents: chains.written,
      documents: registry.documents,
      seconds: Math.round(seconds * 10) / 10,
      casesPerMinute: Math.round((report.cases * 60) / seconds),
    };
  });
}
