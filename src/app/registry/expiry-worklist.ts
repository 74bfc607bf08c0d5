// The office's expiry worklist (issue 6; domain.md §4 "after the end"): its missionaries' valid
// certificates expiring within 30 days (soonest first) and those already expired (latest first),
// each with whether the reminder was queued. A group's reference never expires and is never listed;
// a certificate superseded, replaced or annulled is not "expired". Office staff see their office;
// supervisors name an office of their region (or the country). The holders' names are personal data:
// the reading goes to the access log (§17).
import { sql } from 'drizzle-orm';
import { findOrganisation, findOrganisationByCode, type OrganisationRow } from '../../db/accounts-store.js';
import { writeAccess } from '../../db/audit-trail.js';
import { queryRows } from '../../db/database.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { daysLeft, EXPIRY_WINDOW_DAYS } from '../../domain/certificate/expiry.js';
import { addDays, plainDateAt, type PlainDate } from '../../domain/time/plain-date.js';
import { actContext, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { can } from '../policies/policy.js';

export const EXPIRED_SHOWN = 200;

export interface ExpiryRow {
  number: string;
  holder: string;
  registrantId: string | null;
  validUntil: PlainDate;
  /** Days to «valid until» (0 on the last valid day; negative once expired). */
  daysLeft: number;
  reminded: boolean;
}

export interface ExpiryWorklist {
  office: OrganisationRow;
  today: PlainDate;
  expiring: ExpiryRow[];
  expired: ExpiryRow[];
}

export async function expiryWorklist(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  officeCode: string | null,
): Promise<ExpiryWorklist> {
  const db = deps.database.db;
  const office = officeCode
    ? await findOrganisationByCode(db, officeCode.trim().toUpperCase())
    : await findOrganisation(db, actor.organisation.id);
  const target = office ? { organisationId: office.id, regionCode: office.regionCode } : null;
  if (!office || office.kind !== 'service_office' || !can(actor, 'registry.read', target!))
    throw new DomainError(officeCode ? 'NOT_FOUND' : 'FORBIDDEN');
  const now = deps.now();
  const today = plainDateAt(now, office.timeZone);
  const rows = (where: ReturnType<typeof sql>, order: ReturnType<typeof sql>, limit: number) =>
    queryRows<{
      number: string;
      holder: string;
      registrant_id: string | null;
      valid_until: string;
      reminded: boolean;
    }>(
      db,
      sql`select d.number, d.holder, d.registrant_id, d.valid_until::text as valid_until,
                 exists (select 1 from registration_events e
                         where e.document_number = d.number and e.kind = 'expiry_reminder') as reminded
          from issued_documents d
          where d.organisation_id = ${office.id} and d.kind = 'certificate' and d.status = 'valid'
            and d.valid_until is not null and ${where}
          order by ${order} limit ${limit}`,
    );
  const [expiring, expired] = await Promise.all([
    rows(
      sql`d.valid_until between ${today}::date and ${addDays(today, EXPIRY_WINDOW_DAYS)}::date`,
      sql`d.valid_until, d.number`,
      5_000,
    ),
    rows(sql`d.valid_until < ${today}::date`, sql`d.valid_until desc, d.number`, EXPIRED_SHOWN),
  ]);
  await writeAccess(db, officeChain('access', office.code), actContext(actor, origin, now), {
    recordType: 'organisation',
    recordId: office.id,
    purpose: 'expiry_worklist',
  });
  const view = (r: (typeof expiring)[number]): ExpiryRow => ({
    number: r.number,
    holder: r.holder,
    registrantId: r.registrant_id,
    validUntil: r.valid_until as PlainDate,
    daysLeft: daysLeft(r.valid_until as PlainDate, today),
    reminded: r.reminded,
  });
  return { office, today, expiring: expiring.map(view), expired: expired.map(view) };
}
