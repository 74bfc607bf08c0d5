import { href, type ViewContext } from '../view-context.js';
import type { ErrorCode } from '../../app/errors.js';

export function ErrorPage({ ctx, code }: { ctx: ViewContext; code: ErrorCode }) {
  return (
    <div class="narrow">
      <h1>{ctx.t('error.title')}</h1>
      <p class="lead">{ctx.t(`error.${code}`)}</p>
      <p>
        <a href={href(ctx.lang, '/')}>{ctx.t('error.back_home')}</a>
      </p>
    </div>
  );
}
