// domain.md §3: the head (or acting head) sets the office's settings — the four-eyes rule, and how
// many days after signing a result not collected counts as "uncollected" on the office's worklists
// (domain.md §4; organisations.uncollected_after_days, 1–365). One transaction, one audit event.
import { eq } from 'drizzle-orm';
import { organisations } from '../../db/schema/index.js';
import { findOrganisation } from '../../db/accounts-store.js';
import { writeAudit } from '../../db/audit-trail.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { actContext, authorize, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';

/** The bounds of the setting, as the database's check constraint has them. */
export const UNCOLLECTED_DAYS_MIN = 1;
export const UNCOLLECTED_DAYS_MAX = 365;

export interface OfficeSettingsInput {
  fourEyes: boolean;
  /** As typed; undefined keeps the current value. */
  uncollectedAfterDays?: string | number | undefined;
}

/** A whole number of days within 1–365, or null. */
export function parseUncollectedDays(value: string | number): number | null {
  const text = typeof value === 'number' ? String(value) : value.trim();
  if (!/^\d{1,3}$/.test(text)) return null;
  const n = Number(text);
  return n >= UNCOLLECTED_DAYS_MIN && n <= UNCOLLECTED_DAYS_MAX ? n : null;
}

export async function setOfficeSettings(
  deps: Deps,
  by: Actor,
  origin: Origin,
  organisationId: string,
  input: OfficeSettingsInput,
): Promise<{ fourEyes: boolean; uncollectedAfterDays: number }> {
  const org = await findOrganisation(deps.database.db, organisationId);
  if (!org || org.kind !== 'service_office') throw new DomainError('NOT_FOUND');
  authorize(by, 'organisation.settings', { organisationId: org.id, regionCode: org.regionCode });
  let days = org.uncollectedAfterDays;
  if (input.uncollectedAfterDays !== undefined) {
    const parsed = parseUncollectedDays(input.uncollectedAfterDays);
    if (parsed === null)
      throw new DomainError('VALIDATION_FAILED', { uncollectedAfterDays: 'uncollected_days_range' });
    days = parsed;
  }
  const values = { fourEyes: input.fourEyes, uncollectedAfterDays: days };
  await deps.database.db.transaction(async (tx) => {
    await tx.update(organisations).set(values).where(eq(organisations.id, org.id));
    await writeAudit(tx, officeChain('audit', org.code), actContext(by, origin, deps.now()), {
      action: 'organisation.settings_changed',
      recordType: 'organisation',
      recordId: org.id,
      data: values,
    });
  });
  return values;
}
