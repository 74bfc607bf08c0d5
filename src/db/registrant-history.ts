// One registrant of the registry and its history: its cases, documents, events and their audit lines.
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from './database.js';
import type { RegistrationEventKind } from './schema/index.js';
import type { PlainDate } from '../domain/time/plain-date.js';
import { textArray } from './registry-search.js';

export interface RegistrantRow {
  id: string;
  kind: 'person' | 'group';
  iin: string | null;
  citizenship: string | null;
  passportNumber: string | null;
  organisationId: string | null;
  displayName: string;
  latinName: string | null;
  nameTokens: string[];
  createdAt: Date;
}

export async function findRegistrant(db: Executor, id: string): Promise<RegistrantRow | null> {
  const [r] = await queryRows<{
    id: string;
    kind: 'person' | 'group';
    iin: string | null;
    citizenship: string | null;
    passport_number: string | null;
    organisation_id: string | null;
    display_name: string;
    latin_name: string | null;
    name_tokens: string[] | string;
    created_at: Date;
  }>(db, sql`select * from registrants where id = ${id}`);
  if (!r) return null;
  return {
    id: r.id,
    kind: r.kind,
    iin: r.iin,
    citizenship: r.citizenship,
    passportNumber: r.passport_number,
    organisationId: r.organisation_id,
    displayName: r.display_name,
    latinName: r.latin_name,
    nameTokens: textArray(r.name_tokens),
    createdAt: new Date(r.created_at),
  };
}

export interface RegistrantCase {
  id: string;
  trackingCode: string;
  kind: string;
  state: string;
  incomingNumber: string | null;
  documentNumber: string | null;
  confession: string | null;
  organisationId: string;
  officeCode: string;
  regionCode: string | null;
  createdAt: Date;
}

export async function casesOfRegistrant(db: Executor, id: string): Promise<RegistrantCase[]> {
  const rows = await queryRows<{
    id: string;
    tracking_code: string;
    kind: string;
    state: string;
    incoming_number: string | null;
    document_number: string | null;
    confession: string | null;
    organisation_id: string;
    code: string;
    region_code: string | null;
    created_at: Date;
  }>(
    db,
    sql`select c.id, c.tracking_code, c.kind, c.state, c.incoming_number, c.document_number, c.confession,
          c.organisation_id, o.code, o.region_code, c.created_at
        from cases c join organisations o on o.id = c.organisation_id
        where c.registrant_id = ${id} order by c.created_at, c.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    trackingCode: r.tracking_code,
    kind: r.kind,
    state: r.state,
    incomingNumber: r.incoming_number,
    documentNumber: r.document_number,
    confession: r.confession,
    organisationId: r.organisation_id,
    officeCode: r.code,
    regionCode: r.region_code,
    createdAt: new Date(r.created_at),
  }));
}

export interface RegistrantDocument {
  number: string;
  kind: 'certificate' | 'reference';
  caseId: string | null;
  organisationId: string;
  officeCode: string;
  regionCode: string | null;
  timeZone: string;
  source: 'system' | 'paper';
  issuedOn: PlainDate;
  validUntil: PlainDate | null;
  holder: string;
  territory: string;
  status: 'valid' | 'superseded' | 'annulled' | 'replaced';
  statusReason: string | null;
  successorNumber: string | null;
  duplicateOf: string | null;
}

export async function documentsOfRegistrant(db: Executor, id: string): Promise<RegistrantDocument[]> {
  const rows = await queryRows<{
    number: string;
    kind: 'certificate' | 'reference';
    case_id: string | null;
    organisation_id: string;
    code: string;
    region_code: string | null;
    time_zone: string;
    source: 'system' | 'paper';
    issued_on: string;
    valid_until: string | null;
    holder: string;
    territory: string;
    status: RegistrantDocument['status'];
    status_reason: string | null;
    successor_number: string | null;
    duplicate_of: string | null;
  }>(
    db,
    sql`select d.number, d.kind, d.case_id, d.organisation_id, o.code, o.region_code, o.time_zone, d.source,
          d.issued_on::text as issued_on, d.valid_until::text as valid_until, d.holder, d.territory,
          d.status, d.status_reason, d.successor_number, d.duplicate_of
        from issued_documents d join organisations o on o.id = d.organisation_id
        where d.registrant_id = ${id} order by d.issued_on, d.created_at, d.number`,
  );
  return rows.map((r) => ({
    number: r.number,
    kind: r.kind,
    caseId: r.case_id,
    organisationId: r.organisation_id,
    officeCode: r.code,
    regionCode: r.region_code,
    timeZone: r.time_zone,
    source: r.source,
    issuedOn: r.issued_on as PlainDate,
    validUntil: r.valid_until as PlainDate | null,
    holder: r.holder,
    territory: r.territory,
    status: r.status,
    statusReason: r.status_reason,
    successorNumber: r.successor_number,
    duplicateOf: r.duplicate_of,
  }));
}

export interface RegistrantEvent {
  id: number;
  kind: RegistrationEventKind;
  documentNumber: string | null;
  at: Date;
  organisationId: string | null;
  reason: string | null;
  data: Record<string, unknown>;
}

export async function eventsOfRegistrant(db: Executor, id: string): Promise<RegistrantEvent[]> {
  const rows = await queryRows<{
    id: number | string;
    kind: RegistrationEventKind;
    document_number: string | null;
    at: Date;
    organisation_id: string | null;
    reason: string | null;
    data: Record<string, unknown> | string;
  }>(
    db,
    sql`select id, kind, document_number, at, organisation_id, reason, data
        from registration_events where registrant_id = ${id} order by at, id`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    kind: r.kind,
    documentNumber: r.document_number,
    at: new Date(r.at),
    organisationId: r.organisation_id,
    reason: r.reason,
    data: typeof r.data === 'string' ? (JSON.parse(r.data) as Record<string, unknown>) : r.data,
  }));
}

export interface AuditLine {
  caseId: string;
  chainId: string;
  seq: number;
  at: Date;
  action: string;
  actorRole: string | null;
  data: Record<string, unknown>;
}

/** The audit timeline of the given cases (their 'case.action' events and the like), oldest first. */
export async function auditOfCases(db: Executor, caseIds: readonly string[]): Promise<AuditLine[]> {
  if (caseIds.length === 0) return [];
  const rows = await queryRows<{
    record_id: string;
    chain_id: string;
    seq: number;
    at: Date;
    action: string;
    actor_role: string | null;
    data: Record<string, unknown> | string;
  }>(
    db,
    sql`select record_id, chain_id, seq, at, action, actor_role, data from audit_events
        where record_type = 'case' and record_id = any(string_to_array(${caseIds.join(',')}, ','))
        order by at, chain_id, seq`,
  );
  return rows.map((r) => ({
    caseId: r.record_id,
    chainId: r.chain_id,
    seq: Number(r.seq),
    at: new Date(r.at),
    action: r.action,
    actorRole: r.actor_role,
    data: typeof r.data === 'string' ? (JSON.parse(r.data) as Record<string, unknown>) : r.data,
  }));
}
