// Issue 8: the one-screen survey after hand-over or refusal (domain.md §7: 2.1, 3.1, 5.1), 1–5 each.
// Works without JavaScript; errors are summarised at the top and linked to their question; the
// scores chosen are kept when something is missing.
import type { MessageKey } from '../../i18n/i18n.js';
import { SURVEY_QUESTIONS, SURVEY_INDICATORS } from '../../domain/notify/notify.js';
import type { ViewContext } from '../view-context.js';
import { href } from '../view-context.js';
import { CsrfInput, ErrorSummary, Notice } from '../components/form.js';

export function SurveyPage(props: {
  ctx: ViewContext;
  token: string;
  status: 'open' | 'used' | 'invalid' | 'answered';
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const { ctx } = props;
  const t = ctx.t;
  if (props.status !== 'open')
    return (
      <>
        <h1>{t('notify.survey.title')}</h1>
        <Notice kind={props.status === 'answered' ? 'success' : 'warning'}>
          <p class="survey-status">
            {t(
              props.status === 'answered'
                ? 'notify.survey.thanks'
                : props.status === 'used'
                  ? 'notify.survey.used'
                  : 'notify.survey.invalid',
            )}
          </p>
        </Notice>
      </>
    );
  const errors = SURVEY_QUESTIONS.filter((q) => props.errors[q]).map((q) => ({
    field: `q-${q}`,
    message: `${t(`notify.survey.q.${q}` as MessageKey)}: ${t(`notify.survey.${props.errors[q]}` as MessageKey)}`,
  }));
  return (
    <>
      <h1>{t('notify.survey.title')}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p>{t('notify.survey.intro')}</p>
      <form
        method="post"
        action={href(ctx.lang, `/survey/${props.token}`)}
        class="form survey-form"
        novalidate
      >
        <CsrfInput ctx={ctx} />
        {SURVEY_QUESTIONS.map((q) => {
          const error = props.errors[q];
          return (
            <fieldset
              key={q}
              id={`q-${q}`}
              class={error ? 'field field-error' : 'field'}
              data-indicator={SURVEY_INDICATORS[q]}
              aria-describedby={error ? `q-${q}-error` : undefined}
            >
              <legend>{t(`notify.survey.q.${q}` as MessageKey)}</legend>
              {error && (
                <p class="error-message" id={`q-${q}-error`}>
                  {t(`notify.survey.${error}` as MessageKey)}
                </p>
              )}
              {[1, 2, 3, 4, 5].map((n) => (
                <div class="check" key={n}>
                  <input
                    type="radio"
                    id={`q-${q}-${n}`}
                    name={q}
                    value={String(n)}
                    checked={props.values[q] === String(n)}
                  />
                  <label for={`q-${q}-${n}`}>{t(`notify.survey.scale.${n}` as MessageKey)}</label>
                </div>
              ))}
            </fieldset>
          );
        })}
        <button type="submit" class="button">
          {t('notify.survey.submit')}
        </button>
      </form>
    </>
  );
}

/** The accessibility statement (WCAG 2.2 AA), in kk, ru and en; linked from every page's footer. */
export function AccessibilityPage({ ctx }: { ctx: ViewContext }) {
  const t = ctx.t;
  return (
    <>
      <h1>{t('notify.a11y.title')}</h1>
      <p>{t('notify.a11y.p1')}</p>
      <p>{t('notify.a11y.p2')}</p>
      <p>{t('notify.a11y.p3')}</p>
      <p>{t('notify.a11y.p4')}</p>
    </>
  );
}
