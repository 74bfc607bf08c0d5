// Every print of a document from the staff pages is recorded (domain.md §6, §8): one append-only
// document_prints row and one audit event (ids only), in one transaction with the rendering, so a
// print that fails records nothing and a recorded print was produced. The first official print of
// a document is the original; every later one (same document and subject, in either official
// language) is printed and recorded as a reprint. An English copy is an unofficial translation: it
// is recorded as one and never makes the next official print a reprint.
import { writeAudit } from '../../db/audit-trail.js';
import {
  insertPrint,
  lockPrintSubject,
  printedBefore,
  type PrintCopy,
} from '../../db/document-print-store.js';
import type { PrintedDocument } from '../../db/schema/documents.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { actContext, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';

export interface PrintRequest {
  organisationId: string;
  officeCode: string;
  /** Null for a document of no one case (the journal of a period). */
  caseId: string | null;
  document: PrintedDocument;
  /** What identifies the printed thing: its number, or the journal's office and period. */
  subject: string;
  language: 'kk' | 'ru' | 'en';
  /** The document replaces a lost or damaged original (printed «ТЕЛНҰСҚА» / «ДУБЛИКАТ»). */
  duplicate: boolean;
}

/** How the copy is to be marked: a reprint carries REPRINT_MARK. */
export interface CopyMarks {
  reprint: boolean;
}

export interface RecordedPrint {
  pdf: Buffer;
  printId: number;
  copy: PrintCopy;
}

export async function recordPrint(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  request: PrintRequest,
  render: (marks: CopyMarks) => Promise<Buffer>,
): Promise<RecordedPrint> {
  const { organisationId, document, subject, language } = request;
  const translation = language === 'en';
  return deps.database.db.transaction(async (tx) => {
    await lockPrintSubject(tx, document, subject);
    const reprint = !translation && (await printedBefore(tx, organisationId, document, subject));
    const copy: PrintCopy = translation
      ? 'translation'
      : reprint
        ? 'reprint'
        : request.duplicate
          ? 'duplicate'
          : 'original';
    const pdf = await render({ reprint });
    const now = deps.now();
    const printId = await insertPrint(tx, {
      organisationId,
      caseId: request.caseId,
      document,
      subject,
      language,
      copy,
      printedBy: actor.accountId,
      printedAt: now,
    });
    await writeAudit(tx, officeChain('audit', request.officeCode), actContext(actor, origin, now), {
      action: 'document.printed',
      recordType: 'document_print',
      recordId: String(printId),
      data: { caseId: request.caseId, document, language, copy },
    });
    return { pdf, printId, copy };
  });
}
