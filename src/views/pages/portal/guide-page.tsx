// Issue 8, learn: a short guided question — a missionary or a group, first registration or
// re-registration, and the checklist's own questions (a representative, religious materials, who owns
// the premises) — answered with the §11 documents for that case, the same data the counter checks;
// the competent office for the territory (domain.md §1), whether it is open now and how to reach it;
// and the blank application forms (annexes 7, 8) in Kazakh and Russian. A GET form: no JavaScript,
// and the answer has an address of its own.
import { href, type ViewContext } from '../../view-context.js';
import { Notice } from '../../components/form.js';
import { TerritoryUnitSelect, type TerritoryGroup } from '../../components/territory-unit-select.js';
import type { GuideResult } from '../../../domain/portal/guide.js';
import type { MessageKey } from '../../../i18n/catalogue.js';

export interface GuideOffice {
  code: string;
  name: string;
  address: string | null;
  phones: readonly string[];
  open: 'open' | 'closed' | 'unknown';
}

export interface GuidePageProps {
  ctx: ViewContext;
  values: Readonly<Record<string, string>>;
  result: GuideResult | null;
  kindName: string | null;
  territory: readonly TerritoryGroup[];
  office: GuideOffice | null;
  /** The answer left out a required choice. */
  incomplete: boolean;
}

const FORM_KEY: Record<string, MessageKey> = {
  original: 'portal.guide.form.original',
  copy: 'portal.guide.form.copy',
  shown: 'portal.guide.form.shown',
  items: 'portal.guide.form.items',
};

const OPEN_KEY: Record<GuideOffice['open'], MessageKey> = {
  open: 'portal.guide.open_now',
  closed: 'portal.guide.closed_now',
  unknown: 'portal.guide.open_unknown',
};

function Radios(props: {
  ctx: ViewContext;
  name: string;
  legend: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <fieldset class="field" id={`g-${props.name}`}>
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <div class="check" key={o.value}>
          <input
            type="radio"
            id={`g-${props.name}-${o.value}`}
            name={props.name}
            value={o.value}
            checked={props.value === o.value}
          />
          <label for={`g-${props.name}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function GuidePage(props: GuidePageProps) {
  const { ctx, values, result } = props;
  const t = ctx.t;
  const lang = ctx.lang;
  return (
    <>
      <h1>{t('portal.guide.title')}</h1>
      <p class="lead">{t('portal.guide.lead')}</p>
      {props.incomplete && (
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
          <h2 id="error-summary-title">{t('form.errors_title')}</h2>
          <ul>
            {!values.subject && (
              <li>
                <a href="#g-subject">{t('portal.guide.e.subject')}</a>
              </li>
            )}
            {!values.first && (
              <li>
                <a href="#g-first">{t('portal.guide.e.first')}</a>
              </li>
            )}
          </ul>
        </div>
      )}
      <form method="get" action={href(lang, '/guide')} class="form" novalidate>
        <Radios
          ctx={ctx}
          name="subject"
          legend={t('portal.guide.q.subject')}
          value={values.subject}
          options={[
            { value: 'missionary', label: t('portal.guide.a.missionary') },
            { value: 'group', label: t('portal.guide.a.group') },
          ]}
        />
        <Radios
          ctx={ctx}
          name="first"
          legend={t('portal.guide.q.first')}
          value={values.first}
          options={[
            { value: 'yes', label: t('portal.guide.a.first') },
            { value: 'no', label: t('portal.guide.a.again') },
          ]}
        />
        {(result?.questions ?? []).map((q) => (
          <Radios
            key={q.id}
            ctx={ctx}
            name={q.id}
            legend={q.name[lang]}
            value={values[q.id]}
            options={q.options.map((o) => ({ value: o.value, label: o.name[lang] }))}
          />
        ))}
        <TerritoryUnitSelect
          ctx={ctx}
          groups={props.territory}
          value={values.territoryUnit ?? ''}
          warning={null}
        />
        <button type="submit" class="button">
          {t(result ? 'portal.guide.update' : 'portal.guide.show')}
        </button>
      </form>
      {result && (
        <section aria-labelledby="guide-documents">
          <h2 id="guide-documents">{t('portal.guide.documents_title', { kind: props.kindName ?? '' })}</h2>
          {result.items.some((i) => i.conditional) && <p class="hint">{t('portal.guide.answer_more')}</p>}
          <ol id="guide-items">
            {result.items.map(({ item, conditional }) => (
              <li key={item.id}>
                <strong>{item.name[lang]}</strong> — {t(FORM_KEY[item.form]!)} (
                {item.clause.replace('§', t('portal.guide.clause'))})
                {item.perPerson && <span> · {item.perPerson[lang]}</span>}
                {conditional && item.when && <p class="hint">{item.when[lang]}</p>}
                {item.note && <p class="hint">{item.note[lang]}</p>}
              </li>
            ))}
          </ol>
          <p>
            <a class="button" href={href(lang, '/apply')}>
              {t('portal.guide.apply')}
            </a>
          </p>
        </section>
      )}
      {props.office && (
        <section aria-labelledby="guide-office">
          <h2 id="guide-office">{t('portal.guide.office_title')}</h2>
          <p>
            <a href={href(lang, `/offices/${props.office.code}`)}>{props.office.name}</a>
          </p>
          <Notice kind="info">
            <p id="guide-open">{t(OPEN_KEY[props.office.open])}</p>
          </Notice>
          {props.office.address && <p>{t('portal.sent.address', { address: props.office.address })}</p>}
          {props.office.phones.length > 0 && (
            <p>{t('portal.sent.phones', { phones: props.office.phones.join(', ') })}</p>
          )}
          <p>
            <a href={`${href(lang, '/apply')}?office=${props.office.code}`}>{t('portal.guide.apply_here')}</a>
          </p>
        </section>
      )}
      <section aria-labelledby="guide-forms">
        <h2 id="guide-forms">{t('portal.guide.forms_title')}</h2>
        <p>{t('portal.guide.forms_lead')}</p>
        <ul id="blank-forms">
          <li>
            {t('portal.guide.form_missionary')}:{' '}
            <a href={href(lang, '/forms/annex-7-kk.pdf')} hreflang="kk">
              {t('lang.kk')}
            </a>
            {', '}
            <a href={href(lang, '/forms/annex-7-ru.pdf')} hreflang="ru">
              {t('lang.ru')}
            </a>
          </li>
          <li>
            {t('portal.guide.form_group')}:{' '}
            <a href={href(lang, '/forms/annex-8-kk.pdf')} hreflang="kk">
              {t('lang.kk')}
            </a>
            {', '}
            <a href={href(lang, '/forms/annex-8-ru.pdf')} hreflang="ru">
              {t('lang.ru')}
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}
