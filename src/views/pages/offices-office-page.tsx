import { href, type ViewContext } from '../view-context.js';
import type { Lang } from '../../i18n/i18n.js';
import type { Contacts, OfficeDetails, OpenState } from '../../app/organisations/find-offices.js';
import { APPLICATION_KINDS, APPLICATION_KIND_NAMES } from '../../domain/standard/index.js';
import { Notice } from '../components/form.js';
import { ContactRows, ScheduleLines, SuspectTag, inLang } from './offices-parts.js';

const LOCALE: Record<Lang, string> = { kk: 'kk', ru: 'ru', en: 'en-GB' };

/** The moment the office next opens, in its own time zone, in the page's language. */
export function formatOpening(lang: Lang, at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE[lang], {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}

function hasSuspect(c: Contacts): boolean {
  return (
    c.nameSuspect ||
    c.addressSuspect ||
    [...c.phones, ...c.faxes, ...c.emails, ...c.websites].some((x) => x.suspect)
  );
}

function OpenNow({ ctx, open, timeZone }: { ctx: ViewContext; open: OpenState; timeZone: string }) {
  if (open.state === 'unknown') return null;
  if (open.state === 'open') return <Notice kind="success">{ctx.t('offices.open_now')}</Notice>;
  return (
    <Notice kind="info">
      {open.next
        ? ctx.t('offices.closed_now', { when: formatOpening(ctx.lang, open.next, timeZone) })
        : ctx.t('offices.closed')}
    </Notice>
  );
}

/** One service office (§1, annexes 1–2): where it is, when it is open, what it serves, where to complain. */
export function OfficePage({ ctx, office }: { ctx: ViewContext; office: OfficeDetails }) {
  const anySuspect = hasSuspect(office) || (office.akimat !== null && hasSuspect(office.akimat));
  const rows = office.sources.map((s) => ctx.t('offices.source_row', { annex: s.annex, n: s.n })).join('; ');
  return (
    <>
      <p>
        <a href={href(ctx.lang, '/offices')}>{ctx.t('offices.back')}</a>
      </p>
      <h1>
        {inLang(ctx.lang, office.name)}
        {office.nameSuspect && <SuspectTag ctx={ctx} />}
      </h1>
      <p class="lead">
        {ctx.t(office.kind === 'division' ? 'offices.kind.division' : 'offices.kind.regional-department')}
        {' · '}
        {inLang(ctx.lang, office.region.name)}
      </p>
      <OpenNow ctx={ctx} open={office.open} timeZone={office.timeZone} />
      <dl class="summary-list">
        <div>
          <dt>{ctx.t('offices.code')}</dt>
          <dd class="code">{office.code}</dd>
        </div>
        <ContactRows ctx={ctx} c={office} />
        <div>
          <dt>{ctx.t('offices.schedule')}</dt>
          <dd>
            <ScheduleLines ctx={ctx} schedule={office.schedule} />
            <p class="hint">{ctx.t('offices.schedule_local_time')}</p>
          </dd>
        </div>
      </dl>
      {anySuspect && <p class="hint">{ctx.t('offices.suspect_hint')}</p>}

      <section aria-labelledby="serves-title">
        <h2 id="serves-title">{ctx.t('offices.serves_title')}</h2>
        <p>{ctx.t('offices.serves_lead')}</p>
        <ul>
          {APPLICATION_KINDS.map((k) => (
            <li key={k}>{APPLICATION_KIND_NAMES[k][ctx.lang]}</li>
          ))}
        </ul>
        <p>{ctx.t(`offices.competence.${office.competence}`)}</p>
        {office.standsInFor && (
          <p>{ctx.t('offices.stands_in', { region: inLang(ctx.lang, office.standsInFor) })}</p>
        )}
        <p>
          <a href={href(ctx.lang, '/')}>{ctx.t('offices.service_link')}</a>
        </p>
      </section>

      {office.department && (
        <section aria-labelledby="department-title">
          <h2 id="department-title">{ctx.t('offices.department_title')}</h2>
          <p>
            {ctx.t('offices.department_text')}{' '}
            <a href={href(ctx.lang, `/offices/${office.department.code}`)}>
              {inLang(ctx.lang, office.department.name)}
            </a>
          </p>
        </section>
      )}

      {office.akimat && (
        <section aria-labelledby="akimat-title">
          <h2 id="akimat-title">{ctx.t('offices.akimat_title')}</h2>
          <p>{ctx.t('offices.akimat_text')}</p>
          <dl class="summary-list">
            <div>
              <dt>{ctx.t('offices.akimat_name')}</dt>
              <dd>
                {inLang(ctx.lang, office.akimat.name)}
                {office.akimat.nameSuspect && <SuspectTag ctx={ctx} />}
              </dd>
            </div>
            <ContactRows ctx={ctx} c={office.akimat} />
          </dl>
        </section>
      )}

      <p>
        <a href={`${href(ctx.lang, '/complaints')}?office=${office.code}`} id="office-complaint">
          {ctx.t('complaint.public.office_link')}
        </a>
      </p>

      <p class="hint">{ctx.t('offices.sources', { rows })}</p>
    </>
  );
}
