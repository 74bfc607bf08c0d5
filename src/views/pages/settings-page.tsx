import { href, type ViewContext } from '../view-context.js';
import { CsrfInput, Notice } from '../components/form.js';

/** Office settings a head sets (domain.md §3): for now the four-eyes rule. */
export function SettingsPage({
  ctx,
  fourEyes,
  saved,
}: {
  ctx: ViewContext;
  fourEyes: boolean;
  saved: boolean;
}) {
  return (
    <div class="narrow">
      <h1>{ctx.t('settings.title')}</h1>
      {saved && <Notice kind="success">{ctx.t('settings.saved')}</Notice>}
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
        <button type="submit" class="button">
          {ctx.t('settings.save')}
        </button>
      </form>
    </div>
  );
}
