// Registrants for the registry's tests, written straight into the tables (the way the generator and
// the paper import do): a person or group, its current certificate or reference at an office, and
// optionally a case there with its confession id. Faster than taking hundreds of cases to signature.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Deps } from '../../src/app/deps.js';
import type { Actor } from '../../src/app/actor.js';
import { resolveSession } from '../../src/app/accounts/session.js';
import { signIn } from '../../src/app/accounts/sign-in.js';
import type { Executor } from '../../src/db/database.js';
import { issuedDocuments } from '../../src/db/schema/index.js';
import { findOrCreateGroupRegistrant, upsertPersonRegistrant } from '../../src/db/registry-store.js';
import { groupIdentity, personIdentity } from '../../src/domain/registry/registrant-identity.js';
import { trackingCodeFromBytes } from '../../src/domain/identifiers/index.js';
import type { GroupApplicationInput, PersonInput } from '../../src/domain/standard/index.js';
import type { Role } from '../../src/domain/roles/roles.js';
import { PASSWORD, seedAccount } from './seed.js';

let serial = 0;

export interface SeededOffice {
  id: string;
  code: string;
}

export interface Seeded {
  registrantId: string;
  number: string;
  caseId: string | null;
}

/** A member of staff of `organisationId` with these roles, signed in. */
export async function actorOf(deps: Deps, organisationId: string, roles: Role[]): Promise<Actor> {
  const { login } = await seedAccount(deps, organisationId, roles);
  const s = await signIn(deps, { login, password: PASSWORD }, { ip: null, requestId: 'test' });
  const r = await resolveSession(deps, s.token);
  assert.equal(r.kind, 'live');
  return (r as { actor: Actor }).actor;
}

export interface DocOptions {
  issuedOn?: string;
  validUntil?: string | null;
  territory?: string;
  status?: 'valid' | 'superseded' | 'annulled' | 'replaced';
  source?: 'system' | 'paper';
  confession?: string;
}

export async function seedPerson(
  db: Executor,
  office: SeededOffice,
  p: Partial<PersonInput> & { surname: string; name: string },
  doc: DocOptions = {},
): Promise<Seeded> {
  const person: PersonInput = {
    citizenship: p.iin ? 'KZ' : 'DE',
    ...p,
    ...(p.iin
      ? {}
      : {
          identityDocument: p.identityDocument ?? {
            kind: 'foreign-passport',
            number: `T${randomBytes(4).toString('hex').toUpperCase()}`,
            issueDate: '2020-01-01',
          },
        }),
  } as PersonInput;
  const identity = personIdentity(person)!;
  const registrantId = await upsertPersonRegistrant(db, identity, new Date());
  return seedDocument(db, office, registrantId, 'certificate', identity.displayName, doc);
}

export async function seedGroup(
  db: Executor,
  office: SeededOffice,
  groupName: string,
  doc: DocOptions = {},
): Promise<Seeded> {
  const g = groupIdentity(office.id, { groupName, leader: {} } as unknown as GroupApplicationInput);
  const registrantId = await db.transaction((tx) =>
    findOrCreateGroupRegistrant(tx, g, new Date(), { byLeader: false }),
  );
  return seedDocument(db, office, registrantId, 'reference', g.displayName, { ...doc, validUntil: null });
}

async function seedDocument(
  db: Executor,
  office: SeededOffice,
  registrantId: string,
  kind: 'certificate' | 'reference',
  holder: string,
  doc: DocOptions,
): Promise<Seeded> {
  const issuedOn = doc.issuedOn ?? '2025-02-03';
  const seq = ++serial;
  const number = `${office.code}/${issuedOn.slice(0, 4)}/${kind === 'certificate' ? 1 : 2}-${String(seq).padStart(4, '0')}`;
  let caseId: string | null = null;
  if (doc.confession) {
    const rows = (await db.execute(
      sql`insert into cases (tracking_code, kind, language, organisation_id, first_organisation_id, state,
            registrant_id, confession, document_number)
          values (${trackingCodeFromBytes(randomBytes(9))}, ${kind === 'certificate' ? 'missionary-registration' : 'group-registration'},
            'kk', ${office.id}, ${office.id}, 'handed_over', ${registrantId}, ${doc.confession}, ${number})
          returning id`,
    )) as unknown as { rows: { id: string }[] };
    caseId = rows.rows[0]!.id;
  }
  await db.insert(issuedDocuments).values({
    number,
    kind,
    caseId,
    organisationId: office.id,
    registrantId,
    source: doc.source ?? 'system',
    issuedOn,
    validUntil:
      doc.validUntil === undefined ? (kind === 'certificate' ? '2030-12-31' : null) : doc.validUntil,
    holder,
    territory: doc.territory ?? 'Астана қаласы',
    status: doc.status ?? 'valid',
  });
  return { registrantId, number, caseId };
}
