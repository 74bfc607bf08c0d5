import assert from 'node:assert/strict';
import fs from 'node:fs';
import { it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../../test/helpers/databases.js';
import { buildTestApp } from '../../test/helpers/app.js';
import { seedAccount, seedOffice } from '../../test/helpers/seed.js';
import { queryRows } from '../db/database.js';
import { sessions } from '../db/schema/index.js';
import { enqueue } from '../db/outbox-store.js';
import { verifyChains } from '../db/audit-trail.js';
import { deliverDue } from './outbox-worker.js';
import { runRetention } from './retention.js';
import { signIn } from '../app/accounts/sign-in.js';
import { resolveSession } from '../app/accounts/session.js';
import type { Actor } from '../app/actor.js';
import { openCaseAtCounter } from '../app/cases/open-case-at-counter.js';
import { performCaseAction } from '../app/cases/perform-case-action.js';
import { readCase } from '../app/cases/read-case.js';
import { returnMaterials } from '../app/cases/case-materials.js';
import { caseCorrections } from '../db/schema/index.js';
import { missionaryApplication, newIdempotencyKey } from '../../test/helpers/applications.js';
import { PASSWORD } from '../../test/helpers/seed.js';
import { officeWithStaff } from '../../test/helpers/signed-cases.js';
import {
  findDraft,
  saveDraft,
  startOnlineApplication,
  submitOnlineApplication,
} from '../app/portal/online-application.js';
import { attachDraftScans } from '../app/portal/draft-scans.js';
import { actionsOf, findCase } from '../db/case-store.js';

describeEachDatabase('retention', (get) => {
  it('purges what was kept long enough, keeps the rest, audits the purge and breaks no chain', async () => {
    const { database } = get();
    const t = await buildTestApp(database);
    try {
      const office = await seedOffice(t.deps);
      const { id } = await seedAccount(t.deps, office.id, ['clerk']);
      const now = new Date('2030-06-01T06:00:00Z');
      const day = 86_400_000;
      await database.db.insert(sessions).values([
        { id: 'old-session', accountId: id, expiresAt: new Date(now.getTime() - 31 * day) },
        { id: 'recent-session', accountId: id, expiresAt: new Date(now.getTime() - 29 * day) },
      ]);
      await enqueue(database.db, { kind: 'test.retention', payload: {} });
      await deliverDue(database, {
        handlers: { 'test.retention': async () => undefined },
        now: () => new Date(now.getTime() - 91 * day),
      });
      const report = await runRetention(database, now);
      assert.deepEqual(report, [
        { recordType: 'session', count: 1 },
        { recordType: 'outbox_message', count: 1 },
        { recordType: 'case_application', count: 0 },
        { recordType: 'complaint', count: 0 },
        { recordType: 'visitor_pass', count: 0 },
        { recordType: 'online_draft', count: 0 },
      ]);
      const left = await queryRows<{ id: string }>(
        database.db,
        sql`select id from sessions where id in ('old-session', 'recent-session')`,
      );
      assert.deepEqual(
        left.map((r) => r.id),
        ['recent-session'],
      );
      const audited = await queryRows<{ record_id: string }>(
        database.db,
        sql`select record_id from audit_events where action = 'retention.purged' order by id`,
      );
      assert.deepEqual(
        audited.map((r) => r.record_id),
        ['session', 'outbox_message'],
      );
      assert.deepEqual((await verifyChains(database.db)).problems, []);
      assert.deepEqual(await runRetention(database, now), [
        { recordType: 'session', count: 0 },
        { recordType: 'outbox_message', count: 0 },
        { recordType: 'case_application', count: 0 },
        { recordType: 'complaint', count: 0 },
        { recordType: 'visitor_pass', count: 0 },
        { recordType: 'online_draft', count: 0 },
      ]);
    } finally {
      await t.close();
    }
  });
});

describeEachDatabase("retention of a case's personal data (domain.md §8)", (get) => {
  it("purges an ended case's application with its scans' content, its inventory and its corrections' values, keeps open cases, and breaks no chain", async () => {
    const { database } = get();
    const t = await buildTestApp(database);
    try {
      const office = await seedOffice(t.deps);
      const { login, id: clerkId } = await seedAccount(t.deps, office.id, ['clerk']);
      const { token } = await signIn(t.deps, { login, password: PASSWORD }, { ip: null, requestId: 'test' });
      const actor = ((await resolveSession(t.deps, token)) as { actor: Actor }).actor;
      const origin = { ip: null, requestId: 'test' };
      const pdf = fs.readFileSync(new URL('../../test/fixtures/scans/page.pdf', import.meta.url));
      const open = () =>
        openCaseAtCounter(t.deps, actor, origin, {
          kind: 'missionary-registration',
          language: 'kk',
          application: missionaryApplication(),
          consent: true,
          idempotencyKey: newIdempotencyKey(),
          scans: [
            {
              field: 'file',
              itemField: 'item',
              checklistItemId: 'mandate-copy',
              fileName: 'mandate.pdf',
              bytes: pdf,
              tooLarge: false,
            },
          ],
        });
      const ended = await open();
      const running = await open();
      await returnMaterials(t.deps, actor, origin, ended.id, [1]);
      await performCaseAction(t.deps, actor, origin, ended.id, 1, { kind: 'abandon' }, newIdempotencyKey());
      for (const c of [ended, running])
        await database.db.insert(caseCorrections).values({
          caseId: c.id,
          field: 'applicant.surname',
          oldValue: 'Мюллер',
          newValue: 'Мюллерь',
          reason: 'typo',
          proposedBy: clerkId,
        });
      const snapshot = async (caseId: string) => ({
        application: (
          await queryRows<{ n: number }>(
            database.db,
            sql`select count(*)::int as n from case_applications where case_id = ${caseId}`,
          )
        )[0]!.n,
        files: await queryRows<{ file_name: string; has_content: boolean; sha256: string }>(
          database.db,
          sql`select file_name, content is not null as has_content, sha256 from case_files where case_id = ${caseId}`,
        ),
        materials: (
          await queryRows<{ n: number }>(
            database.db,
            sql`select count(*)::int as n from case_materials where case_id = ${caseId}`,
          )
        )[0]!.n,
        corrections: await queryRows<{ old_value: unknown; new_value: unknown }>(
          database.db,
          sql`select old_value, new_value from case_corrections where case_id = ${caseId}`,
        ),
      });
      const runningBefore = await snapshot(running.id);
      const sha = (await snapshot(ended.id)).files[0]!.sha256;

      // Not yet: five years after the end have not passed.
      const soon = new Date(Date.now() + 4 * 365 * 86_400_000);
      assert.deepEqual(
        (await runRetention(database, soon)).find((r) => r.recordType === 'case_application'),
        {
          recordType: 'case_application',
          count: 0,
        },
      );
      assert.equal((await snapshot(ended.id)).application, 1);

      const later = new Date(Date.now() + 6 * 365 * 86_400_000);
      assert.deepEqual(
        (await runRetention(database, later)).find((r) => r.recordType === 'case_application'),
        {
          recordType: 'case_application',
          count: 1,
        },
      );
      assert.deepEqual(await snapshot(ended.id), {
        application: 0,
        files: [{ file_name: '', has_content: false, sha256: sha }],
        materials: 0,
        corrections: [{ old_value: null, new_value: null }],
      });
      assert.deepEqual(await snapshot(running.id), runningBefore, 'an open case keeps everything');
      const audited = await queryRows<{ data: { count: number } }>(
        database.db,
        sql`select data from audit_events where action = 'retention.purged' and record_id = 'case_application'`,
      );
      assert.deepEqual(
        audited.map((a) => a.data.count),
        [1],
      );
      assert.deepEqual((await verifyChains(database.db)).problems, []);

      // The case stays readable: its log and numbers, a blank application, the scan without content.
      const view = await readCase(t.deps, actor, origin, ended.id, 'test');
      assert.equal(view.applicationPurged, true);
      assert.equal(view.snapshot.state, 'abandoned');
      assert.deepEqual(
        view.files.map((f) => f.purged),
        [true],
      );
      assert.equal(view.materials.length, 0);
      assert.deepEqual(
        (await runRetention(database, later)).find((r) => r.recordType === 'case_application'),
        {
          recordType: 'case_application',
          count: 0,
        },
      );
    } finally {
      await t.close();
    }
  });
});

describeEachDatabase('retention of online drafts never sent (issue 8)', (get) => {
  it('discards a draft untouched for 30 days with its answers and scans; a newer draft and a sent application stay', async () => {
    const { database } = get();
    const t = await buildTestApp(database);
    try {
      const office = await officeWithStaff(t.deps, '71');
      let ip = 0;
      const origin = () => ({ ip: `10.9.0.${++ip}`, requestId: 'test' });
      const start = () =>
        startOnlineApplication(t.deps, origin(), {
          kind: 'missionary-registration',
          language: 'kk',
          officeCode: office.code,
        });
      const stale = await start();
      await saveDraft(t.deps, stale.draftToken, { 'applicant.surname': 'Мюллер' });
      const pdf = fs.readFileSync(new URL('../../test/fixtures/scans/page.pdf', import.meta.url));
      await attachDraftScans(t.deps, origin(), stale.draftToken, [
        {
          field: 'file',
          itemField: 'item',
          checklistItemId: 'mandate-copy',
          fileName: 'mandate.pdf',
          bytes: pdf,
          tooLarge: false,
        },
      ]);
      const fresh = await start();
      const sentDraft = await start();
      await submitOnlineApplication(t.deps, origin(), sentDraft.draftToken, {
        application: missionaryApplication(),
        consent: true,
        contact: {},
        idempotencyKey: newIdempotencyKey(),
      });
      const day = 86_400_000;
      // The stale draft was last saved 31 days ago, the fresh one 29 (the sent one 31, too).
      const now = new Date(Date.now() + 31 * day);
      await database.db.execute(
        sql`update online_applications set updated_at = ${new Date(Date.now() + 2 * day)}
              where case_id = ${fresh.caseId}`,
      );
      const count = (table: string, caseId: string) =>
        queryRows<{ n: number }>(
          database.db,
          sql`select count(*)::int as n from ${sql.raw(table)} where case_id = ${caseId}`,
        ).then((r) => r[0]!.n);
      assert.equal(await count('case_files', stale.caseId), 1);

      const purged = (await runRetention(database, now)).find((r) => r.recordType === 'online_draft');
      assert.deepEqual(purged, { recordType: 'online_draft', count: 1 });
      const state = async (id: string) => (await findCase(database.db, id))!.state;
      assert.equal(await state(stale.caseId), 'discarded');
      assert.equal(await state(fresh.caseId), 'draft');
      assert.equal(await state(sentDraft.caseId), 'submitted_online');
      assert.equal(await count('case_files', stale.caseId), 0);
      assert.equal(await count('online_applications', stale.caseId), 0);
      assert.equal(await count('online_applications', fresh.caseId), 1);
      assert.equal(await findDraft(t.deps, stale.draftToken), null, 'the cookie opens nothing any more');
      const log = await actionsOf(database.db, stale.caseId);
      assert.deepEqual(
        log.map((a) => [a.kind, a.actor.roles]),
        [
          ['start_draft', ['applicant']],
          ['discard', ['system']],
        ],
      );
      assert.deepEqual((await verifyChains(database.db)).problems, []);
      assert.deepEqual(
        (await runRetention(database, now)).find((r) => r.recordType === 'online_draft'),
        { recordType: 'online_draft', count: 0 },
      );
    } finally {
      await t.close();
    }
  });
});
