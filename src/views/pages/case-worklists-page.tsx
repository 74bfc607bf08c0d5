// The office's worklists (domain.md §4): which cases need someone today. A case may stand in
// several lists (a refusal to deliver that is also overdue).
import { href, type ViewContext } from '../view-context.js';
import type { MessageKey } from '../../i18n/catalogue.js';

export interface WorklistItem {
  id: string;
  trackingCode: string;
  kindName: string;
  incomingNumber: string | null;
  state: string;
  due: string | null;
  clock: 'result' | 'refusal' | null;
  /** Working days left after today (0 on the due day, negative when late); null without a clock. */
  left: number | null;
  overdue: boolean;
  /** domain.md §9: the due day depends on a year without its calendar data. */
  provisional?: boolean;
}

export interface IncomingItem {
  id: string;
  trackingCode: string;
  kindName: string;
  incomingNumber: string | null;
  /** The sending office, as printed (name and code). */
  from: string;
  /** When it was sent, in the office's time. */
  sentAt: string;
  due: string | null;
  clock: 'result' | 'refusal';
}

function Incoming({ ctx, items }: { ctx: ViewContext; items: readonly IncomingItem[] }) {
  const t = ctx.t;
  return (
    <section id="list-incoming_transfers" aria-labelledby="list-incoming_transfers-title">
      <h2 id="list-incoming_transfers-title">{t('cases.list.incoming_transfers')}</h2>
      {items.length === 0 ? (
        <p>{t('cases.list_empty')}</p>
      ) : (
        <div class="table-wrap">
          <table class="worklist">
            <caption class="visually-hidden">{t('cases.list.incoming_transfers')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cases.col.tracking')}</th>
                <th scope="col">{t('cases.col.kind')}</th>
                <th scope="col">{t('cases.col.from_office')}</th>
                <th scope="col">{t('cases.col.sent_at')}</th>
                <th scope="col">{t('cases.col.due')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <a href={href(ctx.lang, `/staff/cases/${c.id}`)} class="code">
                      {c.trackingCode}
                    </a>
                  </th>
                  <td>{c.kindName}</td>
                  <td>{c.from}</td>
                  <td>{c.sentAt}</td>
                  <td>
                    {c.due ?? '—'}
                    <span class="clause-ref">{` ${t(c.clock === 'result' ? 'cases.clock_result' : 'cases.clock_refusal')}`}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export interface CaseWorklistsPageProps {
  ctx: ViewContext;
  /** The lists drawn: all of them (the first rows of each), or the one asked for (a page of it). */
  lists: readonly { list: string; count: number; cases: readonly WorklistItem[] }[];
  /** Every list's count, for the navigation. */
  counts: readonly { list: string; count: number }[];
  /** §1, §13: cases other offices sent to this one, awaiting receipt (null on a page of one list). */
  incoming: readonly IncomingItem[] | null;
  /** One list asked for (`?list=…&page=…`), or null for the overview. */
  focus: { list: string; page: number; pages: number } | null;
  canIntake: boolean;
  kinds: readonly { kind: string; name: string }[];
  dueSoonDays: number;
  uncollectedDays: number;
}

function Left({ ctx, c }: { ctx: ViewContext; c: WorklistItem }) {
  if (c.left === null) return <>{'—'}</>;
  // On a day off just after the due day no working day has passed yet, but the case is late.
  if (c.overdue)
    return (
      <strong class="overdue">
        {c.left < 0 ? ctx.t('cases.overdue_by', { n: -c.left }) : ctx.t('cases.list.overdue')}
      </strong>
    );
  if (c.left === 0) return <strong>{ctx.t('cases.due_today')}</strong>;
  return <>{ctx.t('cases.left', { n: c.left })}</>;
}

export function CaseWorklistsPage(props: CaseWorklistsPageProps) {
  const { ctx } = props;
  const t = ctx.t;
  const title = (list: string) =>
    t(`cases.list.${list}` as MessageKey, {
      days: list === 'uncollected' ? props.uncollectedDays : props.dueSoonDays,
    });
  const listHref = (list: string, page = 1) =>
    `${href(ctx.lang, '/staff/cases')}?list=${list}${page > 1 ? `&page=${page}` : ''}`;
  return (
    <>
      <h1>{t('cases.title')}</h1>
      <ul class="link-list">
        {props.canIntake &&
          props.kinds.map((k) => (
            <li key={k.kind}>
              <a href={`${href(ctx.lang, '/staff/cases/new')}?kind=${k.kind}`}>
                {t('cases.intake_link', { kind: k.name })}
              </a>
            </li>
          ))}
        <li>
          <a href={href(ctx.lang, '/staff/journal')}>{t('cases.journal_link')}</a>
        </li>
        <li>
          <a href={href(ctx.lang, '/staff/cases/materials-held')}>{t('materials.held_link')}</a>
        </li>
      </ul>
      <nav aria-labelledby="lists-title" class="worklist-nav">
        <h2 id="lists-title" class="visually-hidden">
          {t('cases.title')}
        </h2>
        <ul>
          {props.counts.map((l) => (
            <li key={l.list}>
              <a
                href={props.focus ? `${listHref(l.list)}` : `#list-${l.list}`}
                aria-current={props.focus?.list === l.list ? 'page' : undefined}
              >{`${title(l.list)} (${l.count})`}</a>
            </li>
          ))}
          {props.incoming && (
            <li>
              <a href="#list-incoming_transfers">{`${t('cases.list.incoming_transfers')} (${props.incoming.length})`}</a>
            </li>
          )}
        </ul>
      </nav>
      {props.incoming && <Incoming ctx={ctx} items={props.incoming} />}
      {props.focus && (
        <p class="back-link">
          <a href={href(ctx.lang, '/staff/cases')}>{t('cases.all_lists')}</a>
        </p>
      )}
      {props.lists.map((l) => (
        <section key={l.list} id={`list-${l.list}`} aria-labelledby={`list-${l.list}-title`}>
          <h2 id={`list-${l.list}-title`}>{title(l.list)}</h2>
          {l.cases.length === 0 ? (
            <p>{t('cases.list_empty')}</p>
          ) : (
            <div class="table-wrap">
              <table class="worklist">
                <caption class="visually-hidden">{title(l.list)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('cases.col.tracking')}</th>
                    <th scope="col">{t('cases.col.kind')}</th>
                    <th scope="col">{t('cases.col.incoming')}</th>
                    <th scope="col">{t('cases.col.state')}</th>
                    <th scope="col">{t('cases.col.due')}</th>
                    <th scope="col">{t('cases.col.left')}</th>
                  </tr>
                </thead>
                <tbody>
                  {l.cases.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">
                        <a href={href(ctx.lang, `/staff/cases/${c.id}`)} class="code">
                          {c.trackingCode}
                        </a>
                      </th>
                      <td>{c.kindName}</td>
                      <td>{c.incomingNumber ?? '—'}</td>
                      <td>{t(`case.state.${c.state}` as MessageKey)}</td>
                      <td>
                        {c.due ?? '—'}
                        {c.clock && (
                          <span class="clause-ref">{` ${t(c.clock === 'result' ? 'cases.clock_result' : 'cases.clock_refusal')}`}</span>
                        )}
                        {c.provisional && <span class="tag">{` ${t('case.clock_provisional')}`}</span>}
                      </td>
                      <td>
                        <Left ctx={ctx} c={c} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {!props.focus && l.count > l.cases.length && (
            <p>
              <a href={listHref(l.list)}>{t('cases.show_all', { n: l.count })}</a>
            </p>
          )}
          {props.focus && props.focus.pages > 1 && (
            <nav
              class="pager"
              aria-label={t('cases.pages', { page: props.focus.page, pages: props.focus.pages })}
            >
              <p>{t('cases.pages', { page: props.focus.page, pages: props.focus.pages })}</p>
              <ul class="link-list">
                {props.focus.page > 1 && (
                  <li>
                    <a href={listHref(l.list, props.focus.page - 1)} rel="prev">
                      {t('cases.page_prev')}
                    </a>
                  </li>
                )}
                {props.focus.page < props.focus.pages && (
                  <li>
                    <a href={listHref(l.list, props.focus.page + 1)} rel="next">
                      {t('cases.page_next')}
                    </a>
                  </li>
                )}
              </ul>
            </nav>
          )}
        </section>
      ))}
    </>
  );
}
