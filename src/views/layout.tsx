import type { ComponentChildren } from 'preact';
import { render } from 'preact-render-to-string';
import { LANGS } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { href, type ViewContext } from './view-context.js';
import { CsrfInput } from './components/form.js';

function LanguageSwitch({ ctx }: { ctx: ViewContext }) {
  return (
    <nav class="lang-switch" aria-label={ctx.t('site.language')}>
      <ul>
        {LANGS.map((l) => (
          <li key={l}>
            {l === ctx.lang ? (
              <span aria-current="true" lang={l}>
                {ctx.t(`lang.${l}`)}
              </span>
            ) : (
              <a href={href(l, ctx.path)} hreflang={l} lang={l}>
                {ctx.t(`lang.${l}`)}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Header({ ctx }: { ctx: ViewContext }) {
  return (
    <header class="site-header">
      <div class="container header-row">
        <a class="brand" href={href(ctx.lang, '/')}>
          <span class="brand-mark" aria-hidden="true" />
          <span class="brand-text">
            <span class="brand-name">{ctx.t('site.name')}</span>
            <span class="brand-tagline">{ctx.t('site.tagline')}</span>
          </span>
        </a>
        <LanguageSwitch ctx={ctx} />
      </div>
      <nav class="main-nav" aria-label={ctx.t('site.menu')}>
        <ul class="container">
          <li>
            <a href={href(ctx.lang, '/')}>{ctx.t('nav.home')}</a>
          </li>
          <li>
            <a href={href(ctx.lang, '/offices')}>{ctx.t('nav.offices')}</a>
          </li>
          <li>
            <a href={href(ctx.lang, '/guide')}>{ctx.t('portal.nav.guide')}</a>
          </li>
          <li>
            <a href={href(ctx.lang, '/apply')}>{ctx.t('portal.nav.apply')}</a>
          </li>
          <li>
            <a href={href(ctx.lang, '/track')}>{ctx.t('portal.nav.track')}</a>
          </li>
          <li>
            <a href={href(ctx.lang, '/complaints')}>{ctx.t('complaint.public.nav')}</a>
          </li>
          <li>
            <a href={href(ctx.lang, '/check')}>{ctx.t('nav.check')}</a>
          </li>
          {ctx.actor ? (
            <>
              <li>
                <a href={href(ctx.lang, '/staff')}>{ctx.t('nav.staff_home')}</a>
              </li>
              <li class="nav-end">
                <form method="post" action={href(ctx.lang, '/staff/sign-out')} class="inline-form">
                  <CsrfInput ctx={ctx} />
                  <button type="submit" class="link-button">
                    {ctx.t('staff.signout')}
                  </button>
                </form>
              </li>
            </>
          ) : (
            <li class="nav-end">
              <a href={href(ctx.lang, '/staff/sign-in')}>{ctx.t('nav.staff')}</a>
            </li>
          )}
        </ul>
      </nav>
    </header>
  );
}

export function Layout({
  ctx,
  title,
  children,
}: {
  ctx: ViewContext;
  title: string;
  children: ComponentChildren;
}) {
  return (
    <html lang={ctx.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{ctx.t('site.page_title', { page: title, site: ctx.t('site.name') })}</title>
        <link rel="stylesheet" href="/static/site.css" />
        {LANGS.map((l) => (
          <link key={l} rel="alternate" hreflang={l} href={href(l, ctx.path)} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {ctx.t('site.skip')}
        </a>
        {ctx.demo && (
          <div class="demo-banner" role="note">
            {ctx.t('site.demo')}
          </div>
        )}
        <Header ctx={ctx} />
        <main id="main" class="container" tabindex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="container">
            <p>{ctx.t('site.footer.standard')}</p>
            <p>{ctx.t('site.footer.free')}</p>
            <p>
              <a href={href(ctx.lang, '/accessibility')}>{ctx.t('notify.a11y.footer')}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** Renders a whole page to an HTML document. */
export function renderPage(
  ctx: ViewContext,
  titleKey: MessageKey | { text: string },
  body: ComponentChildren,
): string {
  const title = typeof titleKey === 'string' ? ctx.t(titleKey) : titleKey.text;
  return `<!doctype html>${render(
    <Layout ctx={ctx} title={title}>
      {body}
    </Layout>,
  )}`;
}
