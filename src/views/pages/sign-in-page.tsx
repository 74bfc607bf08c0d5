import { href, type ViewContext } from '../view-context.js';
import { CsrfInput, Field, Notice } from '../components/form.js';
import type { DemoAccount } from '../../app/demo/seed-demo.js';

export interface SignInPageProps {
  ctx: ViewContext;
  login?: string;
  notice?: 'failed' | 'expired' | 'signed_out' | null;
  next?: string;
  demoAccounts?: DemoAccount[];
  demoPassword?: string;
}

export function SignInPage({ ctx, login, notice, next, demoAccounts, demoPassword }: SignInPageProps) {
  return (
    <div class="narrow">
      <h1>{ctx.t('signin.title')}</h1>
      {notice === 'failed' && <Notice kind="warning">{ctx.t('signin.failed')}</Notice>}
      {notice === 'expired' && <Notice kind="info">{ctx.t('signin.expired')}</Notice>}
      {notice === 'signed_out' && <Notice kind="success">{ctx.t('signin.signed_out')}</Notice>}
      <form method="post" action={href(ctx.lang, '/staff/sign-in')} class="form">
        <CsrfInput ctx={ctx} />
        {next && <input type="hidden" name="next" value={next} />}
        <Field
          name="login"
          label={ctx.t('signin.login')}
          value={login ?? ''}
          autocomplete="username"
          required
        />
        <Field
          name="password"
          label={ctx.t('signin.password')}
          type="password"
          autocomplete="current-password"
          required
        />
        <button type="submit" class="button">
          {ctx.t('signin.submit')}
        </button>
      </form>
      {demoAccounts && demoAccounts.length > 0 && demoPassword && (
        <section class="demo-accounts" aria-labelledby="demo-title">
          <h2 id="demo-title">{ctx.t('signin.demo_hint', { password: demoPassword })}</h2>
          <ul>
            {demoAccounts.map((a) => (
              <li key={a.login}>
                <code>{a.login}</code> {'—'} {a.organisation} {'·'}{' '}
                {a.roles.map((r) => ctx.t(`role.${r}`)).join(', ')}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
