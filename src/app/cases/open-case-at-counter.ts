// §11, §13: a clerk takes the papers in at the counter — the case is opened "at the counter" with the
// application's data (annex 7 or 8) and the applicant's consent to the processing of personal data
// (domain.md §8). Invalid fields come back per field; a retried request opens one case, not two.
// The §11.1 materials become case_materials rows, and the optional §11 scans are checked and stored
// in the same transaction: a refused scan stores nothing and opens no case.
import { randomBytes } from 'node:crypto';
import { caseApplications, cases } from '../../db/schema/index.js';
import { findOrganisation } from '../../db/accounts-store.js';
import { appendAction } from '../../db/case-store.js';
import { insertCaseMaterials } from '../../db/case-materials-store.js';
import { once } from '../../db/idempotency.js';
import { checkAction, type TakeInAction } from '../../domain/case/index.js';
import {
  RULE_VERSIONS,
  ruleVersionFor,
  validateGroupApplication,
  validateMissionaryApplication,
  type ApplicationKind,
  type GroupApplicationInput,
  type MissionaryApplicationInput,
} from '../../domain/standard/index.js';
import { trackingCodeFromBytes } from '../../domain/identifiers/index.js';
import { plainDateAt } from '../../domain/time/plain-date.js';
import { actContext, authorize, type Origin } from '../act-context.js';
import { effectiveRoles, type Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { auditCaseAction } from './case-audit.js';
import { linkCaseToRegistrant } from '../registry/link-registrant.js';
import { saveCaseContact } from '../../db/case-contacts-store.js';
import { writeAudit } from '../../db/audit-trail.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { checkContact, type ContactInput } from '../../domain/notify/notify.js';
import { checkScans, scanItemIds, scanLimits, storeScans, type ScanUpload } from './case-scans.js';

export interface OpenCaseInput {
  kind: ApplicationKind;
  /** domain.md §6: the application's language decides the language of its documents. */
  language: 'kk' | 'ru';
  application: MissionaryApplicationInput | GroupApplicationInput;
  consent: boolean;
  idempotencyKey: string;
  /** §11: scans of the documents handed in (optional). */
  scans?: readonly ScanUpload[];
  /** Issue 8: an e-mail address and/or phone to be told of the case's progress, with consent. */
  contact?: ContactInput;
}

/** The intake form's fields of the optional contact, by what checkContact names. */
export const CONTACT_FIELDS = {
  email: 'contactEmail',
  phone: 'contactPhone',
  consent: 'contactConsent',
} as const;

export interface OpenedCase {
  id: string;
  trackingCode: string;
  version: number;
  warnings: { path: string; code: string }[];
  /** The scans stored with the case. */
  fileIds?: string[];
}

export async function openCaseAtCounter(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  input: OpenCaseInput,
): Promise<OpenedCase> {
  const office = await findOrganisation(deps.database.db, actor.organisation.id);
  if (!office || office.kind !== 'service_office') throw new DomainError('FORBIDDEN');
  authorize(actor, 'case.intake', { organisationId: office.id, regionCode: office.regionCode });
  const now = deps.now();
  const today = plainDateAt(now, office.timeZone);
  const version = ruleVersionFor(today, RULE_VERSIONS);
  const application = { ...input.application, kind: input.kind, officeCode: office.code } as
    MissionaryApplicationInput | GroupApplicationInput;
  const result = input.kind.startsWith('missionary')
    ? validateMissionaryApplication(application as MissionaryApplicationInput, version)
    : validateGroupApplication(application as GroupApplicationInput, version);
  const fields: Record<string, string> = {};
  for (const e of result.errors) fields[e.path] ??= e.code;
  if (input.language !== 'kk' && input.language !== 'ru') fields.language = 'language_official';
  if (!input.consent) fields.consent = 'consent_required'; // domain.md §8
  // Issue 8 (§17): a contact is optional; given, it must be well-formed and consented to.
  const contact = checkContact(input.contact ?? { email: '', phone: '', consent: false });
  for (const [k, code] of Object.entries(contact.issues))
    fields[CONTACT_FIELDS[k as keyof typeof CONTACT_FIELDS]] ??= code;
  const { scans, issues } = await checkScans(input.scans ?? [], {
    ...scanLimits(deps),
    existing: 0,
    itemIds: scanItemIds(version, input.kind),
  });
  for (const [field, code] of Object.entries(issues.fields)) fields[field] ??= code;
  if (Object.keys(fields).length)
    throw new DomainError(
      'VALIDATION_FAILED',
      fields,
      Object.keys(issues.names).length ? { names: issues.names } : {},
    );

  const action: TakeInAction = {
    kind: 'take_in',
    at: now.toISOString(),
    actor: { accountId: actor.accountId, roles: effectiveRoles(actor) },
    officeCode: office.code,
    applicationKind: input.kind,
  };
  const decision = checkAction(null, action, { actorOfficeCode: office.code });
  if (!decision.ok) throw new DomainError('CASE_ACTION_NOT_ALLOWED', {}, { allowed: decision.allowed });

  return deps.database.db.transaction(async (tx) => {
    const { result: opened } = await once(
      tx,
      input.idempotencyKey,
      'case.open',
      actor.accountId,
      async () => {
        const trackingCode = trackingCodeFromBytes(randomBytes(9));
        const [row] = await tx
          .insert(cases)
          .values({
            trackingCode,
            kind: input.kind,
            language: input.language,
            organisationId: office.id,
            firstOrganisationId: office.id,
            state: decision.to,
            version: 1,
            ruleVersionId: version.id,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: cases.id });
        const id = row!.id;
        await appendAction(tx, id, 1, action);
        await tx.insert(caseApplications).values({ caseId: id, data: application, consentAt: now });
        // domain.md §4: the case belongs to its registrant (found or made in this transaction).
        await linkCaseToRegistrant(tx, {
          caseId: id,
          caseKind: input.kind,
          organisationId: office.id,
          application,
          now,
        });
        // §11.1, §14: one row per item handed in, tracked until returned (domain.md §4).
        if ('materials' in application) await insertCaseMaterials(tx, id, application.materials);
        const ctx = actContext(actor, origin, now, 'clerk');
        await auditCaseAction(tx, office.code, ctx, id, 'take_in', 1, decision.to);
        const fileIds = await storeScans(tx, id, office.code, ctx, scans);
        if (contact.contact) {
          await saveCaseContact(tx, id, { ...contact.contact, lang: input.language }, now);
          await writeAudit(tx, officeChain('audit', office.code), ctx, {
            action: 'case.contact_recorded',
            recordType: 'case',
            recordId: id,
            data: { email: contact.contact.email !== null, sms: contact.contact.phone !== null },
          });
        }
        return {
          id,
          trackingCode,
          version: 1,
          warnings: result.warnings.map((w) => ({ path: w.path, code: w.code })),
          fileIds,
        };
      },
    );
    return opened;
  });
}
