import { href, type ViewContext } from '../view-context.js';

/** An unknown office code: said in the page's language, with the way back to the list. */
export function OfficeNotFoundPage({ ctx, code }: { ctx: ViewContext; code: string }) {
  return (
    <div class="narrow">
      <h1>{ctx.t('error.NOT_FOUND')}</h1>
      <p class="lead">{ctx.t('offices.not_found', { code })}</p>
      <p>
        <a href={href(ctx.lang, '/offices')}>{ctx.t('offices.back')}</a>
      </p>
    </div>
  );
}
