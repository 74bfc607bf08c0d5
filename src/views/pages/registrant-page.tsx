// One registrant's page (issue 6; domain.md §4 "after the end"): who it is, its certificates and
// references with their public status, its cases with their states, the events of its registrations'
// life and the audit timeline of its cases. A reader who may not read it in full sees the number,
// name, status and office only.
import { href, type ViewContext } from '../view-context.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import type { RegistrantView } from '../../app/registry/read-registrant.js';
import { APPLICATION_KIND_NAMES, isApplicationKind } from '../../domain/standard/index.js';
import { localTime } from '../components/case-timeline.js';
import { Notice } from '../components/form.js';
import { organisationName } from '../organisation-name.js';
import { confessionName, registryStatusText } from './registry-page.js';

function Current({ ctx, view }: { ctx: ViewContext; view: RegistrantView }) {
  return (
    <>
      <div>
        <dt>{ctx.t('registry.field.current')}</dt>
        <dd>
          {view.current ? (
            <>
              <span class="code">{view.current.number}</span> {registryStatusText(ctx, view.current.status)}
            </>
          ) : (
            ctx.t('registry.no_document')
          )}
        </dd>
      </div>
      <div>
        <dt>{ctx.t('registry.field.office')}</dt>
        <dd>
          {organisationName(ctx.lang, view.office)} <span class="code">{view.office.code}</span>
        </dd>
      </div>
    </>
  );
}

export function RegistrantPage({ ctx, view }: { ctx: ViewContext; view: RegistrantView }) {
  const t = ctx.t;
  const back = (
    <p class="back-link">
      <a href={href(ctx.lang, '/staff/registry')}>{t('registry.back')}</a>
    </p>
  );
  if (view.visibility === 'minimal')
    return (
      <>
        {back}
        <h1>{view.name}</h1>
        <Notice kind="info">{t('registry.minimal_notice')}</Notice>
        <dl class="summary-list">
          <div>
            <dt>{t('registry.field.kind')}</dt>
            <dd>{t(`registry.kind.${view.kind}`)}</dd>
          </div>
          <Current ctx={ctx} view={view} />
        </dl>
      </>
    );
  const r = view.registrant;
  const zone = view.office.timeZone;
  const kindName = (k: string) => (isApplicationKind(k) ? APPLICATION_KIND_NAMES[k][ctx.lang] : k);
  const tracking = new Map(view.cases.map((c) => [c.id, c.trackingCode]));
  return (
    <>
      {back}
      <h1>{r.displayName}</h1>
      <dl class="summary-list">
        <div>
          <dt>{t('registry.field.kind')}</dt>
          <dd>{t(`registry.kind.${r.kind}`)}</dd>
        </div>
        {r.latinName && (
          <div>
            <dt>{t('registry.field.latin')}</dt>
            <dd>{r.latinName}</dd>
          </div>
        )}
        {r.iin && (
          <div>
            <dt>{t('registry.field.iin')}</dt>
            <dd class="code">{r.iin}</dd>
          </div>
        )}
        {r.passportNumber && (
          <div>
            <dt>{t('registry.field.passport')}</dt>
            <dd>
              {t('registry.passport_value', { country: r.citizenship ?? '', number: r.passportNumber })}
            </dd>
          </div>
        )}
        <Current ctx={ctx} view={view} />
      </dl>

      <section aria-labelledby="documents-title">
        <h2 id="documents-title">{t('registry.section.documents')}</h2>
        {view.documents.length === 0 ? (
          <p>{t('registry.no_document')}</p>
        ) : (
          <div class="table-wrap">
            <table>
              <caption class="visually-hidden">{t('registry.section.documents')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('registry.col.document')}</th>
                  <th scope="col">{t('registry.col.issued')}</th>
                  <th scope="col">{t('registry.col.valid_until')}</th>
                  <th scope="col">{t('registry.col.territory')}</th>
                  <th scope="col">{t('registry.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {view.documents.map((d) => (
                  <tr key={d.number}>
                    <th scope="row">
                      <a href={href(ctx.lang, `/staff/documents/${d.number}`)} class="code">
                        {d.number}
                      </a>
                      <span class="detail">{t(`registry.document.${d.kind}`)}</span>
                      {d.source === 'paper' && <span class="detail">{t('registry.source_paper')}</span>}
                      {d.duplicateOf && (
                        <span class="detail">{t('registry.duplicate_of', { number: d.duplicateOf })}</span>
                      )}
                    </th>
                    <td>{d.issuedOn}</td>
                    <td>{d.validUntil ?? t('registry.no_expiry')}</td>
                    <td>{d.territory}</td>
                    <td>
                      {registryStatusText(ctx, d.status)}
                      {d.successorNumber && (
                        <span class="detail">{t('registry.successor', { number: d.successorNumber })}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="cases-title">
        <h2 id="cases-title">{t('registry.section.cases')}</h2>
        {view.cases.length === 0 ? (
          <p>{t('registry.no_cases')}</p>
        ) : (
          <div class="table-wrap">
            <table>
              <caption class="visually-hidden">{t('registry.section.cases')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('cases.col.tracking')}</th>
                  <th scope="col">{t('cases.col.kind')}</th>
                  <th scope="col">{t('cases.col.state')}</th>
                  <th scope="col">{t('cases.col.incoming')}</th>
                  <th scope="col">{t('registry.col.office')}</th>
                  {view.cases.some((c) => c.confession !== null) && (
                    <th scope="col">{t('registry.col.confession')}</th>
                  )}
                </tr>
              </thead>
              <tbody>
                {view.cases.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      {c.readable ? (
                        <a href={href(ctx.lang, `/staff/cases/${c.id}`)} class="code">
                          {c.trackingCode}
                        </a>
                      ) : (
                        <span class="code">{c.trackingCode}</span>
                      )}
                    </th>
                    <td>{kindName(c.kind)}</td>
                    <td>{t(`case.state.${c.state}` as MessageKey)}</td>
                    <td>{c.incomingNumber ?? '—'}</td>
                    <td class="code">{c.officeCode}</td>
                    {view.cases.some((x) => x.confession !== null) && (
                      <td>{confessionName(ctx, c.confession)}</td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {view.complaints.length > 0 && (
        <section aria-labelledby="complaints-title">
          <h2 id="complaints-title">{t('complaint.registrant_title')}</h2>
          <ul id="registrant-complaints">
            {view.complaints.map((c) => (
              <li key={c.id}>
                {`${c.incomingNumber} · ${c.registeredOn} · ${t(`complaint.kind.${c.kind}` as MessageKey)} · ${t(`complaint.state.${c.state}` as MessageKey)}`}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="events-title">
        <h2 id="events-title">{t('registry.section.events')}</h2>
        {view.events.length === 0 ? (
          <p>{t('registry.no_events')}</p>
        ) : (
          <ul class="events">
            {view.events.map((e) => (
              <li key={e.id}>
                <time dateTime={e.at.toISOString()}>{localTime(e.at, zone)}</time>{' '}
                {t(`registry.event.${e.kind}`)}
                {e.documentNumber && <span class="code">{` ${e.documentNumber}`}</span>}
                {e.reason && <span class="detail">{e.reason}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('registry.section.timeline')}</h2>
        <div class="table-wrap">
          <table class="case-timeline">
            <caption class="visually-hidden">{t('registry.section.timeline')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('case.timeline_when')}</th>
                <th scope="col">{t('cases.col.tracking')}</th>
                <th scope="col">{t('case.timeline_what')}</th>
              </tr>
            </thead>
            <tbody>
              {view.timeline.map((l) => (
                <tr key={`${l.chainId}:${l.seq}`}>
                  <td>
                    <time dateTime={l.at.toISOString()}>{localTime(l.at, zone)}</time>
                  </td>
                  <td class="code">{tracking.get(l.caseId) ?? l.caseId}</td>
                  <th scope="row">
                    {typeof l.data.kind === 'string'
                      ? t(`case.event.${l.data.kind}` as MessageKey)
                      : t('registry.audit_other', { action: l.action })}
                    {typeof l.data.state === 'string' && (
                      <span class="detail">{t(`case.state.${l.data.state}` as MessageKey)}</span>
                    )}
                  </th>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
