// The registry of the synthetic cases (domain.md §4 "after the end"), as the real acts write it:
// each case's registrant (a person by IIN or passport, a group by office and name — open-case-at-
// counter.ts through link-registrant.ts), and for every signed case its certificate or reference
// sealed with the active key (record-issued-document.ts). A re-registration re-uses a person or group
// met earlier in the run, and its document supersedes the one before. Registrant ids are derived from
// the registrant's key, so a second run meets the same person under the same id; everything follows
// from the seed.
import { createHash } from 'node:crypto';
import type { Executor } from '../../db/database.js';
import { issuedDocuments, registrants, registrationEvents } from '../../db/schema/index.js';
import { sql } from 'drizzle-orm';
import {
  registrantIdentity,
  searchTextOf,
  type RegistrantIdentity,
} from '../../domain/registry/registrant-identity.js';
import type {
  GroupApplicationInput,
  MissionaryApplicationInput,
  PersonInput,
} from '../../domain/standard/index.js';
import { addDays, type PlainDate } from '../../domain/time/plain-date.js';
import { sealQrText } from '../../documents/seal/seal.js';
import type { Signer } from '../../documents/seal/signer.js';
import { holderOf } from '../documents/record-issued-document.js';
import type { Application } from './synthetic-applications.js';
import type { SyntheticRandom } from './synthetic-random.js';
import type { LiveCase } from './synthetic-replay.js';
import { insertRows } from './synthetic-writer.js';

/** How many earlier applicants a region (persons) or an office (groups) keeps for re-registrations. */
const PERSON_POOL = 400;
const GROUP_POOL = 40;
/** The share of re-registrations that find someone to re-register (the rest came from before the run). */
const REUSE = 0.85;

/** Earlier registrations of the run, for the re-registrations that follow them. */
export class PriorRegistrants {
  private readonly persons = new Map<string, PersonInput[]>();
  private readonly groups = new Map<string, GroupApplicationInput[]>();

  /** A re-registration's application, with the person or group of an earlier one where there is one. */
  reuse(
    rng: SyntheticRandom,
    kind: string,
    application: Application,
    office: { id: string; regionCode: string },
    on: PlainDate,
  ): Application {
    if (!kind.endsWith('re-registration') || !rng.chance(REUSE)) return application;
    if (kind.startsWith('missionary')) {
      const pool = this.persons.get(office.regionCode);
      if (!pool?.length) return application;
      const prior = rng.pick(pool);
      const a = application as MissionaryApplicationInput;
      // The same person and passport; a migration registration of this stay.
      const applicant: PersonInput = { ...prior };
      if (prior.migrationRegistration && a.applicant.migrationRegistration)
        applicant.migrationRegistration = a.applicant.migrationRegistration;
      if (prior.identityDocument?.expiryDate && prior.identityDocument.expiryDate <= addDays(on, 30))
        return application;
      return { ...a, applicant };
    }
    const pool = this.groups.get(office.id);
    if (!pool?.length) return application;
    const prior = rng.pick(pool);
    const a = application as GroupApplicationInput;
    return { ...a, groupName: prior.groupName, affiliation: prior.affiliation };
  }

  remember(kind: string, application: Application, office: { id: string; regionCode: string }): void {
    if (kind.startsWith('missionary')) {
      push(
        this.persons,
        office.regionCode,
        (application as MissionaryApplicationInput).applicant,
        PERSON_POOL,
      );
    } else push(this.groups, office.id, application as GroupApplicationInput, GROUP_POOL);
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T, cap: number): void {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  if (list.length >= cap) list.splice(0, list.length - cap + 1);
  list.push(value);
}

/** A stable id for a registrant's key: a second run, or another seed, meets the same person here (a
 *  group by its office's code, which, unlike the office's row id, is the same in every database). */
export function registrantUuid(identity: RegistrantIdentity, officeCode: string): string {
  const key =
    identity.kind === 'group'
      ? `group|${officeCode}|${identity.nameKey}`
      : identity.iin !== null
        ? `iin|${identity.iin}`
        : `passport|${identity.citizenship}|${identity.passportNumber}`;
  const h = createHash('sha256').update(`tirkeu-registrant|${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

interface Issued {
  number: string;
  at: Date;
}

/** Writes the registrants of a batch, links its cases, and issues the documents of its signed cases. */
export class SyntheticRegistry {
  /** The last document issued to each registrant in this run (what a re-registration supersedes). */
  private readonly latest = new Map<string, Issued>();
  documents = 0;
  registrants = 0;

  constructor(
    private readonly signer: Signer,
    private readonly publicUrl: string,
  ) {}

  /** Sets each case row's registrant and confession, and writes the registrants (before the cases). */
  async link(tx: Executor, batch: readonly LiveCase[]): Promise<void> {
    const rows = new Map<string, Record<string, unknown>>();
    for (const c of batch) {
      const identity = registrantIdentity(c.kind, c.application, c.row.firstOrganisationId as string);
      if (!identity) continue;
      const id = registrantUuid(identity, c.office.code);
      c.row.registrantId = id;
      c.row.confession = c.application.affiliation?.confession ?? null;
      if (!rows.has(id))
        rows.set(id, {
          id,
          kind: identity.kind,
          iin: identity.kind === 'person' ? identity.iin : null,
          citizenship: identity.kind === 'person' ? identity.citizenship : null,
          passportNumber: identity.kind === 'person' ? identity.passportNumber : null,
          organisationId: identity.kind === 'group' ? identity.organisationId : null,
          displayName: identity.displayName,
          latinName: identity.kind === 'person' ? identity.latinName : null,
          nameTokens: identity.tokens,
          searchText: searchTextOf(identity.tokens),
          createdAt: c.row.createdAt,
          updatedAt: c.row.createdAt,
        });
    }
    // A person met in an earlier batch or run is already there (same id, or the same IIN/passport).
    await insertRows(tx, registrants, [...rows.values()], { onConflictDoNothing: true });
    this.registrants += rows.size;
  }

  /** The certificate or reference of every signed case of the batch, sealed; older ones superseded. */
  async issue(tx: Executor, batch: readonly LiveCase[]): Promise<void> {
    const docs: Record<string, unknown>[] = [];
    const superseded: {
      number: string;
      successor: string;
      at: string;
      registrantId: string;
      officeId: string;
    }[] = [];
    const events: Record<string, unknown>[] = [];
    for (const c of batch) {
      const sign = c.actions.find((a) => a.kind === 'sign');
      if (!sign || sign.kind !== 'sign') continue;
      const application = c.application;
      const holder = holderOf(c.kind, application);
      const at = new Date(sign.at);
      const officeId = c.row.organisationId as string;
      const sealText = await sealQrText(
        {
          number: sign.documentNumber,
          holder,
          territory: application.territory,
          issued: sign.documentDate,
          validUntil: sign.validUntil,
        },
        this.signer,
        this.publicUrl,
      );
      docs.push({
        number: sign.documentNumber,
        kind: c.kind.startsWith('missionary') ? 'certificate' : 'reference',
        caseId: c.id,
        organisationId: officeId,
        registrantId: c.row.registrantId ?? null,
        source: 'system',
        issuedOn: sign.documentDate,
        validUntil: sign.validUntil,
        holder,
        territory: application.territory,
        status: 'valid',
        sealKeyId: this.signer.keyId,
        sealText,
        createdAt: at,
      });
      const registrantId = c.row.registrantId;
      if (!registrantId) continue;
      const before = this.latest.get(registrantId);
      if (before && before.at < at) {
        // domain.md §4: a re-registration's document supersedes the one before.
        superseded.push({
          number: before.number,
          successor: sign.documentNumber,
          at: sign.at,
          registrantId,
          officeId,
        });
      }
      if (!before || before.at < at) this.latest.set(registrantId, { number: sign.documentNumber, at });
      else {
        // Signed before the registrant's latest document (cases finish out of order): superseded by it.
        Object.assign(docs[docs.length - 1]!, {
          status: 'superseded',
          statusAt: before.at,
          successorNumber: before.number,
        });
        events.push({
          registrantId,
          documentNumber: sign.documentNumber,
          kind: 'superseded',
          at: before.at,
          organisationId: officeId,
          data: { successorNumber: before.number },
        });
      }
    }
    await insertRows(tx, issuedDocuments, docs);
    this.documents += docs.length;
    await insertRows(tx, registrationEvents, events);
    if (superseded.length === 0) return;
    await tx.execute(
      sql`update issued_documents d set status = 'superseded', status_at = x.at, successor_number = x.successor
          from json_to_recordset(${JSON.stringify(superseded)}::json) as x(number text, successor text, at timestamptz)
          where d.number = x.number and d.status = 'valid'`,
    );
    await insertRows(
      tx,
      registrationEvents,
      superseded.map((s) => ({
        registrantId: s.registrantId,
        documentNumber: s.number,
        kind: 'superseded',
        at: new Date(s.at),
        organisationId: s.officeId,
        data: { successorNumber: s.successor },
      })),
    );
  }
}
