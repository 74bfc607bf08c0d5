// The organisations of the complaint tests (§20–25): an office with its staff, its akimat (the
// directory's office ↔ akimat link, annexes 3–4) with akimat records and an akimat head, and cases in
// the states complaints are about.
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { Deps } from '../../src/app/deps.js';
import type { Actor } from '../../src/app/actor.js';
import { resolveSession } from '../../src/app/accounts/session.js';
import { signIn } from '../../src/app/accounts/sign-in.js';
import { openCaseAtCounter } from '../../src/app/cases/open-case-at-counter.js';
import { performCaseAction } from '../../src/app/cases/perform-case-action.js';
import type { StaffCommand } from '../../src/app/cases/build-case-action.js';
import { findCase } from '../../src/db/case-store.js';
import { organisations } from '../../src/db/schema/index.js';
import type { Role } from '../../src/domain/roles/roles.js';
import { plainDateAt } from '../../src/domain/time/plain-date.js';
import { missionaryApplication, newIdempotencyKey } from './applications.js';
import { PASSWORD, seedAccount, seedOffice } from './seed.js';
import { officeWithStaff, type Office } from './signed-cases.js';

export interface World {
  office: Office;
  akimat: { id: string; code: string; staff: Record<'records' | 'head', Actor> };
}

export async function actorFor(deps: Deps, organisationId: string, roles: Role[]): Promise<Actor> {
  const { login } = await seedAccount(deps, organisationId, roles);
  const s = await signIn(deps, { login, password: PASSWORD }, { ip: null, requestId: 'test' });
  const r = await resolveSession(deps, s.token);
  assert.equal(r.kind, 'live');
  return (r as { actor: Actor }).actor;
}

/** An office and its akimat, each with staff signed in. */
export async function complaintWorld(deps: Deps, regionCode = '71'): Promise<World> {
  const office = await officeWithStaff(deps, regionCode);
  const akimat = await seedOffice(deps, { regionCode, kind: 'akimat' });
  await deps.database.db
    .update(organisations)
    .set({ akimatCode: akimat.code })
    .where(eq(organisations.id, office.id));
  return {
    office,
    akimat: {
      id: akimat.id,
      code: akimat.code,
      staff: {
        records: await actorFor(deps, akimat.id, ['akimat_records']),
        head: await actorFor(deps, akimat.id, ['akimat_head']),
      },
    },
  };
}

/** A missionary case refused for an incomplete §11 set and the refusal delivered (§16). */
export async function refusedCase(
  deps: Deps,
  office: Office,
): Promise<{ caseId: string; trackingCode: string }> {
  const origin = { ip: null, requestId: 'test' };
  const act = (who: keyof Office['staff'], id: string, version: number, command: StaffCommand) =>
    performCaseAction(deps, office.staff[who], origin, id, version, command, newIdempotencyKey());
  const opened = await openCaseAtCounter(deps, office.staff.clerk, origin, {
    kind: 'missionary-registration',
    language: 'kk',
    application: missionaryApplication(),
    consent: true,
    idempotencyKey: newIdempotencyKey(),
  });
  let r = await act('records', opened.id, opened.version, { kind: 'stamp', itemsPresent: [] });
  r = await act('officer', opened.id, r.version, { kind: 'draft_refusal' });
  r = await act('head', opened.id, r.version, { kind: 'sign_refusal' });
  r = await act('records', opened.id, r.version, {
    kind: 'deliver_refusal',
    how: 'in_person',
    proofReference: 'signature-on-copy',
    on: plainDateAt(deps.now(), 'Asia/Almaty'),
  });
  assert.equal(r.state, 'refusal_delivered');
  const row = await findCase(deps.database.db, opened.id);
  return { caseId: opened.id, trackingCode: row!.trackingCode };
}
