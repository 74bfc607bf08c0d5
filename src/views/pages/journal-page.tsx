// §15: the journal of certificates and references issued, per hand-over, for a chosen period;
// printable (the print stylesheet drops the page's chrome and the period form).
import { href, type ViewContext } from '../view-context.js';
import { ErrorSummary, type FieldError } from '../components/form.js';
import { JournalPrintLinks } from '../components/document-links.js';
import { can } from '../../app/policies/policy.js';

export interface JournalLine {
  caseId: string;
  documentNumber: string;
  documentDate: string;
  handedOverOn: string;
  holder: string;
  recipient: 'applicant' | 'representative';
  recipientName: string | null;
  handedOverBy: string;
}

export interface JournalPageProps {
  ctx: ViewContext;
  officeName: string;
  from: string;
  to: string;
  lines: readonly JournalLine[];
  errors: FieldError[];
}

export function JournalPage({ ctx, officeName, from, to, lines, errors }: JournalPageProps) {
  const t = ctx.t;
  return (
    <>
      <h1>{t('journal.title')}</h1>
      <p class="lead">{officeName}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="get" action={href(ctx.lang, '/staff/journal')} class="form period-form no-print">
        <div class="intake-row">
          <div class={errors.length ? 'field field-error' : 'field'}>
            <label for="from">{t('journal.from')}</label>
            <input type="date" id="from" name="from" value={from} />
          </div>
          <div class="field">
            <label for="to">{t('journal.to')}</label>
            <input type="date" id="to" name="to" value={to} />
          </div>
        </div>
        <button type="submit" class="button button-secondary">
          {t('journal.show')}
        </button>
      </form>
      <p>{t('journal.period', { from, to })}</p>
      {errors.length === 0 && ctx.actor && can(ctx.actor, 'document.print') && (
        <JournalPrintLinks ctx={ctx} from={from} to={to} />
      )}
      {lines.length === 0 ? (
        <p>{t('journal.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table class="journal">
            <caption class="visually-hidden">{t('journal.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('journal.col_n')}</th>
                <th scope="col">{t('journal.col_number')}</th>
                <th scope="col">{t('journal.col_date')}</th>
                <th scope="col">{t('journal.col_handed')}</th>
                <th scope="col">{t('journal.col_holder')}</th>
                <th scope="col">{t('journal.col_recipient')}</th>
                <th scope="col">{t('journal.col_by')}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l, i) => (
                <tr key={`${l.caseId}-${i}`}>
                  <td>{String(i + 1)}</td>
                  <th scope="row">
                    <a href={href(ctx.lang, `/staff/cases/${l.caseId}`)}>{l.documentNumber}</a>
                  </th>
                  <td>{l.documentDate}</td>
                  <td>{l.handedOverOn}</td>
                  <td>{l.holder}</td>
                  <td>
                    {l.recipient === 'representative'
                      ? t('journal.recipient_representative', { name: l.recipientName ?? '' })
                      : t('journal.recipient_applicant')}
                  </td>
                  <td>{l.handedOverBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
