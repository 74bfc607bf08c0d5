// Plain printable views of the documents of a case until the PDFs replace them: the certificate
// (annex 5) or reference (annex 6) after signing, and the receipt after the stamp (§14). Official
// documents are in the application's language, Kazakh or Russian (domain.md §6), whatever the page's.
import { href, type ViewContext } from '../view-context.js';
import { translator, type Lang } from '../../i18n/i18n.js';
import { formatLegalDate } from '../legal-date.js';
import { Materials } from '../components/case-application.js';
import type { MissionaryApplicationInput } from '../../domain/standard/index.js';
import type { PlainDate } from '../../domain/time/plain-date.js';

export interface ResultPrint {
  caseId: string;
  docLang: Lang;
  officeName: string;
  kind: 'certificate' | 'reference';
  number: string;
  date: PlainDate;
  holder: string;
  /** The passport's Latin spelling of a foreign missionary's name. */
  holderLatin: string | null;
  territory: string;
  validUntil: PlainDate | null;
  signer: string;
  acting: boolean;
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function Back({ ctx, caseId }: { ctx: ViewContext; caseId: string }) {
  return (
    <p class="no-print back-link">
      <a href={href(ctx.lang, `/staff/cases/${caseId}`)}>{ctx.t('print.back')}</a>
      {' · '}
      {ctx.t('print.draft_notice')}
    </p>
  );
}

export function CasePrintPage({ ctx, doc }: { ctx: ViewContext; doc: ResultPrint }) {
  const d = translator(doc.docLang);
  return (
    <>
      <Back ctx={ctx} caseId={doc.caseId} />
      <article class="printable" lang={doc.docLang}>
        <p class="print-office">{doc.officeName}</p>
        <h1>{d(doc.kind === 'certificate' ? 'print.certificate' : 'print.reference')}</h1>
        <dl class="summary-list print-fields">
          <Field label={d('print.number')} value={doc.number} />
          <Field label={d('print.date')} value={formatLegalDate(doc.date, doc.docLang)} />
          <Field
            label={d(doc.kind === 'certificate' ? 'print.holder' : 'print.group')}
            value={doc.holderLatin ? `${doc.holder} (${doc.holderLatin})` : doc.holder}
          />
          <Field label={d('print.territory')} value={doc.territory} />
          {doc.validUntil && (
            <Field label={d('print.valid_until')} value={formatLegalDate(doc.validUntil, doc.docLang)} />
          )}
        </dl>
        <p class="print-signature">
          <span>{d(doc.acting ? 'print.signer_acting' : 'print.signer')}</span>
          <span class="signature-line" aria-hidden="true" />
          <span class="print-signer">{doc.signer}</span>
        </p>
        <p class="print-seal">{d('print.seal')}</p>
      </article>
    </>
  );
}

export interface ReceiptPrint {
  caseId: string;
  docLang: Lang;
  officeName: string;
  kindName: string;
  incomingNumber: string;
  receivedOn: PlainDate;
  trackingCode: string;
  applicant: string;
  documents: readonly string[];
  materials: MissionaryApplicationInput['materials'];
  receivedBy: string;
}

/** §14: the receipt confirms the documents and items handed in, with the incoming number and date. */
export function CaseReceiptPage({ ctx, receipt }: { ctx: ViewContext; receipt: ReceiptPrint }) {
  const d = translator(receipt.docLang);
  return (
    <>
      <Back ctx={ctx} caseId={receipt.caseId} />
      <article class="printable" lang={receipt.docLang}>
        <p class="print-office">{receipt.officeName}</p>
        <h1>{d('receipt.title')}</h1>
        <dl class="summary-list print-fields">
          <Field label={d('receipt.incoming')} value={receipt.incomingNumber} />
          <Field label={d('receipt.date')} value={formatLegalDate(receipt.receivedOn, receipt.docLang)} />
          <Field label={d('receipt.tracking')} value={receipt.trackingCode} />
          <Field label={d('receipt.kind')} value={receipt.kindName} />
          <Field label={d('receipt.applicant')} value={receipt.applicant} />
        </dl>
        <h2>{d('receipt.documents')}</h2>
        <ol class="receipt-documents">
          {receipt.documents.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ol>
        <h2>{d('receipt.materials')}</h2>
        <Materials t={d} materials={receipt.materials} hideCaption />
        <p class="print-signature">
          <span>{d('receipt.received_by')}</span>
          <span class="signature-line" aria-hidden="true" />
          <span class="print-signer">{receipt.receivedBy}</span>
        </p>
        <p class="hint">{d('receipt.track_hint')}</p>
      </article>
    </>
  );
}
