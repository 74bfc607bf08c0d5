// The full-screen documents of the hall: the kiosk's tablet and the board's TV. No site header or
// menu (nobody navigates away from them); large type; the page works without script and refreshes
// itself, and with script it updates live.
import type { ComponentChildren } from 'preact';
import { render } from 'preact-render-to-string';
import { LANGS } from '../../../i18n/i18n.js';
import { href, type ViewContext } from '../../view-context.js';

export interface ScreenOptions {
  title: string;
  bodyClass: string;
  /** Reloads the page every so many seconds (always, or only without script). */
  refresh?: { seconds: number; onlyWithoutScript: boolean; to?: string };
  script?: string;
  /** The other languages of the same screen. */
  languages?: boolean;
}

function LanguageLinks({ ctx }: { ctx: ViewContext }) {
  return (
    <nav class="screen-langs" aria-label={ctx.t('site.language')}>
      {LANGS.filter((l) => l !== ctx.lang).map((l) => (
        <a key={l} href={href(l, ctx.path)} hreflang={l} lang={l}>
          {ctx.t(`lang.${l}`)}
        </a>
      ))}
    </nav>
  );
}

export function renderScreen(ctx: ViewContext, opts: ScreenOptions, body: ComponentChildren): string {
  const refresh = opts.refresh ? (
    <meta
      http-equiv="refresh"
      content={`${opts.refresh.seconds}${opts.refresh.to ? `;url=${opts.refresh.to}` : ''}`}
    />
  ) : null;
  return `<!doctype html>${render(
    <html lang={ctx.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{ctx.t('site.page_title', { page: opts.title, site: ctx.t('site.name') })}</title>
        <link rel="stylesheet" href="/static/site.css" />
        <link rel="stylesheet" href="/static/queue.css" />
        {refresh && (opts.refresh?.onlyWithoutScript ? <noscript>{refresh}</noscript> : refresh)}
        {opts.script && <script src={opts.script} defer />}
      </head>
      <body class={`screen ${opts.bodyClass}`}>
        {ctx.demo && (
          <div class="demo-banner" role="note">
            {ctx.t('site.demo')}
          </div>
        )}
        <main id="main" tabindex={-1}>
          {body}
        </main>
        {opts.languages && <LanguageLinks ctx={ctx} />}
      </body>
    </html>,
  )}`;
}
