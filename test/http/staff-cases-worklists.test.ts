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
import { findOfficeWorklists, findWorklistPage, OFFICE_WORKLISTS } from '../../src/db/case-worklists.js';
import { builtInCalendar } from '../../src/domain/calendar/index.js';
import { caseClocks, foldCase, worklistOf } from '../../src/domain/case/index.js';
import { RULE_VERSIONS, caseRuleVersion } from '../../src/domain/standard/index.js';
import { plainDateAt } from '../../src/domain/time/plain-date.js';
import { worklistBounds } from '../../src/http/routes/staff-cases.js';
import { findOrganisation } from '../../src/db/accounts-store.js';

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
    const uncollectedOnDay10: [number, boolean][] = [];
    // The office's own "uncollected after N days" (30 by default), and a shorter one a head may set.
    const setting = (await findOrganisation(db, officeId))!.uncollectedAfterDays;
    assert.equal(setting, 30);
    for (const uncollectedAfterDays of [setting, 7])
      for (const days of [0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 20, 31, 33, 45]) {
        const today = plainDateAt(new Date(t.deps.now().getTime() + days * DAY), 'Asia/Almaty');
        const bounds = worklistBounds(today, 'Asia/Almaty', calendar, uncollectedAfterDays);
        const rows = await findOfficeWorklists(db, officeId, bounds);
        for (const id of ids) {
          const snapshot = foldCase(await actionsOf(db, id));
          const clocks = snapshot.startDay
            ? caseClocks(snapshot, caseRuleVersion(snapshot.startDay, RULE_VERSIONS), calendar, today)
            : null;
          const expected = [
            ...(snapshot.state === 'at_counter' ? ['at_counter'] : []),
            ...worklistOf(snapshot, clocks, today, { uncollectedAfterDays }),
          ];
          const row = rows.find((r) => r.id === id);
          const where = `${snapshot.state} on ${today} (+${days} days, uncollected after ${uncollectedAfterDays})`;
          assert.deepEqual(row?.lists ?? [], expected, where);
          if (row && clocks?.active)
            assert.equal(row.due, clocks[clocks.active].due, 'the due day of the active clock');
          for (const l of expected) seen.add(`${l}@${uncollectedAfterDays}`);
          if (snapshot.state === 'ready_to_collect' && days === 10)
            uncollectedOnDay10.push([uncollectedAfterDays, expected.includes('uncollected')]);
        }
        // The page's windows and counts hold the same cases as the full lists.
        const page = await findWorklistPage(db, officeId, bounds, { limit: 2 });
        for (const list of OFFICE_WORKLISTS) {
          const all = rows.filter((r) => r.lists.includes(list));
          assert.equal(page.counts[list], all.length, `${list} count on ${today}`);
          assert.deepEqual(
            page.lists[list].map((r) => r.id),
            all.slice(0, 2).map((r) => r.id),
            `${list}: the first two, most urgent first`,
          );
          const second = await findWorklistPage(db, officeId, bounds, { list, offset: 2, limit: 2 });
          assert.deepEqual(
            second.lists[list].map((r) => r.id),
            all.slice(2, 4).map((r) => r.id),
            `${list}: the next window`,
          );
          for (const other of OFFICE_WORKLISTS.filter((l) => l !== list))
            assert.equal(second.lists[other].length, 0, 'a page of one list draws no other');
        }
      }
    // The setting is what decides: signed 10 days ago is uncollected after 7 days, not after 30.
    assert.deepEqual(uncollectedOnDay10, [
      [30, false],
      [7, true],
    ]);
    // The check is not vacuous: every list was met by some case on some day.
    assert.deepEqual(
      [...seen].filter((s) => s.endsWith('@30')).sort(),
      [
        'at_counter',
        'due_soon',
        'new',
        'overdue',
        'ready_to_collect',
        'refusals_to_deliver',
        'uncollected',
      ].map((l) => `${l}@30`),
    );
  });
});
