// The worklists the pages read with SQL from the cached columns of `cases` must be the worklists the
// domain derives from each case's folded log and clocks (domain/case/worklist.ts): checked for cases
// in every live state, on days from the stamp to well past every due day.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { PASSWORD, seedAccount, seedOffice } from '../helpers/seed.js';
import { MISSIONARY_ITEMS, missionaryApplication, newIdempotencyKey } from '../helpers/applications.js';
import { openCaseAtCounter } from '../../src/app/cases/open-case-at-counter.js';
import { performCaseAction } from '../../src/app/cases/perform-case-action.js';
import type { StaffCommand } from '../../src/app/cases/build-case-action.js';
import { resolveSession } from '../../src/app/accounts/session.js';
import { signIn } from '../../src/app/accounts/sign-in.js';
import type { Actor } from '../../src/app/actor.js';
import { actionsOf } from '../../src/db/case-store.js';
import { findOfficeWorklists } from '../../src/db/case-worklists.js';
import { builtInCalendar } from '../../src/domain/calendar/index.js';
import { caseClocks, foldCase, worklistOf } from '../../src/domain/case/index.js';
import { RULE_VERSIONS, caseRuleVersion } from '../../src/domain/standard/index.js';
import { plainDateAt } from '../../src/domain/time/plain-date.js';
import { UNCOLLECTED_AFTER_DAYS, worklistBounds } from '../../src/http/routes/staff-cases.js';

const origin = { ip: '127.0.0.1', requestId: 'test' };
const DAY = 24 * 3600 * 1000;

describeEachDatabase('worklists from the cached columns agree with the fold', (get) => {
  let t: TestApp;
  let officeId: string;
  const staff: Record<string, Actor> = {};
  before(async () => {
    t = await buildTestApp(get().database);
    const office = await seedOffice(t.deps, { regionCode: '71' });
    officeId = office.id;
    for (const role of ['clerk', 'records', 'officer', 'head'] as const) {
      const { login } = await seedAccount(t.deps, office.id, [role]);
      const r = await resolveSession(
        t.deps,
        (await signIn(t.deps, { login, password: PASSWORD }, origin)).token,
      );
      staff[role] = (r as { actor: Actor }).actor;
    }
  });
  after(() => t.close());

  /** Opens a case and takes it through `steps` ([role, command] pairs). */
  async function caseThrough(steps: [string, StaffCommand][]): Promise<string> {
    const opened = await openCaseAtCounter(t.deps, staff.clerk!, origin, {
      kind: 'missionary-registration',
      language: 'kk',
      application: missionaryApplication(t.deps.now()),
      consent: true,
      idempotencyKey: newIdempotencyKey(),
    });
    let version = opened.version;
    for (const [role, command] of steps)
      version = (
        await performCaseAction(
          t.deps,
          staff[role]!,
          origin,
          opened.id,
          version,
          command,
          newIdempotencyKey(),
        )
      ).version;
    return opened.id;
  }

  it('puts every case in the lists worklistOf gives it, from the stamp to long after the due days', async () => {
    const complete: [string, StaffCommand] = ['records', { kind: 'stamp', itemsPresent: MISSIONARY_ITEMS }];
    const incomplete: [string, StaffCommand] = [
      'records',
      { kind: 'stamp', itemsPresent: MISSIONARY_ITEMS.filter((i) => i !== 'invitation') },
    ];
    const review: [string, StaffCommand] = ['officer', { kind: 'take_for_review' }];
    const propose: [string, StaffCommand] = ['officer', { kind: 'propose' }];
    const sign: [string, StaffCommand] = ['head', { kind: 'sign' }];
    const draft: [string, StaffCommand] = ['officer', { kind: 'draft_refusal' }];
    const ids = [
      await caseThrough([]),
      await caseThrough([complete]),
      await caseThrough([incomplete]),
      await caseThrough([incomplete, review]),
      await caseThrough([complete, review, propose]),
      await caseThrough([complete, review, propose, sign]),
      await caseThrough([incomplete, draft]),
      await caseThrough([incomplete, draft, ['head', { kind: 'sign_refusal' }]]),
      await caseThrough([
        complete,
        review,
        propose,
        sign,
        [
          'clerk',
          {
            kind: 'hand_over',
            recipient: 'applicant',
            identityDocumentId: 'applicant.identityDocument',
            powerOfAttorneyId: null,
          },
        ],
      ]),
    ];
    const calendar = builtInCalendar();
    const db = get().database.db;
    const seen = new Set<string>();
    for (const days of [0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 20, 31, 33, 45]) {
      const today = plainDateAt(new Date(t.deps.now().getTime() + days * DAY), 'Asia/Almaty');
      const rows = await findOfficeWorklists(db, officeId, worklistBounds(today, 'Asia/Almaty', calendar));
      for (const id of ids) {
        const snapshot = foldCase(await actionsOf(db, id));
        const clocks = snapshot.startDay
          ? caseClocks(snapshot, caseRuleVersion(snapshot.startDay, RULE_VERSIONS), calendar, today)
          : null;
        const expected = [
          ...(snapshot.state === 'at_counter' ? ['at_counter'] : []),
          ...worklistOf(snapshot, clocks, today, { uncollectedAfterDays: UNCOLLECTED_AFTER_DAYS }),
        ];
        const row = rows.find((r) => r.id === id);
        assert.deepEqual(row?.lists ?? [], expected, `${snapshot.state} on ${today} (+${days} days)`);
        if (row && clocks?.active)
          assert.equal(row.due, clocks[clocks.active].due, 'the due day of the active clock');
        for (const l of expected) seen.add(l);
      }
    }
    // The check is not vacuous: every list was met by some case on some day.
    assert.deepEqual([...seen].sort(), [
      'at_counter',
      'due_soon',
      'new',
      'overdue',
      'ready_to_collect',
      'refusals_to_deliver',
      'uncollected',
    ]);
  });
});
