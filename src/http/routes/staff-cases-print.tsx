// Printable HTML of a case's documents until the PDFs replace them: the certificate or reference once
// signed (annexes 5, 6), the receipt once stamped (§14). Reading them is reading the person's record,
// so readCase writes the access log.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LANGS } from '../../i18n/i18n.js';
import { readCase } from '../../app/cases/read-case.js';
import { DomainError } from '../../app/errors.js';
import { findAccount, findOrganisation } from '../../db/accounts-store.js';
import { personName } from '../../db/issue-journal.js';
import {
  APPLICATION_KIND_NAMES,
  checkDocuments,
  groupChecklistAnswers,
  missionaryChecklistAnswers,
  type GroupApplicationInput,
  type MissionaryApplicationInput,
} from '../../domain/standard/index.js';
import { plainDateAt } from '../../domain/time/plain-date.js';
import { CasePrintPage, CaseReceiptPage } from '../../views/pages/case-print-page.js';
import { organisationName } from '../../views/organisation-name.js';
import { originOf, sendPage } from '../request-context.js';
import { requireActor } from '../plugins/session.js';
import { caseVersion } from './staff-cases-data.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function registerCasePrints(app: FastifyInstance): void {
  const db = app.deps.database.db;
  const load = async (req: FastifyRequest, purpose: string) => {
    const { id } = req.params as { id: string };
    if (!UUID.test(id)) throw new DomainError('NOT_FOUND');
    const view = await readCase(app.deps, req.actor!, originOf(req), id, purpose);
    const office = await findOrganisation(db, view.row.organisationId);
    if (!office) throw new DomainError('NOT_FOUND');
    return { view, office };
  };
  const nameOf = async (id: string | null) => (id ? ((await findAccount(db, id))?.displayName ?? '') : '');

  for (const lang of LANGS) {
    app.get(`/${lang}/staff/cases/:id/print`, { preHandler: requireActor }, async (req, reply) => {
      const { view, office } = await load(req, 'print result');
      const result = view.snapshot.result;
      if (!result) throw new DomainError('NOT_FOUND');
      const a = view.application;
      const missionary = a.kind.startsWith('missionary');
      const applicant = (a as MissionaryApplicationInput).applicant;
      const latin = missionary
        ? [applicant.latinSurname, applicant.latinGivenNames].filter(Boolean).join(' ')
        : '';
      const docLang = view.row.language;
      const signer = await nameOf(result.signedBy);
      return sendPage(req, reply, 'print.page_title', (ctx) => (
        <CasePrintPage
          ctx={ctx}
          doc={{
            caseId: view.row.id,
            docLang,
            officeName: organisationName(docLang, office),
            kind: missionary ? 'certificate' : 'reference',
            number: result.documentNumber,
            date: result.documentDate,
            holder: missionary ? personName(applicant) : (a as GroupApplicationInput).groupName,
            holderLatin: latin || null,
            territory: a.territory,
            validUntil: result.validUntil,
            signer,
            acting: result.signerRole === 'acting_head',
          }}
        />
      ));
    });

    app.get(`/${lang}/staff/cases/:id/receipt`, { preHandler: requireActor }, async (req, reply) => {
      const { view, office } = await load(req, 'print receipt');
      const registration = view.snapshot.registration;
      if (!registration || !view.snapshot.startDay) throw new DomainError('NOT_FOUND');
      const a = view.application;
      const missionary = a.kind.startsWith('missionary');
      const docLang = view.row.language;
      const version = caseVersion(view.row.ruleVersionId, view.snapshot.startDay);
      // §14 confirms what was received: the items the checklist required less those recorded missing.
      const answers = missionary
        ? missionaryChecklistAnswers(a as MissionaryApplicationInput)
        : groupChecklistAnswers(a as GroupApplicationInput);
      const missing = new Set(registration.checklist.missingItemIds);
      const documents = checkDocuments(view.row.kind, answers, [], version)
        .required.filter((i) => !missing.has(i.id))
        .map((i) => i.name[docLang]);
      const stamp = view.actions.find((x) => x.kind === 'stamp');
      const receivedBy = await nameOf(stamp?.actor.accountId ?? null);
      const applicant = missionary
        ? personName((a as MissionaryApplicationInput).applicant)
        : `${(a as GroupApplicationInput).groupName} (${personName((a as GroupApplicationInput).leader)})`;
      return sendPage(req, reply, 'receipt.page_title', (ctx) => (
        <CaseReceiptPage
          ctx={ctx}
          receipt={{
            caseId: view.row.id,
            docLang,
            officeName: organisationName(docLang, office),
            kindName: APPLICATION_KIND_NAMES[view.row.kind][docLang],
            incomingNumber: registration.incomingNumber,
            receivedOn: plainDateAt(new Date(registration.stampedAt), office.timeZone),
            trackingCode: view.row.trackingCode,
            applicant,
            documents,
            materials: missionary ? (a as MissionaryApplicationInput).materials : [],
            receivedBy,
          }}
        />
      ));
    });
  }
}
