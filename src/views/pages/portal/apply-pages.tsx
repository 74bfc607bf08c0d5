// Issue 8, apply online: short pages in plain language, one question group per page, each a plain
// form (no JavaScript needed) that saves what was typed before moving on or back; "check your
// answers" before sending; the confirmation with the tracking and access codes. Field controls and
// their messages are the counter's (annexes 7, 8), so both ask the same questions the same way.
import { href, type ViewContext } from '../../view-context.js';
import { CsrfInput, ErrorSummary, Notice } from '../../components/form.js';
import { fieldId, fieldLabel, intakeErrors, intakeMessage } from '../../components/case-field-labels.js';
import { ScanUploadRow, sizeText, type ScanItemChoice } from '../../components/case-records.js';
import {
  TERRITORY_UNIT_PATH,
  TerritoryUnitSelect,
  type TerritoryGroup,
} from '../../components/territory-unit-select.js';
import {
  CheckInput,
  Group,
  MATERIAL_KINDS,
  PersonFields,
  PREMISES_KINDS,
  RadioGroup,
  RepresentativeFields,
  SelectInput,
  TextInput,
  type FormState,
} from '../../components/case-intake-fields.js';
import { Affiliation } from '../case-intake-page.js';
import { stepOfPath, stepsOf, type ApplyStep } from './apply-steps.js';
import type { MessageKey } from '../../../i18n/catalogue.js';

export interface KindChoice {
  value: string;
  label: string;
}

export interface ApplyStartProps {
  ctx: ViewContext;
  kinds: readonly KindChoice[];
  values: Readonly<Record<string, string>>;
  errors: Readonly<Record<string, string>>;
  territory: readonly TerritoryGroup[];
  /** Coming from an office's page: the office chosen, by name. */
  office: { code: string; name: string } | null;
  /** An unfinished draft in this browser: where to continue. */
  draft: { trackingCode: string; continueTo: string } | null;
}

export function ApplyStartPage(props: ApplyStartProps) {
  const { ctx } = props;
  const t = ctx.t;
  const f: FormState = { ctx, values: props.values, errors: props.errors };
  return (
    <>
      <h1>{t('portal.apply.title')}</h1>
      <p class="lead">{t('portal.apply.lead')}</p>
      {props.draft && (
        <Notice kind="info">
          <p>{t('portal.apply.draft_found', { code: props.draft.trackingCode })}</p>
          <p>
            <a class="button" href={props.draft.continueTo}>
              {t('portal.apply.continue_draft')}
            </a>
          </p>
        </Notice>
      )}
      <h2>{t('portal.apply.before_title')}</h2>
      <ul>
        <li>{t('portal.apply.before_in_person')}</li>
        <li>{t('portal.apply.before_scans')}</li>
        <li>{t('portal.apply.before_saved')}</li>
      </ul>
      <p>
        <a href={href(ctx.lang, '/guide')}>{t('portal.apply.see_guide')}</a>
      </p>
      <ErrorSummary ctx={ctx} errors={intakeErrors(t, props.errors)} />
      <form method="post" action={href(ctx.lang, '/apply/start')} class="form" novalidate>
        <CsrfInput ctx={ctx} />
        <RadioGroup f={f} path="kind" legend="portal.apply.kind" options={props.kinds} />
        <RadioGroup
          f={f}
          path="language"
          legend="portal.apply.language"
          options={[
            { value: 'kk', label: t('case.lang_kk') },
            { value: 'ru', label: t('case.lang_ru') },
          ]}
        />
        <p class="hint">{t('portal.apply.language_hint')}</p>
        {props.office ? (
          <>
            <input type="hidden" name="officeCode" value={props.office.code} />
            <p>{t('portal.apply.office_chosen', { office: props.office.name })}</p>
          </>
        ) : (
          <div class={props.errors.officeCode ? 'field field-error' : 'field'} id={fieldId('officeCode')}>
            <TerritoryUnitSelect
              ctx={ctx}
              groups={props.territory}
              value={props.values[TERRITORY_UNIT_PATH] ?? ''}
              warning={null}
            />
          </div>
        )}
        <button type="submit" class="button">
          {t('portal.apply.start')}
        </button>
      </form>
    </>
  );
}

export interface ApplyStepProps {
  ctx: ViewContext;
  kind: string;
  kindName: string;
  step: ApplyStep;
  values: Readonly<Record<string, string>>;
  errors: Readonly<Record<string, string>>;
  confessions: readonly { id: string; name: string }[];
  memberRows: number;
  materialRows: number;
  territory: readonly TerritoryGroup[];
  /** documents: the items a scan may show, the scans sent so far and the limits. */
  scanItems: readonly ScanItemChoice[];
  scans: readonly { fileName: string; item: string; size: number }[];
  scanLimits: { maxBytes: number; maxPerCase: number };
  fileNames: Readonly<Record<string, string>>;
}

const STEP_TITLES: Record<ApplyStep, MessageKey> = {
  applicant: 'portal.step.applicant',
  activity: 'portal.step.activity',
  associations: 'portal.step.associations',
  materials: 'portal.step.materials',
  representative: 'portal.step.representative',
  documents: 'portal.step.documents',
  contact: 'portal.step.contact',
  group: 'portal.step.group',
  leader: 'portal.step.leader',
  members: 'portal.step.members',
  premises: 'portal.step.premises',
};

export const stepTitle = (ctx: ViewContext, step: ApplyStep) => ctx.t(STEP_TITLES[step]);

export function ApplyStepPage(props: ApplyStepProps) {
  const { ctx, step } = props;
  const t = ctx.t;
  const f: FormState = { ctx, values: props.values, errors: props.errors };
  const steps = stepsOf(props.kind);
  const n = steps.indexOf(step) + 1;
  const multipart = step === 'documents';
  return (
    <>
      <p class="hint">
        {props.kindName} · {t('portal.apply.progress', { n, of: steps.length })}
      </p>
      <h1>{stepTitle(ctx, step)}</h1>
      <ErrorSummary ctx={ctx} errors={intakeErrors(t, props.errors)} />
      <form
        method="post"
        action={href(ctx.lang, `/apply/${step}`)}
        class="form intake-form"
        novalidate
        enctype={multipart ? 'multipart/form-data' : undefined}
      >
        <CsrfInput ctx={ctx} />
        <StepFields {...props} f={f} />
        <div class="button-row">
          <button type="submit" name="go" value="next" class="button">
            {t(step === 'documents' ? 'portal.apply.upload_continue' : 'portal.apply.save_continue')}
          </button>
          <button type="submit" name="go" value="back" class="button button-secondary" formnovalidate>
            {t('portal.apply.save_back')}
          </button>
        </div>
      </form>
    </>
  );
}

function StepFields(props: ApplyStepProps & { f: FormState }) {
  const { f, ctx } = props;
  const t = ctx.t;
  switch (props.step) {
    case 'applicant':
      return (
        <>
          <p class="lead">{t('portal.help.applicant')}</p>
          <PersonFields f={f} prefix="applicant" opts={{ issuer: true, migration: true }} />
          <TextInput f={f} path="address" labelKey="intake.f.address" hint="portal.help.address" />
        </>
      );
    case 'activity':
      return (
        <>
          <Affiliation f={f} confessions={props.confessions} />
          <div class="intake-row">
            <TextInput f={f} path="term.from" labelKey="intake.f.term_from" type="date" />
            <TextInput f={f} path="term.to" labelKey="intake.f.term_to" type="date" />
          </div>
          <TextInput f={f} path="territory" labelKey="intake.f.territory" hint="portal.help.territory" />
          <TerritoryUnitSelect
            ctx={ctx}
            groups={props.territory}
            value={f.values[TERRITORY_UNIT_PATH] ?? ''}
            warning={null}
          />
        </>
      );
    case 'associations':
      return (
        <>
          <Group f={f} path="sendingAssociation" legend={t('intake.s.sending')}>
            <TextInput f={f} path="sendingAssociation.name" labelKey="intake.f.association_name" />
            <TextInput
              f={f}
              path="sendingAssociation.country"
              labelKey="intake.f.association_country"
              hint="intake.hint.citizenship"
            />
            <TextInput
              f={f}
              path="sendingAssociation.registrationDocument.title"
              labelKey="intake.f.registration_title"
            />
            <TextInput
              f={f}
              path="sendingAssociation.registrationDocument.number"
              labelKey="intake.f.registration_number"
            />
            <TextInput
              f={f}
              path="sendingAssociation.registrationDocument.date"
              labelKey="intake.f.registration_date"
              type="date"
            />
          </Group>
          <Group f={f} path="mandate" legend={t('intake.s.mandate')}>
            <TextInput f={f} path="mandate.title" labelKey="intake.f.mandate_title" />
            <TextInput f={f} path="mandate.number" labelKey="intake.f.mandate_number" />
            <TextInput f={f} path="mandate.date" labelKey="intake.f.mandate_date" type="date" />
            <TextInput f={f} path="mandate.validUntil" labelKey="intake.f.mandate_valid_until" type="date" />
          </Group>
          <Group f={f} path="invitingAssociation" legend={t('intake.s.inviting')}>
            <TextInput f={f} path="invitingAssociation.name" labelKey="intake.f.association_name" />
            <TextInput f={f} path="invitingAssociation.bin" labelKey="intake.f.bin" />
          </Group>
        </>
      );
    case 'materials':
      return (
        <>
          <p class="lead">{t('portal.help.materials')}</p>
          <input type="hidden" name="materialRows" value={String(props.materialRows)} />
          {Array.from({ length: props.materialRows }, (_, i) => (
            <fieldset class="intake-line" key={i}>
              <legend>{t('intake.material_n', { n: i + 1 })}</legend>
              <TextInput f={f} path={`materials.${i}.title`} labelKey="intake.f.material_title" />
              <SelectInput
                f={f}
                path={`materials.${i}.kind`}
                labelKey="intake.f.material_kind"
                options={MATERIAL_KINDS.map((k) => ({ value: k, label: t(`intake.material_kind.${k}`) }))}
              />
              <TextInput f={f} path={`materials.${i}.language`} labelKey="intake.f.material_language" />
              <TextInput
                f={f}
                path={`materials.${i}.quantity`}
                labelKey="intake.f.material_quantity"
                type="number"
              />
            </fieldset>
          ))}
          <button type="submit" name="go" value="more" class="button button-secondary" formnovalidate>
            {t('intake.more_materials')}
          </button>
        </>
      );
    case 'representative':
      return (
        <>
          <p class="lead">{t('portal.help.representative')}</p>
          <RepresentativeFields f={f} />
        </>
      );
    case 'documents':
      return (
        <>
          <p class="lead">{t('portal.help.documents')}</p>
          <p class="hint">
            {t('scans.hint', {
              size: sizeText(ctx, props.scanLimits.maxBytes),
              count: props.scanLimits.maxPerCase,
              left: Math.max(0, props.scanLimits.maxPerCase - props.scans.length),
            })}
          </p>
          {props.scans.length > 0 && (
            <>
              <h2>{t('portal.apply.scans_sent')}</h2>
              <ul id="scans-sent">
                {props.scans.map((s, i) => (
                  <li key={i}>
                    {s.fileName} — {s.item} ({sizeText(ctx, s.size)})
                  </li>
                ))}
              </ul>
            </>
          )}
          <ScanUploadRow
            ctx={ctx}
            itemPath="scans.item"
            filePath="scans.file"
            items={props.scanItems}
            chosen={f.values['scans.item']}
            errors={props.errors}
            fileNames={props.fileNames}
          />
        </>
      );
    case 'contact':
      return (
        <>
          <p class="lead">{t('portal.help.contact')}</p>
          <TextInput f={f} path="contact.email" labelKey="portal.f.email" autocomplete="email" />
          <TextInput
            f={f}
            path="contact.phone"
            labelKey="portal.f.phone"
            hint="portal.help.phone"
            autocomplete="tel"
          />
          <Group f={f} path="consent-group" legend={t('intake.s.consent')}>
            <p>{t('portal.help.consent')}</p>
            <CheckInput f={f} path="consent" labelKey="intake.f.consent" />
          </Group>
        </>
      );
    case 'group':
      return (
        <>
          <TextInput f={f} path="groupName" labelKey="intake.f.group_name" />
          <Affiliation f={f} confessions={props.confessions} />
          <TextInput f={f} path="location" labelKey="intake.f.location" />
          <TextInput f={f} path="territory" labelKey="intake.f.territory" hint="portal.help.territory" />
          <TerritoryUnitSelect
            ctx={ctx}
            groups={props.territory}
            value={f.values[TERRITORY_UNIT_PATH] ?? ''}
            warning={null}
          />
          <CheckInput f={f} path="religiousBuilding.has" labelKey="intake.f.has_building" />
          <TextInput f={f} path="religiousBuilding.address" labelKey="intake.f.building_address" />
          <TextInput f={f} path="adultMemberCount" labelKey="intake.f.adult_member_count" type="number" />
        </>
      );
    case 'leader':
      return <PersonFields f={f} prefix="leader" />;
    case 'members':
      return (
        <>
          <p class="lead">{t('portal.help.members')}</p>
          <input type="hidden" name="memberRows" value={String(props.memberRows)} />
          {Array.from({ length: props.memberRows }, (_, i) => (
            <fieldset class="intake-line" key={i} id={`f-members-${i}`}>
              <legend>{t('intake.member_n', { n: i + 1 })}</legend>
              <PersonFields f={f} prefix={`members.${i}`} />
            </fieldset>
          ))}
          <button type="submit" name="go" value="more" class="button button-secondary" formnovalidate>
            {t('intake.more_members')}
          </button>
        </>
      );
    case 'premises':
      return (
        <>
          <SelectInput
            f={f}
            path="premises.documentKind"
            labelKey="intake.f.premises_kind"
            options={PREMISES_KINDS.map((k) => ({ value: k, label: t(`intake.premises_kind.${k}`) }))}
          />
          <TextInput f={f} path="premises.documentNumber" labelKey="intake.f.premises_number" />
          <TextInput f={f} path="premises.documentDate" labelKey="intake.f.premises_date" type="date" />
          <RadioGroup
            f={f}
            path="premises.owner.kind"
            legend="intake.f.owner_kind"
            options={[
              { value: 'natural-person', label: t('intake.f.owner_natural') },
              { value: 'legal-entity', label: t('intake.f.owner_legal') },
            ]}
          />
          <Group f={f} path="premises.owner.person" legend={t('portal.apply.owner_person')}>
            <PersonFields f={f} prefix="premises.owner.person" opts={{ noDocument: true }} />
            <TextInput f={f} path="premises.consentDate" labelKey="intake.f.consent_date" type="date" />
          </Group>
          <Group f={f} path="premises.owner.legal" legend={t('portal.apply.owner_legal')}>
            <TextInput f={f} path="premises.owner.name" labelKey="intake.f.owner_name" />
            <TextInput f={f} path="premises.owner.bin" labelKey="intake.f.owner_bin" />
          </Group>
        </>
      );
  }
}

export interface ApplyCheckProps {
  ctx: ViewContext;
  kind: string;
  kindName: string;
  language: 'kk' | 'ru';
  officeName: string;
  /** The answers by step, as label and value, empty ones left out. */
  sections: readonly { step: ApplyStep; rows: readonly { label: string; value: string }[] }[];
  scans: readonly { fileName: string; item: string }[];
  errors: Readonly<Record<string, string>>;
  sendKey: string;
}

export function ApplyCheckPage(props: ApplyCheckProps) {
  const { ctx } = props;
  const t = ctx.t;
  // An error links to the field on its own page, where it is shown again beside the field.
  const errors = Object.entries(props.errors).map(([path, code]) => {
    const step = stepOfPath(props.kind, path);
    return {
      message: `${fieldLabel(t, path)}: ${intakeMessage(t, code)}`,
      href: step ? `${href(ctx.lang, `/apply/${step}`)}?errors=1#${fieldId(path)}` : `#${fieldId(path)}`,
    };
  });
  return (
    <>
      <h1>{t('portal.check.title')}</h1>
      <p class="lead">{t('portal.check.lead')}</p>
      {errors.length > 0 && (
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
          <h2 id="error-summary-title">{t('form.errors_title')}</h2>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>
                <a href={e.href}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <dl class="summary-list">
        <div>
          <dt>{t('portal.apply.kind')}</dt>
          <dd>{props.kindName}</dd>
        </div>
        <div>
          <dt>{t('portal.apply.language')}</dt>
          <dd>{t(props.language === 'kk' ? 'case.lang_kk' : 'case.lang_ru')}</dd>
        </div>
        <div>
          <dt>{t('portal.check.office')}</dt>
          <dd>{props.officeName}</dd>
        </div>
      </dl>
      {props.sections.map((s) => (
        <section key={s.step} aria-labelledby={`check-${s.step}`}>
          <h2 id={`check-${s.step}`}>{stepTitle(ctx, s.step)}</h2>
          {s.step === 'documents' ? (
            props.scans.length ? (
              <ul>
                {props.scans.map((x, i) => (
                  <li key={i}>
                    {x.fileName} — {x.item}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('portal.check.no_scans')}</p>
            )
          ) : s.rows.length ? (
            <dl class="summary-list">
              {s.rows.map((r, i) => (
                <div key={i}>
                  <dt>{r.label}</dt>
                  <dd>{r.value}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p>{t('portal.check.nothing')}</p>
          )}
          <p>
            <a href={href(ctx.lang, `/apply/${s.step}`)}>
              {t('portal.check.change')}
              <span class="visually-hidden"> {stepTitle(ctx, s.step)}</span>
            </a>
          </p>
        </section>
      ))}
      <form method="post" action={href(ctx.lang, '/apply/send')} class="form" novalidate>
        <CsrfInput ctx={ctx} />
        <input type="hidden" name="key" value={props.sendKey} />
        <p>{t('portal.check.declaration')}</p>
        <button type="submit" class="button">
          {t('portal.check.send')}
        </button>
      </form>
    </>
  );
}

/** Label and value rows of the answers of one step (non-empty ones; checkboxes as yes). */
export function answerRows(
  ctx: ViewContext,
  step: ApplyStep,
  answers: Readonly<Record<string, string>>,
  prefixes: readonly string[],
) {
  return Object.entries(answers)
    .filter(([k, v]) => v.trim() !== '' && prefixes.some((p) => k === p || k.startsWith(`${p}.`)))
    .filter(([k]) => !/(^|\.)kind$/.test(k) || step === 'premises')
    .map(([k, v]) => ({ label: fieldLabel(ctx.t, k), value: v === 'on' ? ctx.t('portal.check.yes') : v }));
}

export interface ApplySentProps {
  ctx: ViewContext;
  trackingCode: string;
  accessCode: string;
  office: { name: string; address: string | null; phones: readonly string[] };
  pdfHref: string;
}

export function ApplySentPage(props: ApplySentProps) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <>
      <div class="notice notice-success" role="status">
        <h1>{t('portal.sent.title')}</h1>
        <p>{t('portal.sent.tracking')}</p>
        <p class="code-display" id="tracking-code">
          <strong>{props.trackingCode}</strong>
        </p>
        <p>{t('portal.sent.access')}</p>
        <p class="code-display" id="access-code">
          <strong>{props.accessCode}</strong>
        </p>
      </div>
      <Notice kind="warning">
        <p>{t('portal.sent.keep_codes')}</p>
      </Notice>
      <p>
        <a href={props.pdfHref} id="application-pdf">
          {t('portal.sent.pdf')}
        </a>
      </p>
      <h2>{t('portal.sent.next_title')}</h2>
      <ol>
        <li>{t('portal.sent.next_visit', { office: props.office.name })}</li>
        <li>{t('portal.sent.next_bring')}</li>
        <li>{t('portal.sent.next_stamp')}</li>
      </ol>
      {props.office.address && <p>{t('portal.sent.address', { address: props.office.address })}</p>}
      {props.office.phones.length > 0 && (
        <p>{t('portal.sent.phones', { phones: props.office.phones.join(', ') })}</p>
      )}
      <p>
        <a href={href(ctx.lang, '/track')}>{t('portal.sent.track')}</a>
      </p>
    </>
  );
}
