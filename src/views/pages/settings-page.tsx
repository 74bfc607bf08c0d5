import { href, type ViewContext } from '../view-context.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { CsrfInput, ErrorSummary, Field, Notice } from '../components/form.js';

/** Office settings a head sets (domain.md §3, §4): the four-eyes rule and "uncollected after N days". */
export function SettingsPage({
  ctx,
  fourEyes,
  uncollectedAfterDays,
  errors,
  saved,
}: {
  ctx: ViewContext;
  fourEyes: boolean;
  /** As stored, or as typed when refused. */
  uncollectedAfterDays: string;
  /** Field → error code (field.<code>). */
  errors: Readonly<Record<string, string>>;
  saved: boolean;
}) {
  const message = (field: string) =>
    errors[field] ? ctx.t(`field.${errors[field]}` as MessageKey) : undefined;
  return (
    <div class="narrow">
      <h1>{ctx.t('settings.title')}</h1>
      {saved && <Notice kind="success">{ctx.t('settings.saved')}</Notice>}
      <ErrorSummary
        ctx={ctx}
        errors={Object.keys(errors).map((field) => ({ field, message: message(field) ?? '' }))}
      />
      <form method="post" action={href(ctx.lang, '/staff/settings')} class="form">
        <CsrfInput ctx={ctx} />
        <div class="field">
          <div class="check">
            <input
              type="checkbox"
              id="fourEyes"
              name="fourEyes"
              value="on"
              checked={fourEyes}
              aria-describedby="fourEyes-hint"
            />
            <label for="fourEyes">{ctx.t('settings.four_eyes')}</label>
          </div>
          <p class="hint" id="fourEyes-hint">
            {ctx.t('settings.four_eyes_hint')}
          </p>
        </div>
        <Field
          name="uncollectedAfterDays"
          label={ctx.t('settings.uncollected_days')}
          hint={ctx.t('settings.uncollected_days_hint')}
          type="number"
          value={uncollectedAfterDays}
          error={message('uncollectedAfterDays')}
          required
        />
        <button type="submit" class="button">
          {ctx.t('settings.save')}
        </button>
      </form>
    </div>
  );
}
