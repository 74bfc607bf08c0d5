// Creates an organisation by its stable code, or leaves the existing one as it is. The demo start
// creates a few offices this way; the directory import later adopts them by code (domain.md §1).
import { organisations } from '../../db/schema/index.js';
import { findOrganisationByCode, type OrganisationRow } from '../../db/accounts-store.js';
import { writeAudit } from '../../db/audit-trail.js';
import { nationalChain } from '../../domain/audit/chain-hash.js';
import type { Executor } from '../../db/database.js';
import type { ActContext } from '../../db/audit-trail.js';

export interface OrganisationInput {
  code: string;
  kind: 'service_office' | 'akimat' | 'agency';
  regionCode: string | null;
  nameKk: string;
  nameRu: string | null;
  nameEn: string | null;
  parentCode?: string | null;
  akimatCode?: string | null;
  timeZone: string;
}

export async function ensureOrganisation(
  tx: Executor,
  ctx: ActContext,
  input: OrganisationInput,
): Promise<OrganisationRow> {
  const existing = await findOrganisationByCode(tx, input.code);
  if (existing) return existing;
  const [row] = await tx
    .insert(organisations)
    .values({ ...input, createdAt: ctx.now })
    .returning();
  await writeAudit(tx, nationalChain('audit'), ctx, {
    action: 'organisation.created',
    recordType: 'organisation',
    recordId: row!.id,
    data: { code: input.code, kind: input.kind },
  });
  return row!;
}
