// Further religious materials (§11.1; issue 6): a registered missionary's request to use further
// literature and materials — each item's title, kind, language and quantity — recorded by the
// office's clerk on the certificate's page as 'materials_requested', and decided by the head (or
// acting head): agreed, or refused with reasons, as 'materials_decided' naming the request. Both on
// the registrant's timeline with the items in the event's data; audited by ids and counts.
import { and, eq, sql } from 'drizzle-orm';
import { findOrganisation } from '../../db/accounts-store.js';
import { writeAudit } from '../../db/audit-trail.js';
import type { Executor } from '../../db/database.js';
import { IDEMPOTENCY_KEY, IdempotencyKeyReusedError, once } from '../../db/idempotency.js';
import { findIssuedDocument } from '../../db/issued-documents-store.js';
import { insertRegistrationEvent } from '../../db/registry-store.js';
import { issuedDocuments, registrationEvents } from '../../db/schema/index.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { publicDocumentStatus } from '../../domain/certificate/public-status.js';
import { plainDateAt, type PlainDate } from '../../domain/time/plain-date.js';
import { actContext, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { can } from '../policies/policy.js';

export const MATERIAL_KINDS = ['book', 'printed', 'audio', 'video', 'other'] as const;
export const MATERIAL_ROWS = 3;
export const REASON_MAX = 1000;

export interface MaterialItem {
  title: string;
  kind: (typeof MATERIAL_KINDS)[number];
  language: string;
  quantity: number;
}

export interface MaterialsRequest {
  id: number;
  at: Date;
  items: MaterialItem[];
  decision: { decision: 'agreed' | 'refused'; reason: string | null; at: Date } | null;
}

/** The document's requests with their decisions, oldest first. */
export async function materialsRequestsOf(db: Executor, number: string): Promise<MaterialsRequest[]> {
  const rows = await db
    .select()
    .from(registrationEvents)
    .where(
      and(
        eq(registrationEvents.documentNumber, number),
        sql`${registrationEvents.kind} in ('materials_requested', 'materials_decided')`,
      ),
    )
    .orderBy(registrationEvents.id);
  const requests = new Map<number, MaterialsRequest>();
  for (const r of rows) {
    const data = r.data as Record<string, unknown>;
    if (r.kind === 'materials_requested')
      requests.set(r.id, { id: r.id, at: r.at, items: data.items as MaterialItem[], decision: null });
    else {
      const req = requests.get(Number(data.requestId));
      if (req) req.decision = { decision: data.decision as 'agreed' | 'refused', reason: r.reason, at: r.at };
    }
  }
  return [...requests.values()];
}

/** Reads the rows `items.N.title` … of a posted form; a row is filled when a title or language is typed. */
export function itemsFromForm(values: Record<string, string>): {
  items: MaterialItem[];
  errors: Record<string, string>;
} {
  const items: MaterialItem[] = [];
  const errors: Record<string, string> = {};
  for (let i = 0; i < MATERIAL_ROWS; i++) {
    const v = (f: string) => (values[`items.${i}.${f}`] ?? '').trim();
    if (v('title') === '' && v('language') === '' && v('quantity') === '') continue;
    if (v('title') === '' || v('title').length > 300) errors[`items.${i}.title`] = 'required';
    if (v('language') === '' || v('language').length > 100) errors[`items.${i}.language`] = 'required';
    const kind = v('kind') as MaterialItem['kind'];
    if (!(MATERIAL_KINDS as readonly string[]).includes(kind)) errors[`items.${i}.kind`] = 'required';
    const quantity = Number(v('quantity'));
    if (!/^\d{1,6}$/.test(v('quantity')) || quantity < 1) errors[`items.${i}.quantity`] = 'quantity';
    items.push({ title: v('title'), kind, language: v('language'), quantity });
  }
  if (items.length === 0 && Object.keys(errors).length === 0) errors['items.0.title'] = 'required';
  return { items, errors };
}

async function frame<T extends object>(
  deps: Deps,
  actor: Actor,
  number: string,
  action: 'case.intake' | 'registry.amend',
  key: string,
  scope: string,
  work: (
    tx: Executor,
    doc: { number: string; registrantId: string },
    office: { id: string; code: string },
    now: Date,
  ) => Promise<T>,
): Promise<T> {
  const db = deps.database.db;
  const doc = await findIssuedDocument(db, number);
  const office = doc ? await findOrganisation(db, doc.organisationId) : null;
  const target = office ? { organisationId: office.id, regionCode: office.regionCode } : null;
  if (!doc || !office || !can(actor, 'registry.read', target!)) throw new DomainError('NOT_FOUND');
  if (!can(actor, action, target!)) throw new DomainError('FORBIDDEN');
  if (!IDEMPOTENCY_KEY.test(key)) throw new DomainError('VALIDATION_FAILED', { idempotencyKey: 'invalid' });
  const now = deps.now();
  try {
    return await db.transaction(async (tx) => {
      const { result } = await once(tx, key, `${scope}:${doc.number}`, actor.accountId, async () => {
        const [locked] = await tx
          .select()
          .from(issuedDocuments)
          .where(eq(issuedDocuments.number, doc.number))
          .for('update');
        // §11.1: a registered missionary — a valid certificate — asks to use further materials.
        const status = publicDocumentStatus(
          { status: locked!.status, validUntil: locked!.validUntil as PlainDate | null },
          plainDateAt(now, office.timeZone),
        );
        if (locked!.kind !== 'certificate' || status !== 'valid' || !locked!.registrantId)
          throw new DomainError('DOCUMENT_NOT_VALID', {}, { status });
        return work(tx, { number: doc.number, registrantId: locked!.registrantId }, office, now);
      });
      return result;
    });
  } catch (e) {
    if (e instanceof IdempotencyKeyReusedError) throw new DomainError('CONFLICT');
    throw e;
  }
}

export async function requestFurtherMaterials(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  number: string,
  input: { values: Record<string, string>; idempotencyKey: string },
): Promise<{ number: string }> {
  const { items, errors } = itemsFromForm(input.values);
  if (Object.keys(errors).length) throw new DomainError('VALIDATION_FAILED', errors);
  return frame(
    deps,
    actor,
    number,
    'case.intake',
    input.idempotencyKey,
    'materials.request',
    async (tx, doc, office, now) => {
      await insertRegistrationEvent(tx, {
        registrantId: doc.registrantId,
        kind: 'materials_requested',
        documentNumber: doc.number,
        at: now,
        actorAccountId: actor.accountId,
        organisationId: office.id,
        data: { items },
      });
      await writeAudit(tx, officeChain('audit', office.code), actContext(actor, origin, now), {
        action: 'registry.materials_requested',
        recordType: 'issued_document',
        recordId: doc.number,
        data: { items: items.length },
      });
      return { number: doc.number };
    },
  );
}

export async function decideFurtherMaterials(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  number: string,
  input: { requestId: string; decision: string; reason: string; idempotencyKey: string },
): Promise<{ number: string }> {
  const reason = input.reason.trim();
  const fields: Record<string, string> = {};
  if (input.decision !== 'agreed' && input.decision !== 'refused') fields.decision = 'required';
  if (input.decision === 'refused' && reason === '') fields.decisionReason = 'required';
  if (reason.length > REASON_MAX) fields.decisionReason = 'too_long';
  if (Object.keys(fields).length) throw new DomainError('VALIDATION_FAILED', fields);
  const requestId = Number(input.requestId);
  return frame(
    deps,
    actor,
    number,
    'registry.amend',
    input.idempotencyKey,
    'materials.decide',
    async (tx, doc, office, now) => {
      const request = (await materialsRequestsOf(tx, doc.number)).find((r) => r.id === requestId);
      if (!request) throw new DomainError('NOT_FOUND');
      // Decided once: a second decision on the same request is refused, the first stands.
      if (request.decision) throw new DomainError('CONFLICT');
      await insertRegistrationEvent(tx, {
        registrantId: doc.registrantId,
        kind: 'materials_decided',
        documentNumber: doc.number,
        at: now,
        actorAccountId: actor.accountId,
        organisationId: office.id,
        reason: reason === '' ? null : reason,
        data: { requestId, decision: input.decision, items: request.items },
      });
      await writeAudit(tx, officeChain('audit', office.code), actContext(actor, origin, now), {
        action: 'registry.materials_decided',
        recordType: 'issued_document',
        recordId: doc.number,
        data: { requestId, decision: input.decision },
      });
      return { number: doc.number };
    },
  );
}
