// The synthetic case generator (src/app/demo/generate-cases.ts): deterministic from its seed; every
// log folds under the one state table and the cached columns are its fold; S comes from
// clockStartDay; the registers are gapless per office, register and year and follow time; IINs carry
// valid check digits and applications pass annexes 7/8; staff rows cannot sign in; the audit chains
// verify; a database holding a real case is refused.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestDatabase, describeEachDatabase } from '../helpers/databases.js';
import { missionaryApplication, newIdempotencyKey } from '../helpers/applications.js';
import { PASSWORD, seedAccount, seedOffice } from '../helpers/seed.js';
import {
  generateCases,
  RealCasesPresentError,
  type GenerateCasesOptions,
  type GenerateCasesReport,
} from '../../src/app/demo/generate-cases.js';
import { LAST_REGISTER_NUMBER, RegisterFullError } from '../../src/app/demo/synthetic-ledger.js';
import { importDirectory } from '../../src/app/organisations/import-directory.js';
import { setNextNumber } from '../../src/db/register-numbers.js';
import { openCaseAtCounter } from '../../src/app/cases/open-case-at-counter.js';
import { signIn } from '../../src/app/accounts/sign-in.js';
import { resolveSession } from '../../src/app/accounts/session.js';
import type { Deps } from '../../src/app/deps.js';
import { DomainError } from '../../src/app/errors.js';
import { verifyChains } from '../../src/db/audit-trail.js';
import { verificationKeys } from '../../src/app/documents/seal-keys.js';
import { verifySeal } from '../../src/documents/seal/seal.js';
import { queryRows, type Database } from '../../src/db/database.js';
import { builtInCalendar, clockStartDay, isOfficeDay } from '../../src/domain/calendar/index.js';
import { breakOfDay, hoursOfDay, waitMinutes } from '../../src/domain/queue/index.js';
import { hashSurveyToken, surveyToken } from '../../src/app/notify/case-notices.js';
import { caseDueDays, foldCase, type CaseAction } from '../../src/domain/case/index.js';
import {
  formatOfficeCode,
  parseCertificateNumber,
  parseIin,
  parseRegisterNumber,
} from '../../src/domain/identifiers/index.js';
import {
  RULE_VERSIONS,
  caseRuleVersion,
  ruleVersionFor,
  validateGroupApplication,
  validateMissionaryApplication,
  type GroupApplicationInput,
  type MissionaryApplicationInput,
} from '../../src/domain/standard/index.js';
import { plainDateAt, type PlainDate } from '../../src/domain/time/plain-date.js';
import type { WeeklySchedule } from '../../src/domain/time/weekly-schedule.js';
import { standaloneDeps } from '../../src/app/standalone-deps.js';

const NOW = new Date('2026-03-10T06:00:00Z');
const OPTIONS: GenerateCasesOptions = {
  cases: 500,
  seed: 'generate-cases-test',
  from: '2025-10-01',
  to: '2026-03-06',
};
const origin = { ip: null, requestId: 'test' };
const SEED_FILE = fileURLToPath(new URL('../../seed/standard-2011-kk.txt', import.meta.url));

const depsOf = (database: Database): Deps => standaloneDeps(database, () => NOW);

interface CaseRow {
  id: string;
  tracking_code: string;
  kind: string;
  state: string;
  version: number;
  office: string;
  region: string;
  first_office: string;
  incoming_number: string | null;
  stamped_at: Date | null;
  start_day: string | null;
  result_due: string | null;
  refusal_due: string | null;
  stopped_at: Date | null;
  document_number: string | null;
  outgoing_number: string | null;
  valid_until: string | null;
  rule_version_id: string | null;
  created_at: Date;
  updated_at: Date;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

async function readCases(db: Database['db']) {
  const rows = await queryRows<CaseRow>(
    db,
    sql`select c.id, c.tracking_code, c.kind, c.state, c.version, o.code as office, o.region_code as region,
          f.code as first_office,
          c.incoming_number, c.stamped_at, c.start_day::text as start_day, c.result_due::text as result_due,
          c.refusal_due::text as refusal_due, c.stopped_at, c.document_number, c.outgoing_number,
          c.valid_until::text as valid_until, c.rule_version_id, c.created_at, c.updated_at
        from cases c join organisations o on o.id = c.organisation_id
        join organisations f on f.id = c.first_organisation_id order by c.tracking_code`,
  );
  const actions = await queryRows<{ case_id: string; payload: CaseAction }>(
    db,
    sql`select case_id, payload from case_actions order by case_id, seq`,
  );
  const logs = new Map<string, CaseAction[]>();
  for (const a of actions) logs.set(a.case_id, [...(logs.get(a.case_id) ?? []), a.payload]);
  return { rows, logs };
}

describeEachDatabase('synthetic cases (tirkeu demo generate)', (get) => {
  let report: GenerateCasesReport;
  before(async () => {
    report = await generateCases(depsOf(get().database), OPTIONS);
  });

  it('writes the cases asked for, of all four kinds, across every region, in many states', async () => {
    assert.equal(report.cases, OPTIONS.cases);
    assert.equal(report.offices, 213);
    assert.equal(report.staffCreated, 213 * 5);
    assert.deepEqual(Object.keys(report.byKind).sort(), [
      'group-re-registration',
      'group-registration',
      'missionary-re-registration',
      'missionary-registration',
    ]);
    const { rows, logs } = await readCases(get().database.db);
    assert.equal(rows.length, OPTIONS.cases);
    assert.equal(new Set(rows.map((r) => r.region)).size, 20, 'cases in every region');
    const states = new Set(rows.map((r) => r.state));
    for (const s of ['handed_over', 'refusal_delivered', 'withdrawn', 'ready_to_collect'])
      assert.ok(states.has(s), `some case ${s}`);
    // The horizon (the end of `to`) leaves recent cases open at various states.
    assert.ok(['registered', 'under_review', 'proposed'].some((s) => states.has(s)));
    const kinds = new Set([...logs.values()].flatMap((l) => l.map((a) => a.kind)));
    for (const k of ['transfer', 'receive_transfer', 'send_back', 'sign_refusal', 'abandon'])
      assert.ok(kinds.has(k as CaseAction['kind']), `some log has ${k}`);
  });

  it('writes the registry: each case its registrant, each signed case its sealed document, re-registrations re-using people', async () => {
    const db = get().database.db;
    const [unlinked] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from cases where registrant_id is null or confession is null`,
    );
    assert.equal(unlinked?.n, 0);
    const docs = await queryRows<{
      number: string;
      case_registrant: string;
      registrant_id: string;
      seal_text: string;
      status: string;
    }>(
      db,
      sql`select d.number, c.registrant_id as case_registrant, d.registrant_id, d.seal_text, d.status
          from cases c join issued_documents d on d.case_id = c.id`,
    );
    const [signed] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from cases where document_number is not null`,
    );
    assert.equal(docs.length, signed?.n);
    assert.equal(report.documents, docs.length);
    assert.ok(
      docs.every((d) => d.registrant_id === d.case_registrant && d.seal_text.includes(`/check/${d.number}#`)),
    );
    const keys = await verificationKeys(db);
    for (const d of docs.slice(0, 50)) assert.equal(verifySeal(d.seal_text, keys.keys).valid, true, d.number);
    // Re-registrations meet people and groups of earlier cases; their new document supersedes the old.
    const [shared] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from (select registrant_id from cases group by 1 having count(*) > 1) x`,
    );
    assert.ok((shared?.n ?? 0) > 10, String(shared?.n));
    const superseded = await queryRows<{
      number: string;
      successor_number: string;
      later: boolean;
      events: number;
    }>(
      db,
      sql`select d.number, d.successor_number, s.issued_on >= d.issued_on as later,
            (select count(*)::int from registration_events e where e.document_number = d.number and e.kind = 'superseded') as events
          from issued_documents d join issued_documents s on s.number = d.successor_number
          where d.status = 'superseded' and s.registrant_id = d.registrant_id`,
    );
    const [all] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from issued_documents where status = 'superseded'`,
    );
    assert.ok(superseded.length > 0);
    assert.equal(superseded.length, all?.n);
    assert.ok(superseded.every((x) => x.later && x.events === 1));
  });

  it('is deterministic: the same seed in a fresh database gives the same cases, numbers and logs', async () => {
    const other = await createTestDatabase(get().engine);
    try {
      await generateCases(depsOf(other.database), OPTIONS);
      const snapshot = (db: Database['db']) =>
        queryRows(
          db,
          sql`select c.tracking_code, c.incoming_number, c.document_number, c.outgoing_number, c.state,
                c.registrant_id, c.confession, a.seq, a.payload, p.data
              from cases c join case_actions a on a.case_id = c.id join case_applications p on p.case_id = c.id
              order by c.tracking_code, a.seq`,
        );
      const [mine, theirs] = [await snapshot(get().database.db), await snapshot(other.database.db)];
      assert.equal(mine.length, theirs.length);
      assert.deepEqual(theirs, mine);
      // The visits, the survey and the complaints too (the invitations' token is the installation's own).
      const rest = async (db: Database['db']) => [
        await queryRows(
          db,
          sql`select t.id, t.day::text, t.label, t.issued_at, t.called_at, t.started_at, t.finished_at, t.case_id
              from queue_tickets t order by t.id`,
        ),
        await queryRows(db, sql`select case_id, used from survey_invitations order by case_id`),
        await queryRows(
          db,
          sql`select a.id, o.code, a.answered_on::text, a.process, a.information, a.politeness
              from survey_answers a join organisations o on o.id = a.organisation_id order by a.id`,
        ),
        await queryRows(
          db,
          sql`select id, tracking_code, incoming_number, outgoing_number, state, outcome, registered_at,
                decided_at, delivered_on::text, survey_answered from complaints order by id`,
        ),
        await queryRows(
          db,
          sql`select a.id, o.code, a.answered_on::text, a.score
              from complaint_survey_answers a join organisations o on o.id = a.organisation_id order by a.id`,
        ),
      ];
      assert.deepEqual(await rest(other.database.db), await rest(get().database.db));
    } finally {
      await other.drop();
    }
  });

  it('every log folds under the state table, S is clockStartDay of the stamp, and the cached columns are the fold', async () => {
    const db = get().database.db;
    const { rows, logs } = await readCases(db);
    const offices = new Map(
      (
        await queryRows<{ code: string; schedule: WeeklySchedule | null; time_zone: string }>(
          db,
          sql`select code, schedule, time_zone from organisations where kind = 'service_office'`,
        )
      ).map((o) => [o.code, o]),
    );
    const calendar = builtInCalendar();
    for (const row of rows) {
      const log = logs.get(row.id)!;
      const s = foldCase(log); // throws on any action the table does not allow
      const where = `case ${row.tracking_code}`;
      assert.equal(row.state, s.state, where);
      assert.equal(row.version, s.actionCount, where);
      assert.equal(row.kind, s.applicationKind, where);
      assert.equal(row.office, s.officeCode, where);
      assert.equal(row.first_office, log[0]!.kind === 'take_in' ? log[0]!.officeCode : null, where);
      assert.equal(iso(row.created_at), iso(s.openedAt), where);
      assert.equal(iso(row.updated_at), iso(s.lastActionAt), where);
      assert.equal(row.incoming_number, s.incomingNumbers.at(-1) ?? null, where);
      assert.equal(iso(row.stamped_at), iso(s.registration?.stampedAt ?? null), where);
      assert.equal(row.start_day, s.startDay, where);
      assert.equal(row.document_number, s.result?.documentNumber ?? null, where);
      assert.equal(row.valid_until, s.result?.validUntil ?? null, where);
      assert.equal(row.outgoing_number, s.refusal?.outgoingNumber ?? null, where);
      const stop = log.find((a) => a.kind === 'sign' || a.kind === 'deliver_refusal');
      assert.equal(iso(row.stopped_at), iso(stop?.at ?? null), where);
      const stamp = log.find((a) => a.kind === 'stamp');
      if (stamp?.kind === 'stamp') {
        const office = offices.get(log[0]!.kind === 'take_in' ? log[0]!.officeCode : '')!;
        const S = clockStartDay(new Date(stamp.at), office.schedule!, office.time_zone, calendar);
        assert.equal(stamp.startDay, S, `${where}: S from clockStartDay`);
        const version = caseRuleVersion(S, RULE_VERSIONS);
        const due = caseDueDays(S, version, calendar);
        assert.equal(row.result_due, due.resultDue, where);
        assert.equal(row.refusal_due, due.refusalDue, where);
        assert.equal(row.rule_version_id, version.id, where);
        // §16: the only ground for refusal is what the stamp recorded as missing.
        const draft = log.find((a) => a.kind === 'draft_refusal');
        if (draft?.kind === 'draft_refusal')
          assert.deepEqual(draft.missingItemIds, stamp.checklist.missingItemIds, where);
        if (stamp.checklist.complete)
          assert.equal(draft, undefined, `${where}: no refusal of a complete set`);
      } else {
        assert.equal(row.start_day, null, where);
        assert.equal(
          row.rule_version_id,
          ruleVersionFor(plainDateAt(new Date(row.created_at), 'Asia/Almaty'), RULE_VERSIONS).id,
        );
      }
    }
  });

  it('numbers (of cases and complaints) are gapless per office, register and year, follow time, and the counters continue after them', async () => {
    const db = get().database.db;
    const { logs } = await readCases(db);
    const registers = new Map<string, { at: string; seq: number }[]>();
    const add = (office: string, register: string, year: number, at: string, seq: number) => {
      const k = `${office}|${register}|${year}`;
      registers.set(k, [...(registers.get(k) ?? []), { at, seq }]);
    };
    for (const log of logs.values())
      for (const a of log) {
        if (a.kind === 'stamp' || a.kind === 'receive_transfer') {
          const n = parseRegisterNumber(a.incomingNumber);
          assert.ok(n.ok);
          add(formatOfficeCode(n.value.office), 'incoming', n.value.year, a.at, n.value.seq);
        }
        if (a.kind === 'sign_refusal') {
          const n = parseRegisterNumber(a.outgoingNumber);
          assert.ok(n.ok);
          add(formatOfficeCode(n.value.office), 'outgoing', n.value.year, a.at, n.value.seq);
        }
        if (a.kind === 'sign') {
          const n = parseCertificateNumber(a.documentNumber);
          assert.ok(n.ok);
          add(formatOfficeCode(n.value.office), n.value.kind, n.value.year, a.at, n.value.seq);
        }
      }
    // A complaint enters the office's incoming register, its answer the outgoing one (§20–25).
    const filed = await queryRows<{
      incoming_number: string;
      registered_at: Date;
      outgoing_number: string | null;
      decided_at: Date | null;
    }>(db, sql`select incoming_number, registered_at, outgoing_number, decided_at from complaints`);
    assert.ok(filed.length > 0, 'some complaints');
    for (const f of filed) {
      const n = parseRegisterNumber(f.incoming_number);
      assert.ok(n.ok);
      add(formatOfficeCode(n.value.office), 'incoming', n.value.year, iso(f.registered_at)!, n.value.seq);
      if (f.outgoing_number) {
        const o = parseRegisterNumber(f.outgoing_number);
        assert.ok(o.ok);
        add(formatOfficeCode(o.value.office), 'outgoing', o.value.year, iso(f.decided_at)!, o.value.seq);
      }
    }
    assert.ok(registers.size > 100);
    const counters = new Map(
      (
        await queryRows<{ code: string; register: string; year: number; next_seq: number }>(
          db,
          sql`select o.code, r.register, r.year, r.next_seq from register_counters r
              join organisations o on o.id = r.organisation_id`,
        )
      ).map((c) => [`${c.code}|${c.register}|${c.year}`, c.next_seq]),
    );
    for (const [k, entries] of registers) {
      const byTime = [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
      assert.deepEqual(
        byTime.map((e) => e.seq),
        byTime.map((_, i) => i + 1),
        `${k}: 1…n in order of time`,
      );
      assert.equal(
        counters.get(k),
        entries.length + 1,
        `${k}: the counter continues after ${entries.length}`,
      );
    }
  });

  it('applications pass annexes 7/8 and every IIN has a valid check digit', async () => {
    const rows = await queryRows<{ data: MissionaryApplicationInput | GroupApplicationInput }>(
      get().database.db,
      sql`select data from case_applications`,
    );
    let iins = 0;
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if (k === 'iin') {
            iins++;
            assert.ok(parseIin(String(x)).ok, `IIN ${String(x)}`);
          } else walk(x);
        }
    };
    for (const { data } of rows) {
      walk(data);
      const version = ruleVersionFor(data.applicationDate as PlainDate, RULE_VERSIONS);
      const result = data.kind.startsWith('missionary')
        ? validateMissionaryApplication(data as MissionaryApplicationInput, version)
        : validateGroupApplication(data as GroupApplicationInput, version);
      assert.deepEqual(result.errors, []);
    }
    assert.ok(iins > OPTIONS.cases, `${iins} IINs checked`);
  });

  it('staff rows have no credentials and cannot sign in', async () => {
    const deps = depsOf(get().database);
    const staff = await queryRows<{ login: string; password_hash: string | null }>(
      get().database.db,
      sql`select login, password_hash from accounts where login like 'syn.%'`,
    );
    assert.equal(staff.length, 213 * 5);
    assert.ok(staff.every((s) => s.password_hash === null));
    for (const password of ['', PASSWORD, 'syn'])
      await assert.rejects(
        signIn(deps, { login: staff[0]!.login, password }, origin),
        (e) => e instanceof DomainError && e.code === 'SIGN_IN_FAILED',
      );
  });

  it('writes an audit event per action on the office chains, and every chain verifies', async () => {
    const db = get().database.db;
    const [n] = await queryRows<{ events: number; actions: number }>(
      db,
      sql`select (select count(*)::int from audit_events where record_type = 'case') as events,
                 (select count(*)::int from case_actions) as actions`,
    );
    assert.equal(n!.events, n!.actions);
    assert.equal(report.auditEvents > n!.events, true, 'plus the staff and the run on the national chain');
    const v = await verifyChains(db);
    assert.deepEqual(v.problems, []);
  });

  it('gives each visit at the desk its ticket (§9): numbered per office day in order of the visits, issued on office days within receiving hours, linked to its case, most within the norms of §7.2–7.4', async () => {
    const db = get().database.db;
    const tickets = await queryRows<{
      office: string;
      organisation_id: string;
      schedule: WeeklySchedule;
      time_zone: string;
      day: string;
      purpose: string;
      seq: number;
      label: string;
      status: string;
      issued_at: Date;
      called_at: Date;
      started_at: Date;
      finished_at: Date;
      desk_office: string;
      case_office_ok: boolean;
      case_id: string | null;
    }>(
      db,
      sql`select o.code as office, t.organisation_id, o.schedule, o.time_zone, t.day::text as day, t.purpose,
            t.seq, t.label, t.status, t.issued_at, t.called_at, t.started_at, t.finished_at,
            d.organisation_id as desk_office, t.case_id,
            exists (select 1 from case_actions a where a.case_id = t.case_id) as case_office_ok
          from queue_tickets t join organisations o on o.id = t.organisation_id
          join queue_desks d on d.id = t.desk_id
          order by t.organisation_id, t.day, t.purpose, t.seq`,
    );
    // Instants as dates on both engines.
    for (const t of tickets)
      for (const k of ['issued_at', 'called_at', 'started_at', 'finished_at'] as const) t[k] = new Date(t[k]);
    // One A ticket per take-in, one B per hand-over or refusal delivered in person.
    const { logs } = await readCases(db);
    let handIn = 0;
    let collect = 0;
    for (const log of logs.values())
      for (const a of log) {
        if (a.kind === 'take_in') handIn++;
        if (a.kind === 'hand_over' || (a.kind === 'deliver_refusal' && a.how === 'in_person')) collect++;
      }
    assert.equal(tickets.filter((t) => t.purpose === 'hand-in').length, handIn);
    assert.equal(tickets.filter((t) => t.purpose === 'collect').length, collect);
    assert.ok(collect > 100, `${collect} collect tickets`);
    assert.equal(report.visits.tickets, tickets.length);
    const calendar = builtInCalendar();
    const series = new Map<string, typeof tickets>();
    for (const t of tickets) {
      const where = `${t.office} ${t.day} ${t.label}`;
      assert.equal(t.status, 'done', where);
      assert.ok(t.case_id && t.case_office_ok, `${where}: linked to its case`);
      assert.equal(t.desk_office, t.organisation_id, `${where}: a desk of the office`);
      assert.equal(t.label, `${t.purpose === 'hand-in' ? 'A' : 'B'}${String(t.seq).padStart(3, '0')}`);
      assert.ok(
        t.issued_at <= t.called_at && t.called_at <= t.started_at && t.started_at < t.finished_at,
        where,
      );
      // §9: the kiosk gives tickets on the office's days, within its hours and not in its break.
      assert.equal(plainDateAt(t.issued_at, t.time_zone), t.day, where);
      assert.ok(isOfficeDay(t.schedule, t.day as PlainDate, calendar), `${where}: an office day`);
      const hours = hoursOfDay(t.schedule, t.day as PlainDate, t.time_zone);
      assert.ok(t.issued_at >= hours.start && t.issued_at <= hours.end, `${where}: within hours`);
      const br = breakOfDay(t.schedule, t.day as PlainDate, t.time_zone);
      assert.ok(!br || t.issued_at <= br.start || t.issued_at >= br.end, `${where}: not in the break`);
      const k = `${t.organisation_id}|${t.day}|${t.purpose}`;
      series.set(k, [...(series.get(k) ?? []), t]);
    }
    const counters = new Map(
      (
        await queryRows<{ organisation_id: string; day: string; series: string; next_seq: number }>(
          db,
          sql`select organisation_id, day::text as day, series, next_seq from queue_counters`,
        )
      ).map((c) => [`${c.organisation_id}|${c.day}|${c.series === 'A' ? 'hand-in' : 'collect'}`, c.next_seq]),
    );
    for (const [k, list] of series) {
      assert.deepEqual(
        list.map((t) => t.seq),
        list.map((_, i) => i + 1),
        `${k}: gapless`,
      );
      assert.equal(counters.get(k), list.length + 1, `${k}: the kiosk continues after ${list.length}`);
    }
    // §7.2–7.4: most waits and services within the norms, some not.
    const share = (xs: boolean[]) => xs.filter(Boolean).length / xs.length;
    const of = (purpose: string) => tickets.filter((t) => t.purpose === purpose);
    const wait = (t: (typeof tickets)[number]) =>
      waitMinutes(
        { issuedAt: t.issued_at, calledAt: t.called_at, startedAt: t.started_at, finishedAt: t.finished_at },
        breakOfDay(t.schedule, t.day as PlainDate, t.time_zone),
        t.called_at,
      );
    const waitOk = share(of('hand-in').map((t) => wait(t) <= 30));
    const serviceOk = share(
      of('hand-in').map((t) => (t.finished_at.getTime() - t.started_at.getTime()) / 60_000 <= 15),
    );
    const collectOk = share(of('collect').map((t) => wait(t) <= 15));
    for (const [name, x] of [
      ['hand-in wait ≤ 30', waitOk],
      ['hand-in service ≤ 15', serviceOk],
      ['collect wait ≤ 15', collectOk],
    ] as const)
      assert.ok(x > 0.75 && x < 0.99, `${name}: ${x}`);
  });

  it('invites each case handed over or refused in person to the §18 survey, and some answer 2.1/3.1/5.1 at the counter', async () => {
    const db = get().database.db;
    const { logs } = await readCases(db);
    const invited = [...logs].filter(([, log]) => {
      const a = log.find((x) => x.kind === 'hand_over' || x.kind === 'deliver_refusal');
      return a !== undefined && (a.kind === 'hand_over' || a.how === 'in_person');
    });
    const rows = await queryRows<{ case_id: string; token_hash: string; used: boolean; office_ok: boolean }>(
      db,
      sql`select i.case_id, i.token_hash, i.used,
            i.organisation_id = c.organisation_id as office_ok
          from survey_invitations i join cases c on c.id = i.case_id`,
    );
    assert.equal(rows.length, invited.length);
    assert.ok(rows.every((r) => r.office_ok));
    // The token is the one case-notices.ts gives the case: the survey's link works.
    for (const r of rows.slice(0, 20))
      assert.equal(r.token_hash, hashSurveyToken(await surveyToken(db, r.case_id)));
    const [n] = await queryRows<{ answers: number; bad: number; audited: number }>(
      db,
      sql`select (select count(*)::int from survey_answers) as answers,
            (select count(*)::int from survey_answers where least(process, information, politeness) < 1
               or greatest(process, information, politeness) > 5) as bad,
            (select count(*)::int from audit_events where action = 'survey.answered') as audited`,
    );
    const used = rows.filter((r) => r.used).length;
    assert.equal(n!.answers, used);
    assert.equal(n!.audited, used);
    assert.equal(n!.bad, 0);
    assert.ok(used > 0.15 * rows.length && used < 0.6 * rows.length, `${used} of ${rows.length}`);
    const scores = await queryRows<{ process: number }>(db, sql`select process from survey_answers`);
    assert.equal(new Set(scores.map((s) => s.process)).size, 5, 'every score 1–5 given');
  });

  it('files a few complaints (§20–25) about cases ended at the office, answered and delivered as the register records them, some rated (4.1)', async () => {
    const db = get().database.db;
    const rows = await queryRows<{
      state: string;
      kind: string;
      office_ok: boolean;
      case_state: string;
      outgoing_number: string | null;
      delivered_on: string | null;
      answered_on: string | null;
      registered_on: string;
      survey_answered: boolean;
      events: number;
    }>(
      db,
      sql`select p.state, p.kind, p.office_id = c.organisation_id and p.handled_by = p.office_id as office_ok,
            c.state as case_state, p.outgoing_number, p.delivered_on::text as delivered_on,
            p.answered_on::text as answered_on, p.registered_on::text as registered_on, p.survey_answered,
            (select count(*)::int from audit_events e where e.record_type = 'complaint' and e.record_id = p.id::text) as events
          from complaints p join cases c on c.id = p.case_id`,
    );
    assert.ok(rows.length > 0 && rows.length < OPTIONS.cases / 50, `${rows.length} complaints`);
    for (const r of rows) {
      assert.ok(r.office_ok);
      assert.ok(['handed_over', 'refusal_delivered'].includes(r.case_state), r.case_state);
      assert.equal(r.kind === 'result', r.case_state === 'refusal_delivered');
      assert.equal(r.outgoing_number !== null, ['answered', 'delivered'].includes(r.state));
      if (r.answered_on) assert.ok(r.answered_on >= r.registered_on);
      if (r.delivered_on) assert.ok(r.delivered_on >= r.answered_on!);
      // One event per act: registered, assigned, answered, delivered, and the 4.1 answer.
      const acts = { registered: 1, assigned: 2, answered: 3, delivered: 4 }[r.state]!;
      assert.equal(r.events, acts + (r.survey_answered ? 1 : 0));
    }
    assert.equal(report.visits.complaints, rows.length);
    const [n] = await queryRows<{ answers: number }>(
      db,
      sql`select count(*)::int as answers from complaint_survey_answers`,
    );
    assert.equal(n!.answers, rows.filter((r) => r.survey_answered).length);
  });

  it('a second run adds to the synthetic data and continues every register', async () => {
    const second = await generateCases(depsOf(get().database), { ...OPTIONS, cases: 120, seed: 'second' });
    assert.equal(second.run, 2);
    assert.equal(second.staffCreated, 0);
    const [n] = await queryRows<{ n: number }>(get().database.db, sql`select count(*)::int as n from cases`);
    assert.equal(n!.n, OPTIONS.cases + 120);
    assert.deepEqual((await verifyChains(get().database.db)).problems, []);
  });

  it('keeps every register within its four digits: full offices are passed over, and too many cases are refused whole', async () => {
    const fresh = await createTestDatabase(get().engine);
    try {
      const deps = depsOf(fresh.database);
      const db = fresh.database.db;
      await importDirectory(deps, origin, fs.readFileSync(SEED_FILE, 'utf8'));
      const offices = await queryRows<{ id: string; code: string }>(
        db,
        sql`select id, code from organisations where kind = 'service_office' and region_code = '35' order by code`,
      );
      // One office of the region has room for about 140 more incoming numbers this year, the others
      // for a few: 150 cases fit only if every number left is counted once.
      const [roomy, ...nearlyFull] = offices;
      await setNextNumber(db, roomy!.id, 'incoming', 2026, LAST_REGISTER_NUMBER - 140);
      for (const o of nearlyFull) await setNextNumber(db, o.id, 'incoming', 2026, LAST_REGISTER_NUMBER - 4);
      const period = { from: '2026-01-12', to: '2026-03-06', region: '35' };
      const r = await generateCases(deps, { ...period, cases: 150, seed: 'full' });
      assert.equal(r.cases, 150);
      const [top] = await queryRows<{ max: number; roomy: number }>(
        db,
        sql`select max(next_seq)::int as max,
              (select count(*)::int from cases where first_organisation_id = ${roomy!.id}) as roomy
            from register_counters where register = 'incoming'`,
      );
      assert.ok(top!.max <= LAST_REGISTER_NUMBER + 1, `no register past ${LAST_REGISTER_NUMBER}`);
      assert.ok(top!.roomy >= 150 - 4 * nearlyFull.length, 'the cases went where there was room');
      // What cannot fit is refused before anything is written.
      const before = await queryRows(db, sql`select count(*)::int as n from cases`);
      await setNextNumber(db, roomy!.id, 'incoming', 2026, LAST_REGISTER_NUMBER - 4);
      await assert.rejects(
        generateCases(deps, { ...period, cases: 400, seed: 'overflow' }),
        RegisterFullError,
      );
      assert.deepEqual(await queryRows(db, sql`select count(*)::int as n from cases`), before);
    } finally {
      await fresh.drop();
    }
  });

  it('refuses a database that holds a real case, fresh or synthetic, and writes nothing', async () => {
    const openRealCase = async (deps: Deps) => {
      const office = await seedOffice(deps, { regionCode: '71' });
      const { login } = await seedAccount(deps, office.id, ['clerk']);
      const session = await resolveSession(
        deps,
        (await signIn(deps, { login, password: PASSWORD }, origin)).token,
      );
      assert.equal(session.kind, 'live');
      if (session.kind !== 'live') return;
      await openCaseAtCounter(deps, session.actor, origin, {
        kind: 'missionary-registration',
        language: 'kk',
        application: missionaryApplication(NOW),
        consent: true,
        idempotencyKey: newIdempotencyKey(),
      });
    };
    const counts = async (db: Database['db']) =>
      (
        await queryRows<{ cases: number; staff: number }>(
          db,
          sql`select (select count(*)::int from cases) as cases,
                     (select count(*)::int from accounts where login like 'syn.%') as staff`,
        )
      )[0];
    const fresh = await createTestDatabase(get().engine);
    try {
      const deps = depsOf(fresh.database);
      await openRealCase(deps);
      await assert.rejects(generateCases(deps, { ...OPTIONS, cases: 10 }), RealCasesPresentError);
      assert.deepEqual(await counts(fresh.database.db), { cases: 1, staff: 0 });
    } finally {
      await fresh.drop();
    }
    // A synthetic database in which someone opened a real case is no longer synthetic only.
    const deps = depsOf(get().database);
    await openRealCase(deps);
    const before = await counts(get().database.db);
    await assert.rejects(
      generateCases(deps, { ...OPTIONS, cases: 10, seed: 'third' }),
      RealCasesPresentError,
    );
    assert.deepEqual(await counts(get().database.db), before);
  });
});
