import { href, type ViewContext } from '../view-context.js';
import { CsrfInput, ErrorSummary, Field, Notice, type FieldError } from '../components/form.js';
import { MIN_PASSWORD_LENGTH } from '../../app/accounts/passwords.js';

export function PasswordPage({
  ctx,
  errors,
  mustChange,
  changed,
}: {
  ctx: ViewContext;
  errors: FieldError[];
  mustChange: boolean;
  changed: boolean;
}) {
  const error = (f: string) => errors.find((e) => e.field === f)?.message;
  return (
    <div class="narrow">
      <h1>{ctx.t('password.title')}</h1>
      {changed && <Notice kind="success">{ctx.t('password.changed')}</Notice>}
      {mustChange && <Notice kind="info">{ctx.t('password.must_change')}</Notice>}
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={href(ctx.lang, '/staff/password')} class="form">
        <CsrfInput ctx={ctx} />
        <Field
          name="current"
          label={ctx.t('password.current')}
          type="password"
          autocomplete="current-password"
          error={error('current')}
          required
        />
        <Field
          name="next"
          label={ctx.t('password.next')}
          type="password"
          autocomplete="new-password"
          hint={ctx.t('password.next_hint', { min: MIN_PASSWORD_LENGTH })}
          error={error('next')}
          required
        />
        <Field
          name="repeat"
          label={ctx.t('password.repeat')}
          type="password"
          autocomplete="new-password"
          error={error('repeat')}
          required
        />
        <button type="submit" class="button">
          {ctx.t('password.submit')}
        </button>
      </form>
    </div>
  );
}
