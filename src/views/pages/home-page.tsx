import { href, type ViewContext } from '../view-context.js';

/** The public home page. The terms come from the standard's rules (§7.1, §16), not from the text. */
export function HomePage({
  ctx,
  resultDays,
  refusalDays,
}: {
  ctx: ViewContext;
  resultDays: number;
  refusalDays: number;
}) {
  return (
    <>
      <h1>{ctx.t('home.title')}</h1>
      <p class="lead">{ctx.t('home.lead')}</p>
      <p>
        <a href={href(ctx.lang, '/about')}>{ctx.t('home.about_link')}</a>
      </p>
      <div class="cards">
        <section class="card" aria-labelledby="result-title">
          <h2 id="result-title">{ctx.t('home.result_title')}</h2>
          <ul>
            <li>{ctx.t('home.result_certificate')}</li>
            <li>{ctx.t('home.result_reference')}</li>
          </ul>
        </section>
        <section class="card" aria-labelledby="terms-title">
          <h2 id="terms-title">{ctx.t('home.terms_title')}</h2>
          <ul>
            <li>{ctx.t('home.terms_result', { days: resultDays })}</li>
            <li>{ctx.t('home.terms_refusal', { days: refusalDays })}</li>
            <li>{ctx.t('home.terms_free')}</li>
          </ul>
        </section>
        <section class="card" aria-labelledby="staff-title">
          <h2 id="staff-title">{ctx.t('home.staff_title')}</h2>
          <p>{ctx.t('home.staff_text')}</p>
          <p>
            <a class="button" href={href(ctx.lang, ctx.actor ? '/staff' : '/staff/sign-in')}>
              {ctx.t(ctx.actor ? 'nav.staff_home' : 'nav.staff')}
            </a>
          </p>
        </section>
      </div>
    </>
  );
}
