// Links to the official documents as PDFs (domain.md §6), only those the case's step allows: each in
// the application's language first, then the other official language, then an English copy marked
// as an unofficial translation. Every print is recorded; a second one is marked as a reprint.
import { href, type ViewContext } from '../view-context.js';
import type { CaseDocument } from '../../domain/case/printable-documents.js';

type DocLang = 'kk' | 'ru';

function LanguageLinks({
  ctx,
  name,
  url,
  first,
  firstNote,
}: {
  ctx: ViewContext;
  name: string;
  url: string;
  /** The official language offered first (the application's, or the journal's). */
  first: DocLang;
  /** Why it comes first, said after its link. */
  firstNote: string | null;
}) {
  const t = ctx.t;
  const order: (DocLang | 'en')[] = first === 'ru' ? ['ru', 'kk', 'en'] : ['kk', 'ru', 'en'];
  return (
    <>
      {order.map((l, i) => (
        <span key={l}>
          {i > 0 && ' · '}
          <a href={`${url}${url.includes('?') ? '&' : '?'}language=${l}`} hrefLang={l} type="application/pdf">
            <span class="visually-hidden">{`${name}, `}</span>
            {t(`documents.in_${l}`)}
          </a>
          {i === 0 && firstNote && ` (${firstNote})`}
        </span>
      ))}
    </>
  );
}

export function CaseDocumentLinks({
  ctx,
  caseId,
  caseLang,
  documents,
}: {
  ctx: ViewContext;
  caseId: string;
  caseLang: DocLang;
  documents: readonly CaseDocument[];
}) {
  if (documents.length === 0) return null;
  const t = ctx.t;
  return (
    <section aria-labelledby="documents-title" class="no-print case-documents">
      <h2 id="documents-title">{t('documents.title')}</h2>
      <ul class="link-list">
        {documents.map((d) => (
          <li key={d} id={`document-${d}`}>
            {`${t(`documents.name.${d}`)}: `}
            <LanguageLinks
              ctx={ctx}
              name={t(`documents.name.${d}`)}
              url={href(ctx.lang, `/staff/cases/${caseId}/documents/${d}`)}
              first={caseLang}
              firstNote={t('documents.case_language')}
            />
          </li>
        ))}
      </ul>
      <p class="hint">{t('documents.reprint_hint')}</p>
    </section>
  );
}

/** §15: the journal of the period shown, as PDFs of certificates and of references. */
export function JournalPrintLinks({ ctx, from, to }: { ctx: ViewContext; from: string; to: string }) {
  const t = ctx.t;
  return (
    <section aria-labelledby="journal-print-title" class="no-print">
      <h2 id="journal-print-title">{t('journal.print_title')}</h2>
      <ul class="link-list">
        {(['certificate', 'reference'] as const).map((kind) => (
          <li key={kind} id={`journal-${kind}`}>
            {`${t(`documents.journal_${kind}`)}: `}
            <LanguageLinks
              ctx={ctx}
              name={t(`documents.journal_${kind}`)}
              url={href(ctx.lang, `/staff/journal/print?kind=${kind}&from=${from}&to=${to}`)}
              first="kk"
              firstNote={null}
            />
          </li>
        ))}
      </ul>
      <p class="hint">{t('documents.reprint_hint')}</p>
    </section>
  );
}
