// The official documents as PDFs from the staff pages (domain.md §6): the filled application form
// (annexes 7, 8), the receipt (§14), the certificate (annex 5) or reference (annex 6), the motivated
// refusal (§16) of a case, and the journal of issued certificates or references of the office for a
// period (§15). Each in the application's (or the journal's) language by default, the other official
// language on request (`?language=ru`), or an English copy marked as an unofficial translation
// (`?language=en`). Every print is recorded and audited; a second print is marked as a reprint.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LANGS } from '../../i18n/i18n.js';
import { loadCasePrint, type CasePrintSource } from '../../app/documents/load-case-print.js';
import { loadJournalPrint } from '../../app/documents/load-journal-print.js';
import { recordPrint } from '../../app/documents/record-print.js';
import { DomainError } from '../../app/errors.js';
import { findOrganisation } from '../../db/accounts-store.js';
import { isCaseDocument, type CaseDocument } from '../../domain/case/printable-documents.js';
import type { CaseState } from '../../domain/case/index.js';
import {
  comparePlainDates,
  fromParts,
  isPlainDate,
  plainDateAt,
  toParts,
  type PlainDate,
} from '../../domain/time/plain-date.js';
import { DocumentNotReadyPage } from '../../views/pages/document-not-ready-page.js';
import {
  caseDocumentSubject,
  journalSubject,
  pdfFileName,
  renderCaseDocument,
  renderJournalDocument,
} from '../documents/case-documents.js';
import { STATUS } from '../plugins/error-handler.js';
import { requireActor } from '../plugins/session.js';
import { originOf, sendPage } from '../request-context.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
type PrintLanguage = 'kk' | 'ru' | 'en';

/** `?language=`: absent for the default, else one of kk, ru, en; anything else is refused. */
function askedLanguage(req: FastifyRequest): PrintLanguage | null {
  const v = (req.query as Record<string, unknown>).language;
  if (v === undefined || v === '') return null;
  if (v === 'kk' || v === 'ru' || v === 'en') return v;
  throw new DomainError('VALIDATION_FAILED', { language: 'language_invalid' });
}

function sendPdf(reply: FastifyReply, pdf: Buffer, fileName: string) {
  return reply
    .code(200)
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="${fileName}"`)
    .header('cache-control', 'no-store')
    .send(pdf);
}

/** The journal's period: both dates, the first not after the second; by default the month so far. */
function journalPeriod(req: FastifyRequest, today: PlainDate): { from: PlainDate; to: PlainDate } {
  const q = req.query as Record<string, unknown>;
  const asked = (v: unknown) => (typeof v === 'string' && v !== '' ? v.slice(0, 10) : null);
  const [f, t] = [asked(q.from), asked(q.to)];
  if (f === null && t === null) {
    const { year, month } = toParts(today);
    return { from: fromParts(year, month, 1), to: today };
  }
  if (f !== null && isPlainDate(f) && t !== null && isPlainDate(t) && comparePlainDates(f, t) <= 0)
    return { from: f, to: t };
  throw new DomainError('VALIDATION_FAILED', { from: 'period_invalid' });
}

export function registerStaffDocuments(app: FastifyInstance): void {
  const db = app.deps.database.db;

  async function printCaseDocument(
    req: FastifyRequest,
    reply: FastifyReply,
    id: string,
    document: CaseDocument,
  ) {
    const actor = req.actor!;
    const language = askedLanguage(req);
    let source: CasePrintSource;
    try {
      // A later document of the case (a duplicate, a corrected reissue) by its number (issue 6).
      const asked = (req.query as Record<string, unknown>).number;
      const number =
        (document === 'certificate' || document === 'reference') && typeof asked === 'string' && asked !== ''
          ? asked.slice(0, 40).toUpperCase()
          : undefined;
      source = await loadCasePrint(app.deps, actor, originOf(req), id, document, number);
    } catch (e) {
      if (!(e instanceof DomainError) || e.code !== 'DOCUMENT_NOT_READY') throw e;
      // A print at the wrong step: the step it needs, localized; nothing printed or recorded.
      return sendPage(
        req,
        reply,
        'documents.not_ready_title',
        (ctx) => (
          <DocumentNotReadyPage
            ctx={ctx}
            caseId={id}
            document={document}
            needs={e.details.needs as CaseState}
            state={e.details.state as CaseState}
          />
        ),
        STATUS.DOCUMENT_NOT_READY,
      );
    }
    const caseLang = source.view.row.language;
    const printed: PrintLanguage = language ?? caseLang;
    const subject = caseDocumentSubject(source);
    // domain.md §4: a duplicate replacing a lost original prints «ТЕЛНҰСҚА» / «ДУБЛИКАТ».
    const duplicate = (source.issued?.duplicateOf ?? null) !== null;
    const { pdf } = await recordPrint(
      app.deps,
      actor,
      originOf(req),
      {
        organisationId: source.office.id,
        officeCode: source.office.code,
        caseId: id,
        document,
        subject,
        language: printed,
        duplicate,
      },
      ({ reprint }) =>
        renderCaseDocument(source, {
          // An English copy translates the original in the application's language.
          lang: printed === 'en' ? caseLang : printed,
          english: printed === 'en',
          reprint,
          duplicate,
        }),
    );
    return sendPdf(reply, pdf, pdfFileName(document, subject, printed));
  }

  for (const lang of LANGS) {
    app.get(
      `/${lang}/staff/cases/:id/documents/:document`,
      { preHandler: requireActor },
      async (req, reply) => {
        const { id, document } = req.params as { id: string; document: string };
        if (!UUID.test(id) || !isCaseDocument(document)) throw new DomainError('NOT_FOUND');
        return printCaseDocument(req, reply, id, document);
      },
    );

    app.get(`/${lang}/staff/journal/print`, { preHandler: requireActor }, async (req, reply) => {
      const actor = req.actor!;
      const q = req.query as Record<string, unknown>;
      const kind =
        q.kind === undefined || q.kind === 'certificate'
          ? 'certificate'
          : q.kind === 'reference'
            ? 'reference'
            : null;
      if (kind === null) throw new DomainError('VALIDATION_FAILED', { kind: 'kind_invalid' });
      const language = askedLanguage(req);
      const own = await findOrganisation(db, actor.organisation.id);
      if (!own) throw new DomainError('FORBIDDEN');
      const period = journalPeriod(req, plainDateAt(app.deps.now(), own.timeZone));
      const journal = await loadJournalPrint(app.deps, actor, originOf(req), { kind, ...period });
      // domain.md §6: the journal is kept in the office's language, Kazakh (the state language).
      const printed: PrintLanguage = language ?? 'kk';
      const subject = journalSubject(journal);
      const { pdf } = await recordPrint(
        app.deps,
        actor,
        originOf(req),
        {
          organisationId: journal.office.id,
          officeCode: journal.office.code,
          caseId: null,
          document: 'journal',
          subject,
          language: printed,
          duplicate: false,
        },
        ({ reprint }) =>
          renderJournalDocument(journal, {
            lang: printed === 'en' ? 'kk' : printed,
            english: printed === 'en',
            reprint,
            duplicate: false,
          }),
      );
      const name = pdfFileName(
        `journal-${kind}`,
        `${journal.office.code} ${journal.from} ${journal.to}`,
        printed,
      );
      return sendPdf(reply, pdf, name);
    });
  }
}
