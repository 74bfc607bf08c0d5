// Issue 8, apply online (domain.md §4: draft → submit_online → submitted_online). A draft is a case in
// state `draft` at the office the applicant chose, with its answers kept in online_applications page
// by page, so nothing typed is lost on going back, reloading or a lost session: the applicant's cookie
// holds a random draft token, the database only its hash. Sending validates the whole application as
// the counter does (annex 7 or 8, §11), records the consent to the processing of personal data
// (§17, domain.md §8) and the contact for messages, and gives the access code (derived from the draft
// token, stored hashed). A double-submitted form sends one application.
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { preparedPerDatabase } from '../../db/prepared.js';
import { findOrganisationByCode } from '../../db/accounts-store.js';
import { saveCaseContact, type CaseContact } from '../../db/case-contacts-store.js';
import { actionsOf, appendAction, lockCase } from '../../db/case-store.js';
import { queueCaseNotices } from '../notify/case-notices.js';
import { once } from '../../db/idempotency.js';
import {
  insertOnlineApplication,
  markSubmitted,
  mergeDraftAnswers,
} from '../../db/online-applications-store.js';
import { caseApplications, cases, onlineApplications, organisations } from '../../db/schema/index.js';
import {
  applyAction,
  foldCase,
  type StartDraftAction,
  type SubmitOnlineAction,
} from '../../domain/case/index.js';
import { trackingCodeFromBytes } from '../../domain/identifiers/index.js';
import { accessCodeForDraftToken, hashSecret, type AccessCode } from '../../domain/portal/access-code.js';
import { checkContact, type ContactInput } from '../../domain/portal/contact.js';
import {
  RULE_VERSIONS,
  ruleVersionFor,
  validateGroupApplication,
  validateMissionaryApplication,
  type ApplicationKind,
  type GroupApplicationInput,
  type MissionaryApplicationInput,
} from '../../domain/standard/index.js';
import { isApplicationKind } from '../../domain/standard/index.js';
import { plainDateAt } from '../../domain/time/plain-date.js';
import { actContext, type Origin } from '../act-context.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { auditCaseAction } from '../cases/case-audit.js';
import { countAddress, portalLimits } from './portal-limits.js';

const SUBMISSIONS = 'portal-submit:';
const APPLICANT = { accountId: null, roles: ['applicant'] } as const;

/** The answers as typed, by form field path (`applicant.surname`), strings only. */
export type DraftAnswers = Record<string, string>;

export interface StartInput {
  kind: string;
  /** domain.md §6: the application's language, Kazakh or Russian (chosen on the English pages). */
  language: string;
  officeCode: string;
}

export interface StartedDraft {
  caseId: string;
  trackingCode: string;
  /** Goes to the applicant's cookie; only its hash is kept. */
  draftToken: string;
}

export async function startOnlineApplication(
  deps: Deps,
  origin: Origin,
  input: StartInput,
): Promise<StartedDraft> {
  const fields: Record<string, string> = {};
  if (!isApplicationKind(input.kind)) fields.kind = 'kind_required';
  if (input.language !== 'kk' && input.language !== 'ru') fields.language = 'language_official';
  const office = input.officeCode ? await findOrganisationByCode(deps.database.db, input.officeCode) : null;
  if (!office || office.kind !== 'service_office' || !office.active) fields.officeCode = 'office_required';
  if (Object.keys(fields).length) throw new DomainError('VALIDATION_FAILED', fields);
  await countAddress(deps, origin, SUBMISSIONS, portalLimits(deps).submissionsPerAddress);

  const now = deps.now();
  const kind = input.kind as ApplicationKind;
  const version = ruleVersionFor(plainDateAt(now, office!.timeZone), RULE_VERSIONS);
  const action: StartDraftAction = {
    kind: 'start_draft',
    at: now.toISOString(),
    actor: { ...APPLICANT, roles: [...APPLICANT.roles] },
    officeCode: office!.code,
    applicationKind: kind,
  };
  const snapshot = applyAction(null, action);
  const draftToken = randomBytes(32).toString('base64url');
  return deps.database.db.transaction(async (tx) => {
    const trackingCode = trackingCodeFromBytes(randomBytes(9));
    const [row] = await tx
      .insert(cases)
      .values({
        trackingCode,
        kind,
        language: input.language as 'kk' | 'ru',
        organisationId: office!.id,
        firstOrganisationId: office!.id,
        state: snapshot.state,
        version: 1,
        ruleVersionId: version.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: cases.id });
    const caseId = row!.id;
    await appendAction(tx, caseId, 1, action);
    await insertOnlineApplication(tx, caseId, hashSecret(draftToken), {}, now);
    await auditCaseAction(
      tx,
      office!.code,
      actContext(null, origin, now, 'applicant'),
      caseId,
      'start_draft',
      1,
      'draft',
    );
    return { caseId, trackingCode, draftToken };
  });
}

export interface Draft {
  caseId: string;
  trackingCode: string;
  kind: ApplicationKind;
  language: 'kk' | 'ru';
  state: string;
  officeCode: string;
  organisationId: string;
  timeZone: string;
  answers: DraftAnswers;
  submittedAt: Date | null;
}

// Every application page reads its draft first: prepared once per database (0.4 → 0.15–0.2 ms).
const draftQuery = preparedPerDatabase((db: Executor) =>
  db
    .select({
      caseId: onlineApplications.caseId,
      answers: onlineApplications.answers,
      submittedAt: onlineApplications.submittedAt,
      trackingCode: cases.trackingCode,
      kind: cases.kind,
      language: cases.language,
      state: cases.state,
      officeCode: organisations.code,
      organisationId: cases.organisationId,
      timeZone: organisations.timeZone,
    })
    .from(onlineApplications)
    .innerJoin(cases, eq(cases.id, onlineApplications.caseId))
    .innerJoin(organisations, eq(organisations.id, cases.organisationId))
    .where(eq(onlineApplications.draftTokenHash, sql.placeholder('tokenHash')))
    .prepare('draft_by_token'),
);

/** The draft (or the sent application) the token opens, or null. One query: every page of the
 *  application starts with it. */
export async function findDraft(deps: Deps, draftToken: string | undefined): Promise<Draft | null> {
  if (!draftToken || draftToken.length > 100) return null;
  const [row] = await draftQuery(deps.database.db).execute({ tokenHash: hashSecret(draftToken) });
  if (!row) return null;
  return { ...row, answers: (row.answers ?? {}) as DraftAnswers };
}

/**
 * Keeps the answers of one page, merged over the earlier ones in the database; only while the case
 * is a draft. `known`: the draft this request has already read by the same token (it spares a query).
 * One statement, no lock of the case: a draft being sent meanwhile has its row updated by the send,
 * which this statement waits for and then no longer finds unsent (CASE_ACTION_NOT_ALLOWED).
 */
export async function saveDraft(
  deps: Deps,
  draftToken: string,
  answers: DraftAnswers,
  known?: Draft,
): Promise<Draft> {
  const draft = known ?? (await findDraft(deps, draftToken));
  if (!draft) throw new DomainError('NOT_FOUND');
  if (draft.state !== 'draft') throw new DomainError('CASE_ACTION_NOT_ALLOWED', {}, { allowed: [] });
  const merged = await mergeDraftAnswers(
    deps.database.db,
    draft.caseId,
    hashSecret(draftToken),
    answers,
    deps.now(),
  );
  if (merged === null) throw new DomainError('CASE_ACTION_NOT_ALLOWED', {}, { allowed: [] });
  return { ...draft, answers: merged as DraftAnswers };
}

export interface SubmitInput {
  application: MissionaryApplicationInput | GroupApplicationInput;
  consent: boolean;
  contact: ContactInput;
  idempotencyKey: string;
}

export interface SubmittedApplication {
  caseId: string;
  trackingCode: string;
  accessCode: AccessCode;
  language: 'kk' | 'ru';
}

/**
 * Sends the draft: VALIDATION_FAILED with every field's code, or the tracking and access codes. A
 * second send of the same draft (a double click, a resent form, another tab) is not a second
 * application: it answers with the same codes.
 */
export async function submitOnlineApplication(
  deps: Deps,
  origin: Origin,
  draftToken: string,
  input: SubmitInput,
): Promise<SubmittedApplication> {
  const draft = await findDraft(deps, draftToken);
  if (!draft) throw new DomainError('NOT_FOUND');
  const accessCode = accessCodeForDraftToken(draftToken);
  const sent = {
    caseId: draft.caseId,
    trackingCode: draft.trackingCode,
    accessCode,
    language: draft.language,
  };
  if (draft.state !== 'draft') {
    if (draft.submittedAt) return sent;
    throw new DomainError('CASE_ACTION_NOT_ALLOWED', {}, { allowed: [] });
  }
  const now = deps.now();
  const version = ruleVersionFor(plainDateAt(now, draft.timeZone), RULE_VERSIONS);
  const application = { ...input.application, kind: draft.kind, officeCode: draft.officeCode } as
    MissionaryApplicationInput | GroupApplicationInput;
  const result = draft.kind.startsWith('missionary')
    ? validateMissionaryApplication(application as MissionaryApplicationInput, version)
    : validateGroupApplication(application as GroupApplicationInput, version);
  const fields: Record<string, string> = {};
  for (const e of result.errors) fields[e.path] ??= e.code;
  const contact = checkContact(input.contact);
  for (const [k, v] of Object.entries(contact.errors)) fields[k] ??= v;
  if (!input.consent) fields.consent = 'consent_required'; // §17, domain.md §8
  if (Object.keys(fields).length) throw new DomainError('VALIDATION_FAILED', fields);
  await countAddress(deps, origin, SUBMISSIONS, portalLimits(deps).submissionsPerAddress);

  let notified = false;
  await deps.database.db.transaction(async (tx) => {
    await once(tx, input.idempotencyKey, 'portal.submit', null, async () => {
      const row = await lockCase(tx, draft.caseId);
      // Sent meanwhile by another request without this key: the same application, nothing to do.
      if (row?.state !== 'draft') return { caseId: draft.caseId };
      const log = await actionsOf(tx, draft.caseId);
      const action: SubmitOnlineAction = {
        kind: 'submit_online',
        at: now.toISOString(),
        actor: { ...APPLICANT, roles: [...APPLICANT.roles] },
      };
      const snapshot = applyAction(foldCase(log), action);
      const seq = log.length + 1;
      await appendAction(tx, draft.caseId, seq, action);
      await tx
        .update(cases)
        .set({ state: snapshot.state, version: row.version + 1, ruleVersionId: version.id, updatedAt: now })
        .where(eq(cases.id, draft.caseId));
      await tx.insert(caseApplications).values({ caseId: draft.caseId, data: application, consentAt: now });
      await markSubmitted(tx, draft.caseId, hashSecret(accessCode), now);
      if (contact.value) {
        await saveCaseContact(
          tx,
          draft.caseId,
          { ...contact.value, lang: draft.language } satisfies CaseContact,
          now,
        );
        // Issue 8, "be told": the application arrived, with its tracking code and what to do next
        // (come with the originals and the passport, §11), in the application's language.
        const office = await findOrganisationByCode(tx, draft.officeCode);
        const officeName = draft.language === 'kk' ? office?.nameKk : (office?.nameRu ?? office?.nameKk);
        notified =
          (await queueCaseNotices(tx, {
            caseId: draft.caseId,
            event: 'received',
            vars: { trackingCode: draft.trackingCode, office: officeName ?? draft.officeCode },
          })) > 0;
      }
      const ctx = actContext(null, origin, now, 'applicant');
      await auditCaseAction(tx, draft.officeCode, ctx, draft.caseId, 'submit_online', seq, snapshot.state);
      return { caseId: draft.caseId };
    });
  });
  if (notified) deps.afterOutbox?.();
  return sent;
}

/** The codes of a sent application, again, for the browser holding its draft token; null before. */
export async function sentCodes(
  deps: Deps,
  draftToken: string | undefined,
): Promise<(SubmittedApplication & { officeCode: string }) | null> {
  const draft = await findDraft(deps, draftToken);
  if (!draft || !draft.submittedAt) return null;
  return {
    caseId: draft.caseId,
    trackingCode: draft.trackingCode,
    accessCode: accessCodeForDraftToken(draftToken!),
    language: draft.language,
    officeCode: draft.officeCode,
  };
}
