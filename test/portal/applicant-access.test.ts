// Issue 8: online applications through the use-cases — a draft kept in the database, sending with
// per-field errors, one application for a double submit, the applicant's look-ups (tracking code with
// the access code, or with the document number of a counter case), their rate limits, and the office
// taking an online application in and stamping it without retyping.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { MISSIONARY_ITEMS, missionaryApplication, newIdempotencyKey } from '../helpers/applications.js';
import { groupApplication, officeWithStaff, type Office } from '../helpers/signed-cases.js';
import { SENTINELS } from '../helpers/personal-data.js';
import { openCaseAtCounter } from '../../src/app/cases/open-case-at-counter.js';
import { performCaseAction } from '../../src/app/cases/perform-case-action.js';
import { DomainError } from '../../src/app/errors.js';
import { findCaseForApplicant } from '../../src/app/portal/applicant-access.js';
import {
  findDraft,
  saveDraft,
  startOnlineApplication,
  submitOnlineApplication,
} from '../../src/app/portal/online-application.js';
import { findOnlineArrival, takeInOnlineApplication } from '../../src/app/portal/take-in-online.js';
import { findCase } from '../../src/db/case-store.js';
import { findCaseContact } from '../../src/db/case-contacts-store.js';
import { queryRows } from '../../src/db/database.js';
import { verifyChains } from '../../src/db/audit-trail.js';
import { chainAllPendingAccess } from '../../src/jobs/chain-pending-access.js';
import {
  accessCodeForDraftToken,
  formatAccessCode,
  hashSecret,
} from '../../src/domain/portal/access-code.js';
import type { Deps } from '../../src/app/deps.js';

let ipSeq = 0;
const freshOrigin = () => ({ ip: `10.8.${Math.floor(++ipSeq / 250)}.${ipSeq % 250}`, requestId: 'test' });

async function rejects(p: Promise<unknown>, code: string): Promise<DomainError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof DomainError, String(e));
    assert.equal(e.code, code);
    return e;
  }
  assert.fail(`expected ${code}`);
}

describeEachDatabase('online applications and the applicant’s access (issue 8)', (get) => {
  let t: TestApp;
  let office: Office;
  let deps: Deps;
  before(async () => {
    t = await buildTestApp(get().database);
    deps = t.deps;
    office = await officeWithStaff(deps, '71');
  });
  after(() => t.close());

  const sendMissionary = async (origin = freshOrigin()) => {
    const started = await startOnlineApplication(deps, origin, {
      kind: 'missionary-registration',
      language: 'kk',
      officeCode: office.code,
    });
    const sent = await submitOnlineApplication(deps, origin, started.draftToken, {
      application: missionaryApplication(),
      consent: true,
      contact: { email: 'applicant@example.kz', phone: '8 701 234 56 78' },
      idempotencyKey: newIdempotencyKey(),
    });
    return { started, sent };
  };

  it('a draft is a case in state draft, its answers kept and found again by the token alone', async () => {
    const origin = freshOrigin();
    const started = await startOnlineApplication(deps, origin, {
      kind: 'group-registration',
      language: 'ru',
      officeCode: office.code,
    });
    assert.match(started.draftToken, /^[A-Za-z0-9_-]{43}$/);
    const row = await findCase(deps.database.db, started.caseId);
    assert.equal(row!.state, 'draft');
    assert.equal(row!.language, 'ru');
    await saveDraft(deps, started.draftToken, { groupName: 'Жарық', 'leader.surname': 'Ахметов' });
    await saveDraft(deps, started.draftToken, { location: 'Астана' });
    const draft = await findDraft(deps, started.draftToken);
    assert.deepEqual(draft!.answers, { groupName: 'Жарық', 'leader.surname': 'Ахметов', location: 'Астана' });
    assert.equal(await findDraft(deps, 'not-a-token'), null);
    // Only the token's hash is stored.
    const [stored] = await queryRows<{ h: string }>(
      deps.database.db,
      sql`select draft_token_hash as h from online_applications where case_id = ${started.caseId}`,
    );
    assert.equal(stored!.h, hashSecret(started.draftToken));
  });

  it('starting refuses an unknown kind, a non-official language and an unknown office, per field', async () => {
    const e = await rejects(
      startOnlineApplication(deps, freshOrigin(), { kind: 'wedding', language: 'en', officeCode: '99-999' }),
      'VALIDATION_FAILED',
    );
    assert.deepEqual(e.fields, {
      kind: 'kind_required',
      language: 'language_official',
      officeCode: 'office_required',
    });
  });

  it('sending checks every field, the consent and the contact, and keeps the draft as it was', async () => {
    const origin = freshOrigin();
    const started = await startOnlineApplication(deps, origin, {
      kind: 'missionary-registration',
      language: 'kk',
      officeCode: office.code,
    });
    const bad = {
      ...missionaryApplication(),
      address: '',
      applicant: { ...missionaryApplication().applicant, surname: 'Smith' },
    };
    const e = await rejects(
      submitOnlineApplication(deps, origin, started.draftToken, {
        application: bad,
        consent: false,
        contact: { email: 'not an address', phone: '12' },
        idempotencyKey: newIdempotencyKey(),
      }),
      'VALIDATION_FAILED',
    );
    assert.equal(e.fields.address, 'REQUIRED');
    assert.equal(e.fields['applicant.surname'], 'NAME_NOT_CYRILLIC');
    assert.equal(e.fields.consent, 'consent_required');
    assert.equal(e.fields['contact.email'], 'email_format');
    assert.equal(e.fields['contact.phone'], 'phone_format');
    assert.equal((await findCase(deps.database.db, started.caseId))!.state, 'draft');
  });

  it('sending gives the codes; the access code is stored hashed; the contact is saved in the application language', async () => {
    const { started, sent } = await sendMissionary();
    assert.equal(sent.trackingCode, started.trackingCode);
    assert.match(sent.accessCode, /^[0-9A-HJKMNP-TV-Z]{20}$/);
    const row = await findCase(deps.database.db, started.caseId);
    assert.equal(row!.state, 'submitted_online');
    const [stored] = await queryRows<{ h: string }>(
      deps.database.db,
      sql`select access_code_hash as h from online_applications where case_id = ${started.caseId}`,
    );
    assert.equal(stored!.h, hashSecret(sent.accessCode));
    assert.notEqual(stored!.h, sent.accessCode);
    assert.deepEqual(await findCaseContact(deps.database.db, started.caseId), {
      email: 'applicant@example.kz',
      phone: '+77012345678',
      lang: 'kk',
    });
    // A sent application is no longer a draft to edit.
    await rejects(saveDraft(deps, started.draftToken, { address: 'x' }), 'CASE_ACTION_NOT_ALLOWED');
  });

  it('a double submit (same key, or a second form) is one application with the same codes', async () => {
    const origin = freshOrigin();
    const started = await startOnlineApplication(deps, origin, {
      kind: 'missionary-registration',
      language: 'ru',
      officeCode: office.code,
    });
    const input = {
      application: missionaryApplication(),
      consent: true,
      contact: {},
      idempotencyKey: newIdempotencyKey(),
    };
    const [a, b] = await Promise.all([
      submitOnlineApplication(deps, origin, started.draftToken, input),
      submitOnlineApplication(deps, origin, started.draftToken, input),
    ]);
    const c = await submitOnlineApplication(deps, origin, started.draftToken, {
      ...input,
      idempotencyKey: newIdempotencyKey(),
    });
    assert.deepEqual(a, b);
    assert.deepEqual(a, c);
    assert.equal(a.accessCode, accessCodeForDraftToken(started.draftToken));
    const [n] = await queryRows<{ n: number }>(
      deps.database.db,
      sql`select count(*)::int as n from case_actions where case_id = ${started.caseId} and kind = 'submit_online'`,
    );
    assert.equal(n!.n, 1);
  });

  it('the applicant finds the case by tracking code and access code (typed loosely); wrong codes find nothing', async () => {
    const { started, sent } = await sendMissionary();
    const origin = freshOrigin();
    const found = await findCaseForApplicant(deps, origin, {
      trackingCode: started.trackingCode.toLowerCase(),
      accessCode: formatAccessCode(sent.accessCode).toLowerCase(),
    });
    assert.equal(found!.caseId, started.caseId);
    assert.equal(found!.state, 'submitted_online');
    assert.equal(found!.via, 'access_code');
    const wrong = sent.accessCode.slice(0, 19) + (sent.accessCode.endsWith('0') ? '1' : '0');
    assert.equal(
      await findCaseForApplicant(deps, origin, { trackingCode: started.trackingCode, accessCode: wrong }),
      null,
    );
    assert.equal(
      await findCaseForApplicant(deps, origin, { trackingCode: started.trackingCode, accessCode: '' }),
      null,
    );
    assert.equal(
      await findCaseForApplicant(deps, origin, { trackingCode: 'nonsense', accessCode: sent.accessCode }),
      null,
    );
    // Once sent, the application records the applicant's passport: it opens the case too.
    assert.equal(
      (
        await findCaseForApplicant(deps, origin, {
          trackingCode: started.trackingCode,
          documentNumber: SENTINELS.passport,
        })
      )?.caseId,
      started.caseId,
    );
  });

  it('a look-up is logged before it answers, and the job chains the entry into the office’s access log', async () => {
    const { started, sent } = await sendMissionary();
    const db = deps.database.db;
    const logged = () =>
      queryRows<{ chain_id: string; purpose: string; ip: string | null }>(
        db,
        sql`select chain_id, data->>'purpose' as purpose, ip from access_log
              where record_type = 'case' and record_id = ${started.caseId}`,
      );
    const pending = () =>
      queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from pending_access_entries where record_id = ${started.caseId}`,
      );
    const origin = freshOrigin();
    const lookUp = () =>
      findCaseForApplicant(deps, origin, { trackingCode: started.trackingCode, accessCode: sent.accessCode });
    // Several at once: none waits on the chain; each one is recorded.
    await Promise.all([lookUp(), lookUp(), lookUp()]);
    assert.equal((await pending())[0]!.n, 3);
    assert.deepEqual(await logged(), []);
    // A wrong code reads nothing and logs no read.
    await findCaseForApplicant(deps, origin, {
      trackingCode: started.trackingCode,
      accessCode: 'C'.repeat(20),
    });
    assert.equal((await pending())[0]!.n, 3);

    assert.ok((await chainAllPendingAccess(deps.database)) >= 3);
    assert.equal((await pending())[0]!.n, 0);
    const rows = await logged();
    assert.equal(rows.length, 3);
    for (const r of rows) {
      assert.equal(r.chain_id, `access:${office.code}`);
      assert.equal(r.purpose, 'applicant look-up (access_code)');
      assert.equal(r.ip, origin.ip);
    }
    // Chained after records written directly, the chain still verifies from end to end.
    const report = await verifyChains(db);
    assert.deepEqual(report.problems, []);
    assert.equal(await chainAllPendingAccess(deps.database), 0);
  });

  it('a draft is never found by a look-up', async () => {
    const started = await startOnlineApplication(deps, freshOrigin(), {
      kind: 'missionary-registration',
      language: 'kk',
      officeCode: office.code,
    });
    assert.equal(
      await findCaseForApplicant(deps, freshOrigin(), {
        trackingCode: started.trackingCode,
        accessCode: accessCodeForDraftToken(started.draftToken),
      }),
      null,
    );
  });

  it('a counter case is found by the receipt’s tracking code and the applicant’s document number', async () => {
    const app = groupApplication();
    const opened = await openCaseAtCounter(deps, office.staff.clerk, freshOrigin(), {
      kind: 'group-registration',
      language: 'ru',
      application: app,
      consent: true,
      idempotencyKey: newIdempotencyKey(),
    });
    const leaderNumber = app.leader.iin!;
    const origin = freshOrigin();
    const found = await findCaseForApplicant(deps, origin, {
      trackingCode: opened.trackingCode,
      documentNumber: ` ${leaderNumber.toLowerCase()} `,
    });
    assert.equal(found?.caseId, opened.id);
    assert.equal(found?.via, 'document_number');
    assert.equal(
      await findCaseForApplicant(deps, origin, {
        trackingCode: opened.trackingCode,
        documentNumber: '000000000000',
      }),
      null,
    );
    // A counter case has no access code: none opens it.
    assert.equal(
      await findCaseForApplicant(deps, origin, {
        trackingCode: opened.trackingCode,
        accessCode: 'A'.repeat(20),
      }),
      null,
    );
  });

  it('look-ups are limited per address, and wrong answers per tracking code from any address', async () => {
    const { started } = await sendMissionary();
    const limited = {
      ...deps,
      portalLimits: {
        lookupsPerAddress: { max: 3, windowSeconds: 600 },
        failuresPerTrackingCode: { max: 4, windowSeconds: 3600 },
        submissionsPerAddress: { max: 2, windowSeconds: 3600 },
      },
    };
    const one = freshOrigin();
    for (let i = 0; i < 3; i++)
      assert.equal(
        await findCaseForApplicant(limited, one, { trackingCode: 'nonsense', accessCode: 'x' }),
        null,
      );
    const e = await rejects(
      findCaseForApplicant(limited, one, { trackingCode: 'nonsense', accessCode: 'x' }),
      'RATE_LIMITED',
    );
    assert.ok(Number(e.details.retryAfterSeconds) > 0);
    // Four wrong access codes from four addresses: the fifth try, even from a new address, waits.
    for (let i = 0; i < 4; i++)
      assert.equal(
        await findCaseForApplicant(limited, freshOrigin(), {
          trackingCode: started.trackingCode,
          accessCode: 'B'.repeat(20),
        }),
        null,
      );
    await rejects(
      findCaseForApplicant(limited, freshOrigin(), {
        trackingCode: started.trackingCode,
        accessCode: 'B'.repeat(20),
      }),
      'RATE_LIMITED',
    );
    // Submissions too: a third draft from one address within the window is refused.
    const two = freshOrigin();
    const start = () =>
      startOnlineApplication(limited, two, {
        kind: 'group-registration',
        language: 'kk',
        officeCode: office.code,
      });
    await start();
    await start();
    await rejects(start(), 'RATE_LIMITED');
  });

  it('the office finds the online application by tracking code, takes it in without retyping, and stamps it', async () => {
    const { started } = await sendMissionary();
    const origin = freshOrigin();
    const arrival = await findOnlineArrival(deps, office.staff.clerk, started.trackingCode.toLowerCase());
    assert.equal(arrival?.caseId, started.caseId);
    const other = await officeWithStaff(deps, '75');
    assert.equal(await findOnlineArrival(deps, other.staff.clerk, started.trackingCode), null);
    await rejects(
      takeInOnlineApplication(
        deps,
        other.staff.clerk,
        origin,
        started.caseId,
        arrival!.version,
        newIdempotencyKey(),
      ),
      'NOT_FOUND',
    );
    await rejects(
      takeInOnlineApplication(
        deps,
        office.staff.records,
        origin,
        started.caseId,
        arrival!.version,
        newIdempotencyKey(),
      ),
      'FORBIDDEN',
    );
    const taken = await takeInOnlineApplication(
      deps,
      office.staff.clerk,
      origin,
      started.caseId,
      arrival!.version,
      newIdempotencyKey(),
    );
    assert.equal(taken.state, 'at_counter');
    assert.equal(await findOnlineArrival(deps, office.staff.clerk, started.trackingCode), null);
    const stamped = await performCaseAction(
      deps,
      office.staff.records,
      origin,
      started.caseId,
      taken.version,
      { kind: 'stamp', itemsPresent: MISSIONARY_ITEMS },
      newIdempotencyKey(),
    );
    assert.equal(stamped.state, 'registered');
    const row = await findCase(deps.database.db, started.caseId);
    assert.match(row!.incomingNumber!, new RegExp(`^${office.code}/\\d{4}/\\d{4}$`));
    assert.ok(row!.resultDue);
    const [m] = await queryRows<{ n: number }>(
      deps.database.db,
      sql`select count(*)::int as n from case_materials where case_id = ${started.caseId}`,
    );
    assert.equal(m!.n, 1);
  });
});
