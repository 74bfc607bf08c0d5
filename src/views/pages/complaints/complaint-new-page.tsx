// §22, §24, §25: the records service registers a complaint handed in by hand or by post — with the
// case it concerns, or the scan of the applicant's copy of the application when there is none.
import { COMPLAINT_ADDRESSEES, COMPLAINT_KINDS } from '../../../domain/complaint/index.js';
import { href, type ViewContext } from '../../view-context.js';
import { CsrfInput, ErrorSummary } from '../../components/form.js';
import { ComplaintField, fieldErrors, options, type FormState } from '../../components/complaint-fields.js';

export interface ComplaintNewPageProps {
  ctx: ViewContext;
  s: FormState;
  /** An akimat's records service names the office the complaint concerns. */
  askOffice: boolean;
  askTicket: boolean;
  idempotencyKey: string;
}

export function ComplaintNewPage(props: ComplaintNewPageProps) {
  const { ctx, s } = props;
  const t = ctx.t;
  const F = (spec: Parameters<typeof ComplaintField>[0]['spec']) => (
    <ComplaintField ctx={ctx} s={s} spec={spec} />
  );
  return (
    <>
      <p class="back-link">
        <a href={href(ctx.lang, '/staff/complaints')}>{t('complaint.back')}</a>
      </p>
      <h1>{t('complaint.new_title')}</h1>
      <p class="lead">{t('complaint.new_lead')}</p>
      <ErrorSummary ctx={ctx} errors={fieldErrors(ctx, s)} />
      <form
        method="post"
        action={href(ctx.lang, '/staff/complaints/new')}
        class="form"
        enctype="multipart/form-data"
        novalidate
      >
        <CsrfInput ctx={ctx} />
        <input type="hidden" name="key" value={props.idempotencyKey} />
        {F({ name: 'channel', kind: 'radio', options: options(ctx, ['hand', 'post'], 'complaint.channel') })}
        {F({ name: 'kind', kind: 'radio', options: options(ctx, COMPLAINT_KINDS, 'complaint.kind') })}
        {F({
          name: 'addressee',
          kind: 'radio',
          options: options(ctx, COMPLAINT_ADDRESSEES, 'complaint.addressee'),
        })}
        {props.askOffice && F({ name: 'officeCode', kind: 'text', hint: true })}
        {F({ name: 'language', kind: 'select', options: options(ctx, ['kk', 'ru'], 'complaint.language') })}
        {F({ name: 'surname', kind: 'text' })}
        {F({ name: 'name', kind: 'text' })}
        {F({ name: 'patronymic', kind: 'text' })}
        {F({ name: 'address', kind: 'text' })}
        {F({ name: 'phone', kind: 'tel' })}
        {F({ name: 'text', kind: 'textarea' })}
        {F({ name: 'caseCode', kind: 'text', hint: true })}
        {F({ name: 'copyScan', kind: 'file', hint: true })}
        {props.askTicket && F({ name: 'ticket', kind: 'text', hint: true })}
        <button type="submit" class="button" id="do-register-complaint">
          {t('complaint.submit_register')}
        </button>
      </form>
    </>
  );
}
