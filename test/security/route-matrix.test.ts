// Issue 11 §4: a route × role × office matrix over EVERY route the app registers. The app is built with
// an onRoute hook that lists its routes; a route missing from the table below fails the test, so a new
// staff page or API operation cannot be added without saying who may use it.
//
// The table is written from domain.md §3 (roles) and the grants of the standard (§9–§25), NOT derived
// from src/app/policies (else it could not fail). For every staff route and every role — staff of
// office A, its akimat's staff, the regional supervisor of A's region (whose scope does not reach office
// B, in another region), the national authority's supervisor and administrator, and no one signed in —
// each cell is sent against a record of office A and, where the route names a record, of office B:
//   - an allowed cell passes the guard: a GET answers 2xx (or the 3xx it is meant to); a POST is sent
//     a real record (a scan, a correction, a pass, a certificate, a desk, an application sent online, a
//     ticket called to a desk, a case to move or whose materials to return — made for the cell where
//     the act uses it up) and a valid body, must answer the status of the act done and, where that
//     status does not prove it, leave the act's effect in the database; the one exception is the
//     intake form (sent empty: its 400 is past the guard; a filled intake is proven in its suites);
//   - every other cell is refused (a page sends the signed-out to the sign-in page; 401 / 403 / 404
//     otherwise) and a refused POST (sent with a valid CSRF token) changes nothing;
//   - NO answer to anyone whose scope does not reach office B holds office B's tracking codes,
//     applicant's name, passport number, document number or complaint's complainant.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import fs from 'node:fs';
import { sql, type SQL } from 'drizzle-orm';
import type { RouteOptions } from 'fastify';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { FormClient } from '../helpers/form-client.js';
import { PASSWORD, seedAccount, seedOffice } from '../helpers/seed.js';
import { MISSIONARY_ITEMS, missionaryApplication, newIdempotencyKey } from '../helpers/applications.js';
import { complaintWorld, type World } from '../helpers/complaints.js';
import { signedCase } from '../helpers/signed-cases.js';
import { signIn } from '../../src/app/accounts/sign-in.js';
import { verifyPassword } from '../../src/app/accounts/passwords.js';
import { resolveSession } from '../../src/app/accounts/session.js';
import type { Actor } from '../../src/app/actor.js';
import { openCaseAtCounter } from '../../src/app/cases/open-case-at-counter.js';
import { performCaseAction } from '../../src/app/cases/perform-case-action.js';
import { attachScans } from '../../src/app/cases/case-scans.js';
import { proposeCorrection } from '../../src/app/cases/case-corrections.js';
import { registerComplaint } from '../../src/app/complaints/register-complaint.js';
import { answerComplaint } from '../../src/app/complaints/work-complaint.js';
import { addDesk, newKioskToken } from '../../src/app/queue/configure-queue.js';
import { actOnTicket, callNext, leaveDesk, sitAtDesk } from '../../src/app/queue/desk-work.js';
import { hashKioskToken, issueTicket } from '../../src/app/queue/issue-ticket.js';
import { startOnlineApplication, submitOnlineApplication } from '../../src/app/portal/online-application.js';
import { confirmPass, PASS_DOCUMENT_KINDS } from '../../src/app/queue/visitor-passes.js';
import { requestFurtherMaterials } from '../../src/app/registry/further-materials.js';
import { queryRows } from '../../src/db/database.js';
import { activeTicketOf } from '../../src/db/queue-tickets-store.js';
import { builtInCalendar, isOfficeOpenAt, nextOpeningAt } from '../../src/domain/calendar/index.js';
import { plainDateAt } from '../../src/domain/time/plain-date.js';
import { USUAL_SCHEDULE } from '../../src/domain/time/weekly-schedule.js';
import type { Role } from '../../src/domain/roles/roles.js';
import type { Deps } from '../../src/app/deps.js';
import { LANGS } from '../../src/i18n/i18n.js';

/** Who sends: staff of office A (region 31), of A's akimat, supervisors, the national authority. */
const WHO = {
  clerk: 'office',
  records: 'office',
  officer: 'office',
  head: 'office',
  pass_bureau: 'office',
  administrator: 'office',
  akimat_records: 'akimat',
  akimat_head: 'akimat',
  regional_supervisor: 'region', // of the regional department of A's region; B is in another region
  national_supervisor: 'agency',
  agency_admin: 'agency',
} as const;
type Who = keyof typeof WHO | 'anonymous';
const STAFF = Object.keys(WHO) as (keyof typeof WHO)[];
const ALL_WHO: Who[] = ['anonymous', ...STAFF];

/** What a route names: nothing, or a record of office A or B. */
type Target = 'case' | 'document' | 'complaint' | 'desk' | 'account' | 'registrant' | 'office' | 'pass';

interface Row {
  /** Who may use it on office A's record (or at all, for a route without a record). */
  a: readonly Who[];
  /** Who may use it on office B's record (the national supervisor reads every office's). */
  b?: readonly Who[];
  target?: Target;
  /** domain.md §4, §17: office staff find a registrant of any office and see another office's minimally
   *  (number, name, status, office), never its identity documents or its cases. */
  minimalOfB?: boolean;
  /** The status an allowed GET answers (default 200). */
  ok?: number;
  /** The status an allowed POST answers: the act was done (a POST without it is only held to pass the
   *  guard, i.e. not 401 / 403 / 404). */
  done?: number;
  /** What an allowed act leaves behind, read back from the database (where a refusal could answer
   *  with the same status, e.g. the desk's console redirecting, or where the status does not say
   *  which record was changed): false fails the cell. Told who sent it and the answer's body. */
  acted?: (f: Fixture, side: Side, fresh: string | null, answer: Answer) => Promise<boolean>;
  /** Query string of a list (e.g. the API's worklist). */
  query?: string;
  /** The sub-record an allowed act uses up (a file removed, a correction decided, a pass marked): each
   *  allowed cell is sent a fresh one; refused cells are sent the side's standing one (which exists). */
  fresh?: keyof Makers;
  /** Where the side's standing sub-record cannot stand for the whole run (the ticket a desk holds is
   *  moved on by the allowed acts): refused cells are sent the one this maker gives when they are sent. */
  standing?: keyof Makers;
  /** A POST's form (or JSON body for the API). */
  body?: (
    f: Fixture,
    side: Side,
    fresh: string | null,
  ) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** The POST carries a scan (multipart/form-data, one PDF as the part `file`). */
  upload?: boolean;
}
type Side = 'A' | 'B';
/** Who sent an allowed act, and what the app answered. */
interface Answer {
  who: Who;
  body: string;
}

const OFFICE = ['clerk', 'records', 'officer', 'head'] as const;
const ANY_STAFF = STAFF;
const NATIONAL = ['national_supervisor'] as const;
const READERS = [...OFFICE, 'regional_supervisor', 'national_supervisor'] as const;
const PUBLIC = 'public' as const;
/** Signing in and out: the door itself, open to anyone (proven in test/http/staff-sign-in.test.ts). */
const DOOR = 'door' as const;

/** An action on the case at its current version, so that the answer is the guard's, not a stale version's. */
let versionOf: (caseId: string) => Promise<number> = () => Promise.resolve(0);
/** A case's state and a ticket's status, as the database holds them (for the rows' `acted`). */
let stateOf: (caseId: string) => Promise<string> = () => Promise.resolve('');
let ticketStatusOf: (ticketId: string) => Promise<string> = () => Promise.resolve('');
/** Who is seated at a desk (null: no one). */
let seatedAt: (deskId: string) => Promise<string | null> = () => Promise.resolve(null);
let complaintVersionOf: (complaintId: string) => Promise<number> = () => Promise.resolve(0);
/** The rows a query finds in the run's database (for what the rows' `acted` read back). */
let rowsOf: <T>(query: SQL) => Promise<T[]> = () => Promise.resolve([]);
const exists = async (query: SQL) => (await rowsOf(query)).length > 0;
/** The account each sender is signed in as. */
const accountOf = new Map<Who, string>();
/** What the forms of the rows last sent (each allowed cell's `acted` reads back its own values). */
const sent: Record<string, string> = {};
/** A counter making the values each cell sends its own (a login, a password, a desk number). */
let serial = 0;
/** The office A's head moves cases to (domain.md §1, §13): another office of A's region. */
let moveToCode = '';
/** The app's year (after the clock is set). */
let thisYear = 0;
const caseVersion = async (f: Fixture, side: Side) => ({
  version: await versionOf(f[side].caseId),
  key: newIdempotencyKey(),
});
const caseVersionApi = async (f: Fixture, side: Side) => ({
  kind: 'abandon',
  expectedVersion: await versionOf(f[side].apiCaseId),
});

/** Sub-records made for one cell (set up in `before`, where the app's use-cases are at hand). */
interface Makers {
  /** A scan attached to the side's stamped case (through attachScans, as the upload does). */
  scan(side: Side): Promise<string>;
  /** A correction proposed by the side's officer on its stamped case. */
  correction(side: Side): Promise<string>;
  /** A visitor's pass confirmed by the side's clerk today. */
  pass(side: Side): Promise<string>;
  /** A certificate of a case signed in the side's office: its number. */
  document(side: Side): Promise<string>;
  /** A request for further materials recorded by the clerk on the side's standing certificate (which
   *  stays valid: the acts that end a certificate are sent fresh ones): the certificate's number. */
  materialsRequest(side: Side): Promise<string>;
  /** An application sent online by an applicant to the side's office (the case waits to be taken in). */
  onlineApplication(side: Side): Promise<string>;
  /** The ticket the side's desk holds, called there by the desk's seated clerk (A's: the matrix's
   *  clerk) and not yet acted on: the one it holds if still only called, else (the one it held
   *  finished) the next one issued at the hall's kiosk and called. */
  ticket(side: Side): Promise<string>;
  /** The side's desk with its clerk seated, holding no ticket, and a ticket waiting (issued at the
   *  kiosk) for it to call: the waiting ticket. */
  waitingTicket(side: Side): Promise<string>;
  /** The side's desk with its clerk seated and holding no ticket: the desk. */
  seated(side: Side): Promise<string>;
  /** The side's desk with no one seated (its clerk left it): the desk. */
  free(side: Side): Promise<string>;
  /** A case opened at the side's counter (its materials listed, none returned). */
  openedCase(side: Side): Promise<string>;
  /** A case opened at the side's counter and stamped by its records (registered). */
  registeredCase(side: Side): Promise<string>;
}
let make: Makers;
/** The id of the last request for further materials on a certificate. */
let requestOf: (number: string) => Promise<string> = () => Promise.resolve('');
/** A decision's date: a few days before the app's today (a decision may not be dated in the future). */
let decisionDate = '';
const MATERIALS = {
  'items.0.title': 'Інжіл',
  'items.0.kind': 'book',
  'items.0.language': 'kk',
  'items.0.quantity': '5',
};
/** The stamped case's version and a form key (the pages' hidden fields). */
const stampedVersion = async (f: Fixture, side: Side) => ({
  version: await versionOf(f[side].stampedCaseId),
  key: newIdempotencyKey(),
});
/** A correction of the surname, each time to a new value (the same value again would be no change). */
let corrections = 0;
const correction = () => ({
  field: 'applicant.surname',
  newValue: `Жаңабаев${'абвгдежзиклмнопрстуфхцчшщэюя'[corrections++ % 29]}`,
  reason: 'Паспорттағы қате',
});
const PASS = { visitorName: 'Ерлан Сейітов', documentKind: PASS_DOCUMENT_KINDS[0], lastDigits: '0042' };
const PDF = fs.readFileSync(new URL('../fixtures/scans/page.pdf', import.meta.url));

/**
 * §9: the kiosk gives tickets only while the office receives. The matrix's clock is set, before
 * anything is made, to the first moment from now at which the offices (the usual schedule, in
 * Asia/Almaty, on the national calendar) stay open for the next hour — the run takes a few minutes.
 */
async function receivingHour(deps: Deps): Promise<Date> {
  const calendar = (await deps.calendar?.get()) ?? builtInCalendar();
  const zone = 'Asia/Almaty';
  const step = 10 * 60_000;
  const openHour = (at: Date) =>
    Array.from({ length: 7 }, (_, k) => new Date(at.getTime() + k * step)).every((i) =>
      isOfficeOpenAt(USUAL_SCHEDULE, zone, i, calendar),
    );
  let at = deps.now();
  for (let tries = 0; !openHour(at); tries++) {
    assert.ok(tries < 1000, 'no office hour in sight');
    const next = nextOpeningAt(USUAL_SCHEDULE, zone, at, calendar);
    // Open now but not for an hour: past this period, then to the next opening.
    at = next && next.getTime() > at.getTime() ? next : new Date(at.getTime() + step);
  }
  return at;
}

// The matrix. Keys are `METHOD path` with the page language as :lang (each such route must exist in
// kk, ru and en). Grants follow domain.md §3 and the clauses cited.
const ROUTES: Record<string, Row | typeof PUBLIC | typeof DOOR> = {
  // Operations and documents of the API that need no one signed in.
  'GET /': PUBLIC,
  'GET /static/*': PUBLIC,
  'GET /healthz': PUBLIC,
  'GET /readyz': PUBLIC,
  'GET /metrics': PUBLIC,
  'GET /api/openapi.json': PUBLIC,
  'GET /api/v1/csrf': PUBLIC,
  'GET /api/v1/offices': PUBLIC,
  'GET /api/v1/offices/:code': PUBLIC,
  'GET /api/v1/queue/board/:code': PUBLIC, // §9: ticket and desk numbers only
  'POST /api/v1/track': PUBLIC, // the applicant's look-up: tracking code with access code or document number
  'GET /queue/board/:code/events': PUBLIC,
  'GET /api/check/keys': PUBLIC,
  'POST /api/check/seal': PUBLIC,
  'GET /api/check/:office/:year/:seq': PUBLIC,
  'GET /check': PUBLIC,
  'GET /check/seal': PUBLIC,
  'POST /check/seal': PUBLIC,
  'GET /check/keys': PUBLIC,
  'GET /check/:office/:year/:seq': PUBLIC,
  'GET /:lang': PUBLIC,
  'GET /:lang/': PUBLIC,
  'GET /:lang/about': PUBLIC,
  'GET /:lang/accessibility': PUBLIC,
  'GET /:lang/apply': PUBLIC,
  'POST /:lang/apply/start': PUBLIC,
  'POST /:lang/apply/send': PUBLIC,
  'GET /:lang/apply/sent': PUBLIC,
  'GET /:lang/apply/sent/application.pdf': PUBLIC,
  'GET /:lang/apply/check': PUBLIC,
  'GET /:lang/apply/files/:id': PUBLIC,
  'GET /:lang/apply/:step': PUBLIC,
  'POST /:lang/apply/:step': PUBLIC,
  'GET /:lang/survey/:token': PUBLIC,
  'POST /:lang/survey/:token': PUBLIC,
  'GET /:lang/offices': PUBLIC,
  'GET /:lang/offices/:code': PUBLIC,
  'GET /:lang/check': PUBLIC,
  'GET /:lang/check/seal': PUBLIC,
  'POST /:lang/check/seal': PUBLIC,
  'GET /:lang/check/keys': PUBLIC,
  'GET /:lang/check/:office/:year/:seq': PUBLIC,
  'GET /:lang/complaints': PUBLIC,
  'POST /:lang/complaints': PUBLIC,
  'GET /:lang/complaints/track': PUBLIC,
  'POST /:lang/complaints/track': PUBLIC,
  'POST /:lang/complaints/track/survey': PUBLIC,
  'GET /:lang/guide': PUBLIC,
  'GET /:lang/forms/:file': PUBLIC,
  'GET /:lang/track': PUBLIC,
  'POST /:lang/track': PUBLIC,
  'GET /:lang/queue/kiosk/:token': PUBLIC, // the kiosk's secret address is its key (README)
  'POST /:lang/queue/kiosk/:token': PUBLIC,
  'GET /:lang/queue/kiosk/:token/tickets/:id': PUBLIC,
  'GET /:lang/queue/board/:code': PUBLIC,
  'GET /:lang/staff/sign-in': DOOR,
  'POST /:lang/staff/sign-in': DOOR,
  'POST /:lang/staff/sign-out': DOOR,

  // Staff pages.
  'GET /:lang/staff': { a: ANY_STAFF },
  'GET /:lang/staff/password': { a: ANY_STAFF },
  // Each sender changes its own password (a new one each time); its session stays signed in.
  'POST /:lang/staff/password': {
    a: ANY_STAFF,
    body: () => {
      const next = (sent.password = `matrix-${++serial}-Құпиясөз`);
      return { current: PASSWORD, next, repeat: next };
    },
    done: 200, // the page again, saying it was changed (a refused form: 400)
    acted: async (_f, _side, _fresh, { who }) => {
      const [account] = await rowsOf<{ password_hash: string }>(
        sql`select password_hash from accounts where id = ${accountOf.get(who)!}`,
      );
      return verifyPassword(account?.password_hash ?? null, sent.password!);
    },
  },
  // domain.md §3: office settings are the head's (and the office administrator's).
  'GET /:lang/staff/settings': { a: ['head', 'administrator'] },
  // Four eyes kept on (as the office is seeded: the later rows' acts assume it), the days of an
  // uncollected certificate changed to a value of the cell's own.
  'POST /:lang/staff/settings': {
    a: ['head', 'administrator'],
    body: () => ({ fourEyes: 'on', uncollectedAfterDays: (sent.days = String(40 + (++serial % 50))) }),
    done: 200, // the page again, saying it was saved (a refused form: 400)
    acted: (f) =>
      exists(sql`select 1 from organisations where id = ${f.A.officeId} and four_eyes
                 and uncollected_after_days = ${Number(sent.days)}`),
  },
  // §10: passes are ordered by the serving official; the bureau sees the day's.
  'GET /:lang/staff/passes': { a: OFFICE },
  'POST /:lang/staff/passes': {
    a: OFFICE,
    body: () => ({ ...PASS, key: newIdempotencyKey() }),
    done: 303, // to the passes, with the number confirmed (a refused form: 400)
    acted: (f, _side, _fresh, { who }) =>
      exists(sql`select 1 from visitor_passes where organisation_id = ${f.A.officeId}
                 and ordered_by = ${accountOf.get(who)!}`),
  },
  'GET /:lang/staff/pass-bureau': { a: ['pass_bureau'] },
  // A pass of office B is not the bureau of A's to mark.
  'POST /:lang/staff/pass-bureau/:id/:mark': {
    target: 'pass',
    a: ['pass_bureau'],
    b: [],
    fresh: 'pass',
    done: 303,
  },
  // domain.md §3: the administrator — of the office for its accounts, of the authority for all.
  'GET /:lang/staff/admin/accounts': { a: ['administrator', 'agency_admin'] },
  // A clerk's account of office A, a new login each time.
  'POST /:lang/staff/admin/accounts': {
    a: ['administrator', 'agency_admin'],
    body: (f) => ({
      organisationId: f.A.officeId,
      login: (sent.login = `matrix.new.${++serial}`),
      displayName: 'Жаңа Қызметкер',
      phone: '',
      roles: 'clerk',
    }),
    done: 200, // the accounts page again, with the temporary password (a refused form: 400)
    acted: (f) =>
      exists(sql`select 1 from accounts a join account_roles r on r.account_id = a.id
                 where a.login = ${sent.login!} and a.organisation_id = ${f.A.officeId} and r.role = 'clerk'`),
  },
  // The account's roles become one role it does not hold (it is seeded a clerk).
  'POST /:lang/staff/admin/accounts/:id/roles': {
    target: 'account',
    a: ['administrator', 'agency_admin'],
    b: ['agency_admin'],
    body: async (f, side) => {
      const held = await rowsOf<{ role: string }>(
        sql`select role from account_roles where account_id = ${f[side].accountId}`,
      );
      sent.role = ['records', 'officer'].find((r) => !held.some((h) => h.role === r))!;
      return { roles: sent.role };
    },
    done: 200, // the accounts page again, saying the roles were saved (a refused form: 400)
    acted: async (f, side) =>
      JSON.stringify(
        await rowsOf(sql`select role from account_roles where account_id = ${f[side].accountId}`),
      ) === JSON.stringify([{ role: sent.role }]),
  },
  'POST /:lang/staff/admin/accounts/:id/reactivate': {
    target: 'account',
    a: ['administrator', 'agency_admin'],
    b: ['agency_admin'],
    done: 200, // the accounts page again, saying it was done (a refused form: 400)
  },
  'POST /:lang/staff/admin/accounts/:id/reset-password': {
    target: 'account',
    a: ['administrator', 'agency_admin'],
    b: ['agency_admin'],
    done: 200, // the accounts page again, saying it was done (a refused form: 400)
  },
  'POST /:lang/staff/admin/accounts/:id/deactivate': {
    target: 'account',
    a: ['administrator', 'agency_admin'],
    b: ['agency_admin'],
    done: 200, // the accounts page again, saying it was done (a refused form: 400)
  },
  'POST /:lang/staff/admin/accounts/:id/delegate': {
    target: 'account',
    a: ['administrator', 'agency_admin'],
    b: ['agency_admin'],
    body: () => ({ fromDate: '2031-02-03', toDate: '2031-02-04', reason: 'отпуск начальника' }),
    done: 200,
  },
  // domain.md §9: the national calendar is the authority's.
  'GET /:lang/staff/admin/calendar': { a: ['agency_admin'] },
  // A year far ahead (no due date of the run falls in it, nor the office hours it keeps to).
  'POST /:lang/staff/admin/calendar': {
    a: ['agency_admin'],
    body: () => {
      const year = thisYear + 30;
      return {
        year: String(year),
        kurbanDate: `${year}-05-20`,
        kurbanTitle: 'ҚМДБ хабарландыруы: Құрбан айт күні',
        kurbanSource: 'muftyat.kz',
        working0: `${year}-01-09`,
        off0: `${year}-01-08`,
        actKind: 'government-decree',
        actTitle: 'Демалыс күндерін ауыстыру туралы',
        actNumber: '999',
        actDate: decisionDate,
        actSource: 'adilet.zan.kz',
      };
    },
    done: 200, // the calendar page again, saying the year was entered (a refused form: 400)
    acted: () =>
      exists(sql`select 1 from calendar_years where year = ${thisYear + 30}
                 and data -> 'kurbanAit' ->> 'date' = ${`${thisYear + 30}-05-20`}`),
  },
  // The office's case lists: its own staff; a supervisor in an office sees that office's only.
  'GET /:lang/staff/cases': { a: [...OFFICE, 'regional_supervisor'] },
  'GET /:lang/staff/cases/new': { a: ['clerk'] }, // §11 intake
  // A known kind with the form left empty: past the guard, the clerk is shown the form's errors (400);
  // a filled intake form is proven in the intake suites.
  'POST /:lang/staff/cases/new': { a: ['clerk'], body: () => ({ kind: 'missionary-registration' }) },
  'GET /:lang/staff/cases/online': { a: ['clerk'] },
  // Issue 8: the clerk takes in an application sent online to the office (its case named in the form);
  // one sent to office B is not A's clerk's to take in.
  'POST /:lang/staff/cases/online/take-in': {
    target: 'case',
    a: ['clerk'],
    b: [],
    fresh: 'onlineApplication',
    body: async (f, side, fresh) => {
      const caseId = fresh ?? f[side].onlineCaseId;
      return { caseId, version: await versionOf(caseId), key: newIdempotencyKey() };
    },
    done: 303,
    acted: async (_f, _side, caseId) => caseId !== null && (await stateOf(caseId)) === 'at_counter',
  },
  // §11.1, §15: the materials held, read by the office's case readers (returning them is clerk's or records').
  'GET /:lang/staff/cases/materials-held': { a: [...OFFICE, 'regional_supervisor'] },
  'GET /:lang/staff/cases/move': { a: ['head'] }, // domain.md §1, §13
  // The head moves a registered case of its own (made for the cell) to another office of the region;
  // refused cells name the standing stamped case, which stays.
  'POST /:lang/staff/cases/move': {
    a: ['head'],
    fresh: 'registeredCase',
    body: (f, side, fresh) => ({
      caseIds: fresh ?? f[side].stampedCaseId,
      toOfficeCode: moveToCode,
      reason: 'Аумақ өзгерді: облыс әкімдігінің шешімі №5',
      key: newIdempotencyKey(),
    }),
    done: 200, // the page again, with the report of what moved (a refused form: 400)
    // Transferred (the office named receives it into its own register later).
    acted: (_f, _side, caseId) =>
      exists(sql`select 1 from cases c join case_actions a on a.case_id = c.id
                 where c.id = ${caseId} and c.state = 'transferred' and a.kind = 'transfer'
                 and a.payload ->> 'toOfficeCode' = ${moveToCode}`),
  },
  'GET /:lang/staff/cases/:id': { target: 'case', a: [...READERS], b: NATIONAL },
  'POST /:lang/staff/cases/:id/actions/:kind': {
    target: 'case',
    a: ['clerk'],
    b: [],
    body: caseVersion,
    done: 303, // abandoned, back to the case
  },
  'GET /:lang/staff/cases/:id/corrections': { target: 'case', a: [...READERS], b: NATIONAL },
  'POST /:lang/staff/cases/:id/corrections': {
    target: 'case',
    a: ['officer'],
    b: [],
    body: async (f, side) => ({ ...(await stampedVersion(f, side)), ...correction() }),
    done: 303,
  },
  'POST /:lang/staff/cases/:id/corrections/:cid/decision': {
    target: 'case',
    a: ['head'],
    b: [],
    fresh: 'correction',
    body: async (f, side) => ({ ...(await stampedVersion(f, side)), decision: 'approve' }),
    done: 303,
  },
  'GET /:lang/staff/cases/:id/files': { target: 'case', a: [...READERS], b: NATIONAL },
  'POST /:lang/staff/cases/:id/files': {
    target: 'case',
    a: ['clerk', 'records'],
    b: [],
    upload: true,
    body: () => ({ item: 'other', key: newIdempotencyKey() }),
    done: 303,
  },
  'GET /:lang/staff/cases/:id/files/:fileId': { target: 'case', a: [...READERS], b: NATIONAL },
  'POST /:lang/staff/cases/:id/files/:fileId/remove': {
    target: 'case',
    a: ['clerk', 'records'],
    b: [],
    fresh: 'scan',
    done: 303,
  },
  // Each allowed cell returns the materials of a case opened for it (the API's row below returns
  // those of the standing case); refused cells name the side's standing case.
  'POST /:lang/staff/cases/:id/materials/returned': {
    target: 'case',
    a: ['clerk', 'records'],
    b: [],
    fresh: 'openedCase',
    body: () => ({ all: 'on' }),
    done: 303, // back to the case (a refused form: 400)
    acted: async (_f, _side, caseId, { who }) =>
      JSON.stringify(await rowsOf(sql`select returned_by from case_materials where case_id = ${caseId}`)) ===
      JSON.stringify([{ returned_by: accountOf.get(who) }]),
  },
  // §17 prints, by the office's staff; the case at the counter has no receipt yet (409 past the guard).
  'GET /:lang/staff/cases/:id/documents/:document': { target: 'case', a: OFFICE, b: [], ok: 409 },
  // §20–25: complaints of the organisation that handles them; supervisors read theirs.
  'GET /:lang/staff/complaints': {
    a: [...OFFICE, 'akimat_records', 'akimat_head', 'regional_supervisor', 'national_supervisor'],
  },
  'GET /:lang/staff/complaints/new': { a: ['records', 'akimat_records'] },
  // §22: a complaint by post about A's case, registered by A's records or its akimat's (naming A).
  'POST /:lang/staff/complaints/new': {
    a: ['records', 'akimat_records'],
    body: (f) => ({
      key: newIdempotencyKey(),
      channel: 'post',
      kind: 'service',
      addressee: 'office_head',
      officeCode: f.A.officeCode,
      language: 'ru',
      surname: (sent.complainant = `Шағымбеков${'абвгдежзиклмнопрстуфхцчшщэюя'[++serial % 29]}`),
      name: 'Ерлан',
      patronymic: '',
      address: 'Астана, Абай даңғылы, 1, 5',
      phone: '+7 701 000 00 00',
      caseCode: f.A.trackingCode,
      ticket: '',
      text: 'Жалоба для проверки доступа.',
    }),
    done: 303, // to the complaint registered (a refused form: 400)
    acted: (f, _side, _fresh, { who }) =>
      exists(sql`select 1 from complaints where surname = ${sent.complainant!} and office_id = ${f.A.officeId}
                 and registered_in = (select organisation_id from accounts where id = ${accountOf.get(who)!})`),
  },
  'GET /:lang/staff/complaints/:id': { target: 'complaint', a: READERS, b: NATIONAL },
  'GET /:lang/staff/complaints/:id/talon': { target: 'complaint', a: READERS, b: NATIONAL },
  'GET /:lang/staff/complaints/:id/talon.pdf': { target: 'complaint', a: READERS, b: NATIONAL },
  // Of the complaint answered, with the scan of the complainant's copy (§21, §24).
  'GET /:lang/staff/complaints/:id/answer.pdf': { target: 'complaint', a: READERS, b: NATIONAL },
  'GET /:lang/staff/complaints/:id/copy-scan': { target: 'complaint', a: READERS, b: NATIONAL },
  // §21: the head assigns the registered complaint to a member of the office's staff (its officer).
  'POST /:lang/staff/complaints/:id/:act': {
    target: 'complaint',
    a: ['head'],
    b: [],
    body: async (f, side) => ({
      accountId: f[side].officerId,
      version: await complaintVersionOf(f[side].complaintId),
      key: newIdempotencyKey(),
    }),
    done: 303, // to the complaint, assigned (a refused form redraws it: 400 / 409)
    acted: (f, side) =>
      exists(sql`select 1 from complaints where id = ${f[side].complaintId} and state = 'assigned'
                 and assigned_to = ${f[side].officerId}`),
  },
  // §15: the journal of issued certificates of the office.
  'GET /:lang/staff/journal': { a: [...OFFICE, 'regional_supervisor'] },
  'GET /:lang/staff/journal/print': { a: OFFICE }, // §17: prints are the office staff's
  // §9: the desks are the clerks'; their set-up the head's; §7.2–7.4 figures the head's and supervisors'.
  'GET /:lang/staff/queue': { a: ['clerk'] },
  // The console of the desk its clerk sits at (one not sat at sends the clerk back to the queue).
  'GET /:lang/staff/queue/desks/:id': { target: 'desk', a: ['clerk'], b: [], fresh: 'seated' },
  'POST /:lang/staff/queue/desks/:id/sit': {
    target: 'desk',
    a: ['clerk'],
    b: [],
    fresh: 'free',
    done: 303,
    acted: async (f, side) => (await seatedAt(f[side].deskId)) === f.clerkId,
  },
  // The clerk leaves the desk it sat at; the head frees it when the clerk left it staffed.
  'POST /:lang/staff/queue/desks/:id/leave': {
    target: 'desk',
    a: ['clerk', 'head'],
    b: [],
    fresh: 'seated',
    done: 303,
    acted: async (f, side) => (await seatedAt(f[side].deskId)) === null,
  },
  // §9: the seated clerk calls the ticket waiting longest (the one just issued: no other waits).
  'POST /:lang/staff/queue/desks/:id/call': {
    target: 'desk',
    a: ['clerk'],
    b: [],
    fresh: 'waitingTicket',
    done: 303,
    // Refused, the console redirects too (a desk not the clerk's): the ticket itself must be called.
    acted: async (_f, _side, ticketId) => ticketId !== null && (await ticketStatusOf(ticketId)) === 'called',
  },
  // A ticket is acted on only while the desk holds it, by the clerk seated there (§9): each side's desk
  // holds one called by its clerk; the act is to start serving it (its other acts: test/queue/).
  'POST /:lang/staff/queue/desks/:id/tickets/:ticket/:act': {
    target: 'desk',
    a: ['clerk'],
    b: [],
    fresh: 'ticket',
    standing: 'ticket',
    body: () => ({ key: newIdempotencyKey() }),
    done: 303,
    // A refused act redraws the console or redirects too: the ticket itself must be served.
    acted: async (_f, _side, ticketId) => ticketId !== null && (await ticketStatusOf(ticketId)) === 'serving',
  },
  'GET /:lang/staff/queue/settings': { a: ['head'] },
  // A desk of a new number, for questions (the queue rows' hand-in tickets stay desk 1's).
  'POST /:lang/staff/queue/settings/desks': {
    a: ['head'],
    body: () => ({ number: (sent.desk = String(2 + (++serial % 90))), purposes: 'question' }),
    done: 303,
    acted: (f) =>
      exists(sql`select 1 from queue_desks where organisation_id = ${f.A.officeId}
                 and number = ${Number(sent.desk)} and purposes = array['question']::text[]`),
  },
  'POST /:lang/staff/queue/settings/desks/:id': {
    target: 'desk',
    a: ['head'],
    b: [],
    body: () => ({ purposes: 'hand-in', active: 'on' }),
    done: 303,
  },
  // The kiosk's new address, shown once on the answer, must be the one the office now keeps.
  'POST /:lang/staff/queue/settings/kiosk': {
    a: ['head'],
    done: 200,
    acted: async (f, _side, _fresh, { body }) => {
      const token = /\/queue\/kiosk\/([A-Za-z0-9_-]{43})</.exec(body)?.[1];
      return (
        token !== undefined &&
        exists(sql`select 1 from queue_settings where organisation_id = ${f.A.officeId}
                   and kiosk_token_hash = ${hashKioskToken(token)}`)
      );
    },
  },
  'POST /:lang/staff/queue/settings/passes': {
    a: ['head'],
    body: () => ({ passKeepDays: (sent.keep = String(4 + (++serial % 27))) }),
    done: 303,
    acted: (f) =>
      exists(sql`select 1 from queue_settings where organisation_id = ${f.A.officeId}
                 and pass_keep_days = ${Number(sent.keep)}`),
  },
  'GET /:lang/staff/queue/figures': {
    target: 'office',
    a: ['head', 'regional_supervisor', 'national_supervisor'],
    b: NATIONAL,
  },
  // domain.md §4, §17: the registry — office staff search the country, read their own office's.
  'GET /:lang/staff/registry': { a: READERS, minimalOfB: true },
  'GET /:lang/staff/registry/:id': {
    target: 'registrant',
    a: READERS,
    b: [...OFFICE, 'national_supervisor'],
    minimalOfB: true,
  },
  'GET /:lang/staff/expiring': { target: 'office', a: READERS, b: NATIONAL },
  'GET /:lang/staff/documents/:office/:year/:seq': { target: 'document', a: READERS, b: NATIONAL },
  // domain.md §4: a duplicate, a corrected reissue, an annulment are the head's; §11.1: a registered
  // missionary's request for further materials is recorded by the clerk, and decided by the head.
  'POST /:lang/staff/documents/:office/:year/:seq/duplicate': {
    target: 'document',
    a: ['head'],
    b: [],
    fresh: 'document',
    body: () => ({ duplicateGround: 'lost', key: newIdempotencyKey() }),
    done: 303,
  },
  'POST /:lang/staff/documents/:office/:year/:seq/decide': {
    target: 'document',
    a: ['head'],
    b: [],
    fresh: 'materialsRequest',
    body: async (f, side, fresh) => ({
      requestId: await requestOf(fresh ?? f[side].documentNumber),
      decision: 'agreed',
      decisionReason: '',
      key: newIdempotencyKey(),
    }),
    done: 303,
  },
  'POST /:lang/staff/documents/:office/:year/:seq/reissue': {
    target: 'document',
    a: ['head'],
    b: [],
    fresh: 'document',
    body: () => ({ holder: 'Жаңа Иесі Сентинел', territory: 'Алматы қаласы', key: newIdempotencyKey() }),
    done: 303,
  },
  'POST /:lang/staff/documents/:office/:year/:seq/materials': {
    target: 'document',
    a: ['clerk'],
    b: [],
    body: () => ({ ...MATERIALS, key: newIdempotencyKey() }),
    done: 303,
  },
  'POST /:lang/staff/documents/:office/:year/:seq/annul': {
    target: 'document',
    a: ['head'],
    b: [],
    fresh: 'document',
    body: () => ({
      ground: 'office_decision',
      reason: 'registering_body_decision',
      decisionNumber: '17',
      decisionDate: decisionDate,
      key: newIdempotencyKey(),
    }),
    done: 303,
  },
  // Issue 6, domain.md §8: the registry's figures, for supervisors.
  'GET /:lang/staff/figures': { a: ['regional_supervisor', 'national_supervisor'] },
  'GET /:lang/staff/figures/overdue': {
    target: 'office',
    a: ['regional_supervisor', 'national_supervisor'],
    b: NATIONAL,
  },
  // §18–19, annex 9.
  'GET /:lang/staff/indicators': { a: ['head', 'regional_supervisor', 'national_supervisor'] },
  'POST /:lang/staff/indicators/rollups': {
    a: NATIONAL,
    done: 200, // the table, as of the run just made
    acted: (_f, _side, _fresh, { who }) =>
      exists(sql`select 1 from indicator_rollup_runs where kind = 'rebuild'
                 and requested_by = ${accountOf.get(who)!}`),
  },
  'GET /:lang/staff/indicators/values': { a: NATIONAL },
  // §19: office A's value of 1.1 for this year, citing an order of the cell's own number.
  'POST /:lang/staff/indicators/values': {
    a: NATIONAL,
    body: (f) => ({
      indicator: '1.1',
      year: String(thisYear),
      office: f.A.officeCode,
      normative: '90',
      target: '95',
      orderNumber: (sent.order = `M-${++serial}`),
      orderDate: decisionDate,
    }),
    done: 200, // the values page again, saying it was saved (a refused form: 400)
    acted: (f) =>
      exists(sql`select 1 from indicator_year_values where indicator = '1.1' and year = ${thisYear}
                 and organisation_id = ${f.A.officeId} and order_number = ${sent.order!}`),
  },
  'GET /:lang/staff/indicators/dashboard': { a: ['head', 'regional_supervisor', 'national_supervisor'] },

  // The staff API.
  'GET /api/v1/cases': { a: [...OFFICE, 'regional_supervisor'], query: '?list=new' },
  'POST /api/v1/cases': {
    a: ['clerk'],
    body: () => {
      // The API names the kind and the office once, outside the application (its schema refuses them inside).
      const { kind: _kind, officeCode: _office, ...application } = missionaryApplication();
      return { kind: 'missionary-registration', language: 'kk', application, consent: true };
    },
    done: 201,
  },
  'GET /api/v1/cases/:id': { target: 'case', a: READERS, b: NATIONAL },
  'POST /api/v1/cases/:id/actions': {
    target: 'case',
    a: ['clerk'],
    b: [],
    body: caseVersionApi,
    done: 200,
  },
  'GET /api/v1/cases/:id/corrections': { target: 'case', a: READERS, b: NATIONAL },
  'POST /api/v1/cases/:id/corrections': {
    target: 'case',
    a: ['officer'],
    b: [],
    body: async (f, side) => ({ ...correction(), expectedVersion: await versionOf(f[side].stampedCaseId) }),
    done: 201,
  },
  'POST /api/v1/cases/:id/corrections/:correctionId/decision': {
    target: 'case',
    a: ['head'],
    b: [],
    fresh: 'correction',
    body: async (f, side) => ({
      decision: 'approve',
      expectedVersion: await versionOf(f[side].stampedCaseId),
    }),
    done: 200,
  },
  'GET /api/v1/cases/:id/files': { target: 'case', a: READERS, b: NATIONAL },
  'POST /api/v1/cases/:id/files': {
    target: 'case',
    a: ['clerk', 'records'],
    b: [],
    upload: true,
    body: () => ({ checklistItemId: 'other' }),
    done: 201,
  },
  'GET /api/v1/cases/:id/files/:fileId': { target: 'case', a: READERS, b: NATIONAL },
  'DELETE /api/v1/cases/:id/files/:fileId': {
    target: 'case',
    a: ['clerk', 'records'],
    b: [],
    fresh: 'scan',
    done: 204,
  },
  'GET /api/v1/cases/:id/materials': { target: 'case', a: READERS, b: NATIONAL },
  'POST /api/v1/cases/:id/materials/returned': {
    target: 'case',
    a: ['clerk', 'records'],
    b: [],
    body: () => ({ positions: 'all' }),
    done: 200, // the clerk returns them; records, after, finds none left to return
  },
  'GET /api/v1/queue/waiting': { a: ['clerk'] },
  'POST /api/v1/queue/desks/:id/call-next': {
    target: 'desk',
    a: ['clerk'],
    b: [],
    fresh: 'waitingTicket',
    done: 200,
    acted: async (_f, _side, ticketId) => ticketId !== null && (await ticketStatusOf(ticketId)) === 'called',
  },
  // As its page above.
  'POST /api/v1/queue/desks/:id/tickets/:ticketId/acts': {
    target: 'desk',
    a: ['clerk'],
    b: [],
    fresh: 'ticket',
    standing: 'ticket',
    body: () => ({ act: 'start' }),
    done: 200,
    acted: async (_f, _side, ticketId) => ticketId !== null && (await ticketStatusOf(ticketId)) === 'serving',
  },
  'GET /api/v1/queue/figures': {
    target: 'office',
    a: ['head', 'regional_supervisor', 'national_supervisor'],
    b: NATIONAL,
  },
  'GET /api/v1/passes': { a: ['pass_bureau'] },
  'POST /api/v1/passes': {
    a: OFFICE,
    body: () => PASS,
    done: 201,
  },
  'GET /api/v1/registry': { a: READERS, minimalOfB: true },
  'GET /api/v1/registry/:id': {
    target: 'registrant',
    a: READERS,
    b: [...OFFICE, 'national_supervisor'],
    minimalOfB: true,
  },
};

interface Records {
  officeId: string;
  officeCode: string;
  /** The office's officer (a member of its staff a complaint may be assigned to). */
  officerId: string;
  caseId: string;
  apiCaseId: string;
  trackingCode: string;
  document: { office: string; year: string; seq: string };
  /** Its number as issued (a certificate with a request for further materials not yet decided). */
  documentNumber: string;
  complaintId: string;
  deskId: string;
  accountId: string;
  registrantId: string;
  /** A case stamped by records (corrections need one): it holds a scan and a proposed correction. */
  stampedCaseId: string;
  fileId: string;
  correctionId: string;
  /** A complaint without a case: it carries the complainant's copy scan, and has been answered. */
  answeredComplaintId: string;
  passId: string;
  /** An application sent online to the office, not taken in. */
  onlineCaseId: string;
}
interface Fixture {
  A: Records;
  B: Records;
  /** What no one outside B's scope may read. */
  secretsOfB: string[];
  /** What not even a minimal view of B's registrant may show. */
  privateOfB: string[];
  /** The account of the matrix's clerk (of office A). */
  clerkId: string;
}

/** The path of a route template for one side's record (other parameters filled plausibly). */
function pathOf(
  template: string,
  row: Row,
  f: Fixture,
  side: Side,
  fresh: string | null,
  lang = 'en',
): string {
  const r = f[side];
  const [office, year, seq] = row.target === 'document' && fresh ? fresh.split('/') : [null, null, null];
  const values: Record<string, string> = {
    lang,
    id: template.includes('/admin/accounts/')
      ? r.accountId
      : /\/complaints\/:id\/(answer\.pdf|copy-scan)$/.test(template)
        ? r.answeredComplaintId
        : template.includes('/complaints/')
          ? r.complaintId
          : template.includes('/desks/')
            ? r.deskId
            : template.includes('/registry/')
              ? r.registrantId
              : template.includes('/pass-bureau/')
                ? (fresh ?? r.passId)
                : template === '/api/v1/cases/:id/actions'
                  ? r.apiCaseId // its own case: the page's clerk has abandoned the other
                  : /\/(files|corrections)/.test(template)
                    ? r.stampedCaseId
                    : template.endsWith('/materials/returned') && fresh
                      ? fresh // a case opened for the cell
                      : r.caseId,
    kind: 'abandon',
    cid: fresh ?? r.correctionId,
    correctionId: fresh ?? r.correctionId,
    fileId: fresh ?? r.fileId,
    document: 'receipt',
    office: office ? encodeURIComponent(office) : r.document.office,
    year: year ?? r.document.year,
    seq: seq ?? r.document.seq,
    act: template.includes('/tickets/') ? 'start' : 'assign',
    // A ticket is always the one a desk holds (the row's maker gives it).
    ...(fresh ? { ticket: fresh, ticketId: fresh } : {}),
    mark: 'entered',
  };
  const path = template.replace(/:([A-Za-z]+)/g, (_m, name: string) => {
    assert.ok(values[name] !== undefined, `no value for :${name} in ${template}`);
    return values[name]!;
  });
  return row.target === 'office' ? `${path}?office=${r.officeCode}` : `${path}${row.query ?? ''}`;
}

describeEachDatabase('route × role × office matrix over every route', (get) => {
  let t: TestApp;
  const registered: { method: string; url: string }[] = [];
  const clients = new Map<Who, { c: FormClient; token: string }>();
  let fx: Fixture;
  let A: World;
  let B: World;

  before(async () => {
    t = await buildTestApp(
      get().database,
      {},
      {
        onRoute: (r: RouteOptions) => {
          for (const m of [r.method].flat()) registered.push({ method: m, url: r.url });
        },
      },
    );
    const deps = t.deps;
    t.advance((await receivingHour(deps)).getTime() - deps.now().getTime());
    versionOf = async (id) =>
      (
        await queryRows<{ version: number }>(
          get().database.db,
          sql`select version from cases where id = ${id}`,
        )
      )[0]!.version;
    stateOf = async (id) =>
      (
        await queryRows<{ state: string }>(get().database.db, sql`select state from cases where id = ${id}`)
      )[0]!.state;
    seatedAt = async (id) =>
      (
        await queryRows<{ staffed_by: string | null }>(
          get().database.db,
          sql`select staffed_by from queue_desks where id = ${id}`,
        )
      )[0]!.staffed_by;
    ticketStatusOf = async (id) =>
      (
        await queryRows<{ status: string }>(
          get().database.db,
          sql`select status from queue_tickets where id = ${id}`,
        )
      )[0]!.status;
    complaintVersionOf = async (id) =>
      (
        await queryRows<{ version: number }>(
          get().database.db,
          sql`select version from complaints where id = ${id}`,
        )
      )[0]!.version;
    rowsOf = <T>(query: SQL) => queryRows<T>(get().database.db, query);
    thisYear = Number(plainDateAt(deps.now(), 'Asia/Almaty').slice(0, 4));
    A = await complaintWorld(deps, '31');
    B = await complaintWorld(deps, '43');
    const regional = await seedOffice(deps, { regionCode: '31' });
    const agency = await seedOffice(deps, { kind: 'agency' });
    moveToCode = (await seedOffice(deps, { regionCode: '31' })).code;
    const orgOf = (who: keyof typeof WHO) =>
      ({ office: A.office.id, akimat: A.akimat.id, region: regional.id, agency: agency.id })[WHO[who]];
    const roleOf = (who: keyof typeof WHO): Role => (who === 'agency_admin' ? 'administrator' : who);
    let clerk: Actor | null = null;
    for (const who of STAFF) {
      const { id, login } = await seedAccount(deps, orgOf(who), [roleOf(who)]);
      accountOf.set(who, id);
      const s = await signIn(deps, { login, password: PASSWORD }, { ip: null, requestId: 'test' });
      if (who === 'clerk') {
        const r = await resolveSession(deps, s.token);
        if (r.kind === 'live') clerk = r.actor;
      }
      const c = new FormClient(t.app);
      c.cookies.set('tirkeu_session', s.token);
      const token = (await c.get('/api/v1/csrf')).json().token as string;
      clients.set(who, { c, token });
    }
    const anon = new FormClient(t.app);
    clients.set('anonymous', { c: anon, token: (await anon.get('/api/v1/csrf')).json().token as string });

    const origin = { ip: null, requestId: 'test' };
    // The sub-records, made by the app's own use-cases as staff of the side's office make them.
    const scanOf = async (w: World, caseId: string) =>
      (
        await attachScans(
          deps,
          w.office.staff.clerk,
          origin,
          caseId,
          [
            {
              field: 'file',
              itemField: 'item',
              checklistItemId: 'other',
              fileName: 'скан.pdf',
              bytes: PDF,
              tooLarge: false,
            },
          ],
          newIdempotencyKey(),
        )
      ).fileIds[0]!;
    const correctionOf = async (w: World, caseId: string) =>
      (
        await proposeCorrection(deps, w.office.staff.officer, origin, caseId, {
          ...correction(),
          expectedVersion: await versionOf(caseId),
          idempotencyKey: newIdempotencyKey(),
        })
      ).id;
    const documentOf = async (w: World) => (await signedCase(deps, w.office, 'missionary')).number;
    const materialsRequestOf = async (w: World, number: string) =>
      (
        await requestFurtherMaterials(deps, w.office.staff.clerk, origin, number, {
          values: MATERIALS,
          idempotencyKey: newIdempotencyKey(),
        })
      ).number;
    requestOf = async (number) =>
      (
        await queryRows<{ id: string }>(
          get().database.db,
          sql`select max(id)::text as id from registration_events
              where document_number = ${number} and kind = 'materials_requested'`,
        )
      )[0]!.id;
    decisionDate = new Date(deps.now().getTime() - 3 * 86_400_000).toISOString().slice(0, 10);
    const passOf = async (w: World) =>
      (await confirmPass(deps, w.office.staff.clerk, origin, PASS, newIdempotencyKey())).id;
    // Each applicant from an address of its own: the portal counts what one address sends.
    let applicants = 0;
    const onlineOf = async (w: World) => {
      const n = applicants++;
      const from = { ip: `10.31.${Math.floor(n / 250)}.${(n % 250) + 1}`, requestId: 'test' };
      const started = await startOnlineApplication(deps, from, {
        kind: 'missionary-registration',
        language: 'kk',
        officeCode: w.office.code,
      });
      await submitOnlineApplication(deps, from, started.draftToken, {
        application: missionaryApplication(deps.now()),
        consent: true,
        contact: {}, // no messages asked for: the take-in needs none
        idempotencyKey: newIdempotencyKey(),
      });
      return started.caseId;
    };
    const recordsOf = async (w: World, surname: string, passport: string): Promise<Records> => {
      const application = missionaryApplication();
      application.applicant.surname = surname;
      application.applicant.identityDocument!.number = passport;
      const signed = await signedCase(deps, w.office, 'missionary', application);
      const [office, year, seq] = signed.number.split('/') as [string, string, string];
      const opened = await openCaseAtCounter(deps, w.office.staff.clerk, origin, {
        kind: 'missionary-registration',
        language: 'kk',
        application,
        consent: true,
        idempotencyKey: newIdempotencyKey(),
      });
      const apiCase = await openCaseAtCounter(deps, w.office.staff.clerk, origin, {
        kind: 'missionary-registration',
        language: 'kk',
        application,
        consent: true,
        idempotencyKey: newIdempotencyKey(),
      });
      const stamped = await openCaseAtCounter(deps, w.office.staff.clerk, origin, {
        kind: 'missionary-registration',
        language: 'kk',
        application,
        consent: true,
        idempotencyKey: newIdempotencyKey(),
      });
      await performCaseAction(
        deps,
        w.office.staff.records,
        origin,
        stamped.id,
        stamped.version,
        { kind: 'stamp', itemsPresent: MISSIONARY_ITEMS },
        newIdempotencyKey(),
      );
      const complaintOf = (caseCode: string) =>
        registerComplaint(deps, w.office.staff.records, origin, {
          kind: 'service',
          addressee: 'office_head',
          channel: 'post',
          language: 'ru',
          surname,
          name: 'Ерлан',
          patronymic: '',
          address: 'Астана, Абай даңғылы, 1, 5',
          phone: '+7 701 000 00 00',
          text: 'Жалоба для проверки доступа.',
          caseCode,
          // §24: a complaint without a case carries the scan of the complainant's copy.
          copyScan: caseCode ? null : { fileName: 'копия.pdf', bytes: PDF, tooLarge: false },
          officeCode: '',
          ticket: '',
          idempotencyKey: newIdempotencyKey(),
        });
      const complaint = await complaintOf(opened.trackingCode);
      const answered = await complaintOf('');
      await answerComplaint(deps, w.office.staff.head, origin, answered.id, {
        outcome: 'rejected',
        reasons: 'Нарушений не установлено.',
        consequence: 'none',
        version: 0,
        idempotencyKey: newIdempotencyKey(),
      });
      const head = w.office.staff.head;
      const deskId = await addDesk(deps, head, origin, { number: 1, purposes: ['hand-in'] });
      const { id: accountId } = await seedAccount(deps, w.office.id, ['clerk']);
      const [registrant] = await queryRows<{ id: string }>(
        get().database.db,
        sql`select registrant_id as id from cases where id = ${signed.caseId}`,
      );
      assert.ok(registrant, 'the signed case made a registrant');
      return {
        officeId: w.office.id,
        officeCode: w.office.code,
        officerId: w.office.staff.officer.accountId,
        caseId: opened.id,
        apiCaseId: apiCase.id,
        trackingCode: opened.trackingCode,
        document: { office: encodeURIComponent(office), year, seq },
        complaintId: complaint.id,
        deskId,
        accountId,
        registrantId: registrant.id,
        stampedCaseId: stamped.id,
        fileId: await scanOf(w, stamped.id),
        correctionId: await correctionOf(w, stamped.id),
        answeredComplaintId: answered.id,
        documentNumber: await materialsRequestOf(w, signed.number),
        passId: await passOf(w),
        onlineCaseId: await onlineOf(w),
      };
    };
    const a = await recordsOf(A, 'Альфаев', 'N11110001');
    const b = await recordsOf(B, 'Бетасентинелов', 'N22220002');
    const world = { A, B };
    const records = { A: a, B: b };
    assert.ok(clerk, 'the matrix clerk is signed in');
    const seated = { A: clerk, B: B.office.staff.clerk };
    /** Seats the side's clerk at its desk (nothing when seated there) and settles what the desk
     *  holds unless `keepCalled` and it is only called: that ticket, if kept. */
    const seatedOf = async (side: Side, keepCalled = false) => {
      const [by, deskId] = [seated[side], records[side].deskId];
      await sitAtDesk(deps, by, origin, deskId);
      const held = await activeTicketOf(get().database.db, deskId);
      if (held?.status === 'called' && keepCalled) return held.id;
      if (held)
        await actOnTicket(deps, by, origin, {
          deskId,
          ticketId: held.id,
          act: held.status === 'called' ? 'no_show' : 'finish',
          idempotencyKey: newIdempotencyKey(),
        });
      return null;
    };
    const waitingOf = async (side: Side) => {
      await seatedOf(side);
      // A kiosk token of its own (the head's settings row replaces the office's along the way).
      const kioskToken = await newKioskToken(deps, world[side].office.staff.head, origin);
      return (
        await issueTicket(deps, origin, {
          kioskToken,
          purpose: 'hand-in',
          idempotencyKey: newIdempotencyKey(),
        })
      ).id;
    };
    const ticketOf = async (side: Side) => {
      const held = await seatedOf(side, true);
      if (held) return held;
      const waiting = await waitingOf(side);
      const called = await callNext(deps, seated[side], origin, records[side].deskId, newIdempotencyKey());
      assert.equal(called.ticketId, waiting, `the desk of ${side} called the ticket waiting`);
      return waiting;
    };
    const openedOf = (side: Side) =>
      openCaseAtCounter(deps, world[side].office.staff.clerk, origin, {
        kind: 'missionary-registration',
        language: 'kk',
        application: missionaryApplication(),
        consent: true,
        idempotencyKey: newIdempotencyKey(),
      });
    make = {
      scan: (side) => scanOf(world[side], records[side].stampedCaseId),
      correction: (side) => correctionOf(world[side], records[side].stampedCaseId),
      pass: (side) => passOf(world[side]),
      document: (side) => documentOf(world[side]),
      materialsRequest: (side) => materialsRequestOf(world[side], records[side].documentNumber),
      onlineApplication: (side) => onlineOf(world[side]),
      ticket: ticketOf,
      waitingTicket: waitingOf,
      seated: async (side) => {
        await seatedOf(side);
        return records[side].deskId;
      },
      free: async (side) => {
        await seatedOf(side);
        await leaveDesk(deps, seated[side], origin, records[side].deskId);
        return records[side].deskId;
      },
      openedCase: async (side) => (await openedOf(side)).id,
      registeredCase: async (side) => {
        const opened = await openedOf(side);
        await performCaseAction(
          deps,
          world[side].office.staff.records,
          origin,
          opened.id,
          opened.version,
          { kind: 'stamp', itemsPresent: MISSIONARY_ITEMS },
          newIdempotencyKey(),
        );
        return opened.id;
      },
    };
    const trackingOf = async (table: 'complaints' | 'cases', id: string) =>
      (
        await queryRows<{ tracking_code: string }>(
          get().database.db,
          sql`select tracking_code from ${sql.identifier(table)} where id = ${id}`,
        )
      )[0]!.tracking_code;
    const identifying = [
      b.trackingCode,
      b.caseId,
      b.stampedCaseId,
      await trackingOf('cases', b.stampedCaseId),
      'N22220002',
      await trackingOf('complaints', b.complaintId),
      b.complaintId,
      await trackingOf('complaints', b.answeredComplaintId),
      b.answeredComplaintId,
      b.fileId,
      b.correctionId,
      b.passId,
      b.onlineCaseId,
      await trackingOf('cases', b.onlineCaseId),
      // The ticket B's desk holds through the run (no one of this matrix may act on it).
      await ticketOf('B'),
    ];
    fx = {
      A: a,
      B: b,
      secretsOfB: [...identifying, b.apiCaseId, 'Бетасентинелов', `${B.office.code}/`],
      privateOfB: identifying,
      clerkId: clerk.accountId,
    };
  });
  after(() => t.close());

  const normalized = () => {
    const keys = new Map<string, Set<string>>();
    for (const r of registered) {
      if (r.method === 'HEAD') continue;
      const m = /^\/(kk|ru|en)(\/.*)?$/.exec(r.url);
      const key = `${r.method} ${m ? `/:lang${m[2] ?? ''}` : r.url}`;
      if (!keys.has(key)) keys.set(key, new Set());
      if (m) keys.get(key)!.add(m[1]!);
    }
    return keys;
  };

  it('every route the app registers is in the table, in every page language, and the table names no route that is gone', () => {
    const keys = normalized();
    assert.ok(keys.size > 100, `${keys.size} routes seen`);
    const missing = [...keys.keys()].filter((k) => !(k in ROUTES));
    assert.deepEqual(missing, [], 'routes without a matrix entry: say who may use them');
    const gone = Object.keys(ROUTES).filter((k) => !keys.has(k));
    assert.deepEqual(gone, [], 'matrix entries of routes the app no longer has');
    for (const [key, langs] of keys)
      if (key.includes('/:lang')) assert.deepEqual([...langs].sort(), [...LANGS].sort(), key);
  });

  const fingerprint = async () =>
    (
      await queryRows<Record<string, string>>(
        get().database.db,
        sql`select (select count(*) from audit_events) as audit,
                   (select coalesce(sum(version), 0) from cases) as versions,
                   (select count(*) from cases) as cases,
                   (select count(*) from complaints) as complaints,
                   (select count(*) from visitor_passes) as passes,
                   (select count(*) from accounts) as accounts,
                   (select count(*) from queue_desks) as desks,
                   (select count(*) from case_corrections) as corrections,
                   (select count(*) from case_corrections where status <> 'proposed') as decided,
                   (select count(*) from case_files) as files,
                   (select count(*) from visitor_passes where entered_at is not null) as entered,
                   (select count(*) from cases where state = 'submitted_online') as online,
                   (select count(*) from queue_tickets where status = 'called') as called,
                   (select count(*) from queue_tickets where status = 'serving') as serving`,
      )
    )[0]!;

  async function send(who: Who, method: string, path: string, body: Record<string, unknown>, upload = false) {
    const { c, token } = clients.get(who)!;
    if (method === 'GET') return c.get(path);
    if (upload) {
      const form = new FormData();
      if (!path.startsWith('/api/')) form.append('_csrf', token);
      for (const [k, v] of Object.entries(body)) form.append(k, String(v));
      form.append('file', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), 'скан.pdf');
      const req = new Request('http://localhost/', { method: 'POST', body: form });
      return t.app.inject({
        method: 'POST',
        url: path,
        headers: {
          cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
          'x-csrf-token': token,
          'idempotency-key': newIdempotencyKey(),
          'content-type': req.headers.get('content-type')!,
        },
        payload: Buffer.from(await req.arrayBuffer()),
      });
    }
    if (path.startsWith('/api/')) {
      return t.app.inject({
        method: method as 'POST' | 'DELETE',
        url: path,
        headers: {
          cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
          'x-csrf-token': token,
          'idempotency-key': newIdempotencyKey(),
          ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
        },
        ...(method === 'POST' ? { payload: JSON.stringify(body) } : {}),
      });
    }
    const form: Record<string, string> = {};
    for (const [k, v] of Object.entries(body)) form[k] = String(v);
    return c.post(path, form, { csrf: token });
  }

  it('one of the office who may not read its cases (pass bureau, administrator) learns nothing of one from a refused act', async () => {
    for (const who of ['pass_bureau', 'administrator'] as const) {
      const version = await versionOf(fx.A.apiCaseId);
      for (const expectedVersion of [version, version + 7]) {
        const res = await send(who, 'POST', `/api/v1/cases/${fx.A.apiCaseId}/actions`, {
          kind: 'stamp',
          expectedVersion,
          itemsPresent: [],
        });
        assert.equal(res.statusCode, 403, `${who}: ${res.body}`);
        // Before: CASE_CHANGED told the version, and FORBIDDEN the actions the case's state allows.
        assert.deepEqual(res.json().error.details, {}, `${who}: ${res.body}`);
      }
    }
  });

  it('each staff route answers each role on office A’s and office B’s records as the table says, and leaks nothing of B', async () => {
    const failures: string[] = [];
    const leaks: string[] = [];
    let cells = 0;
    for (const [key, row] of Object.entries(ROUTES)) {
      if (row === PUBLIC || row === DOOR) continue;
      const [method, template] = key.split(' ') as [string, string];
      const sides: Side[] = row.target ? ['A', 'B'] : ['A'];
      for (const side of sides) {
        const allowed = new Set<Who>(side === 'A' ? row.a : (row.b ?? []));
        // The refused first: an allowed POST may change the record (e.g. abandon the case).
        const order = [...ALL_WHO.filter((w) => !allowed.has(w)), ...ALL_WHO.filter((w) => allowed.has(w))];
        for (const who of order) {
          cells++;
          const fresh =
            row.fresh && allowed.has(who)
              ? await make[row.fresh](side)
              : row.standing
                ? await make[row.standing](side)
                : null;
          const path = pathOf(template, row, fx, side, fresh);
          const body = (await row.body?.(fx, side, fresh)) ?? {
            version: 999,
            expectedVersion: 999,
            key: newIdempotencyKey(),
            kind: 'abandon',
          };
          const before = method === 'GET' ? null : await fingerprint();
          const res = await send(who, method, path, body, row.upload);
          const s = res.statusCode;
          const cell = `${who} ${method} ${path} [${side}] → ${s}`;
          const refusedAs = (): boolean =>
            who === 'anonymous'
              ? path.startsWith('/api/') || row.upload === true // files from no one: refused unread, 401
                ? s === 401
                : (s === 303 && String(res.headers.location).includes('/staff/sign-in')) || s === 403
              : s === 403 || s === 404;
          if (s >= 500) failures.push(`${cell}: a server error`);
          else if (allowed.has(who)) {
            const passed =
              method === 'GET'
                ? s === (row.ok ?? 200)
                : row.done !== undefined
                  ? s === row.done
                  : !(s === 401 || s === 403 || s === 404);
            if (!passed) failures.push(`${cell}: allowed, but ${s} ${res.body.slice(0, 160)}`);
            else if (row.acted && !(await row.acted(fx, side, fresh, { who, body: res.body })))
              failures.push(
                `${cell}: allowed, but the act was not done ${String(res.headers.location ?? '')}`,
              );
          } else {
            if (!refusedAs()) failures.push(`${cell}: should be refused ${res.body.slice(0, 300)}`);
            if (before) {
              const after = await fingerprint();
              if (JSON.stringify(after) !== JSON.stringify(before))
                failures.push(`${cell}: refused, but something changed`);
            }
          }
          // Nobody but the national authority reaches office B's records (what the request itself
          // named, e.g. an id in its path echoed in the page's language links, tells nothing new).
          if (who !== 'national_supervisor' && who !== 'agency_admin') {
            const secrets =
              row.minimalOfB && (OFFICE as readonly Who[]).includes(who) ? fx.privateOfB : fx.secretsOfB;
            for (const secret of secrets)
              if (!path.includes(secret) && res.body.includes(secret)) leaks.push(`${cell} holds ${secret}`);
          }
        }
      }
    }
    assert.ok(cells > 500, `${cells} cells`);
    assert.deepEqual({ leaks, failures }, { leaks: [], failures: [] });
  });
});
