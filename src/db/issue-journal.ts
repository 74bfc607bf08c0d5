// §15: the journal of certificates and references issued. It is a query over the append-only action
// log (every hand_over of the office's cases), not a second record that could disagree with it.
import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import { accounts, caseActions, caseApplications, cases } from './schema/index.js';
import type { Executor } from './database.js';
import type { HandOverAction } from '../domain/case/index.js';
import type { IdentityDocumentInput, PersonInput, PowerOfAttorneyInput } from '../domain/standard/index.js';

export interface IssueJournalEntry {
  caseId: string;
  kind: string;
  /** Annex 5 or 6 number, e.g. `71-000/2026/1-0004`. */
  documentNumber: string | null;
  /** The day the head signed it. */
  documentDate: string | null;
  validUntil: string | null;
  handedOverAt: Date;
  /** The missionary, or the group (annex 6 is issued to the group). */
  holder: string;
  recipient: 'applicant' | 'representative';
  /** The representative's name when a representative collected it. */
  recipientName: string | null;
  /** The display name of the member of staff who handed it over. */
  handedOverBy: string | null;
  /** §15: who took it in person (the missionary, the group's leader or the representative). */
  recipientPerson: string;
  /** The identity document the recipient showed, and a representative's power of attorney. */
  shownDocument: IdentityDocumentInput | null;
  powerOfAttorney: PowerOfAttorneyInput | null;
}

type StoredApplication = {
  applicant?: PersonInput;
  leader?: PersonInput;
  groupName?: string;
  representative?: { person?: PersonInput; powerOfAttorney?: PowerOfAttorneyInput };
} | null;

/** The person whose document a hand-over names (`applicant.identityDocument` → the applicant). */
function personAt(app: StoredApplication, documentPath: string): PersonInput | undefined {
  if (!app) return undefined;
  if (documentPath.startsWith('representative.')) return app.representative?.person;
  if (documentPath.startsWith('leader.')) return app.leader;
  return app.applicant;
}

export function personName(p: Partial<PersonInput> | undefined): string {
  if (!p) return '';
  return [p.surname, p.name, p.patronymic].filter((s) => s && s.trim() !== '').join(' ');
}

/** The hand-overs of the office's cases from `fromInstant` (inclusive) to `toInstant` (exclusive). */
export async function findIssueJournal(
  db: Executor,
  organisationId: string,
  fromInstant: Date,
  toInstant: Date,
  limit = 5000,
): Promise<IssueJournalEntry[]> {
  const rows = await db
    .select({
      caseId: cases.id,
      kind: cases.kind,
      documentNumber: cases.documentNumber,
      validUntil: cases.validUntil,
      at: caseActions.at,
      payload: caseActions.payload,
      application: caseApplications.data,
      handedOverBy: accounts.displayName,
      documentDate: sql<string | null>`(
        select s.payload ->> 'documentDate' from case_actions s
        where s.case_id = ${cases.id} and s.kind = 'sign' order by s.seq desc limit 1)`,
    })
    .from(caseActions)
    .innerJoin(cases, eq(cases.id, caseActions.caseId))
    .leftJoin(caseApplications, eq(caseApplications.caseId, cases.id))
    .leftJoin(accounts, eq(accounts.id, caseActions.actorAccountId))
    .where(
      and(
        eq(caseActions.kind, 'hand_over'),
        eq(cases.organisationId, organisationId),
        gte(caseActions.at, fromInstant),
        lt(caseActions.at, toInstant),
      ),
    )
    .orderBy(asc(caseActions.at), asc(caseActions.id))
    .limit(limit);
  return rows.map((r) => {
    const action = r.payload as HandOverAction;
    const app = r.application as StoredApplication;
    const holder = r.kind.startsWith('missionary') ? personName(app?.applicant) : (app?.groupName ?? '');
    return {
      caseId: r.caseId,
      kind: r.kind,
      documentNumber: r.documentNumber,
      documentDate: r.documentDate,
      validUntil: r.validUntil,
      handedOverAt: r.at,
      holder,
      recipient: action.recipient,
      recipientName:
        action.recipient === 'representative' ? personName(app?.representative?.person) || null : null,
      handedOverBy: r.handedOverBy,
      recipientPerson: personName(personAt(app, action.identityDocumentId)),
      shownDocument: personAt(app, action.identityDocumentId)?.identityDocument ?? null,
      powerOfAttorney: action.powerOfAttorneyId ? (app?.representative?.powerOfAttorney ?? null) : null,
    };
  });
}
