// §11, §13: the clerk enters the application handed in at the counter — annex 7 (a missionary) or
// annex 8 (a group) with the parties of domain.md §2, the §11.1 materials, the application's
// language and the applicant's consent. Works without JavaScript: a fixed number of rows for
// members and materials, and a "more rows" button that sends the form back with more.
import { href, type ViewContext } from '../view-context.js';
import { CsrfInput, ErrorSummary } from '../components/form.js';
import { intakeErrors, intakeMessage } from '../components/case-field-labels.js';
import { ScanUploadRow, sizeText, type ScanItemChoice } from '../components/case-records.js';
import {
  TERRITORY_UNIT_PATH,
  TerritoryUnitSelect,
  type TerritoryGroup,
} from '../components/territory-unit-select.js';
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
} from '../components/case-intake-fields.js';

export interface CaseIntakePageProps {
  ctx: ViewContext;
  kind: string;
  kindName: string;
  values: Record<string, string>;
  /** Field path → error code, from the validators. */
  errors: Record<string, string>;
  memberRows: number;
  materialRows: number;
  confessions: readonly { id: string; name: string }[];
  /** §11: the optional scans — the items they may show, how many rows, the limits. */
  scanItems: readonly ScanItemChoice[];
  scanRows: number;
  scanLimits: { maxBytes: number; maxPerCase: number };
  /** A refused file's name, by its field. */
  fileNames: Readonly<Record<string, string>>;
  /** Files were chosen but the form came back: they must be chosen again. */
  scansDropped: boolean;
  /** §1, §13: the territory of activity by the directory, and the competent office if not this one. */
  territory?: { groups: readonly TerritoryGroup[]; warning: { name: string; code: string } | null };
}

export function CaseIntakePage(props: CaseIntakePageProps) {
  const { ctx } = props;
  const f: FormState = { ctx, values: props.values, errors: props.errors };
  const missionary = props.kind.startsWith('missionary');
  const t = ctx.t;
  return (
    <>
      <h1>{props.kindName}</h1>
      <p class="lead">{t('intake.lead')}</p>
      <ErrorSummary
        ctx={ctx}
        errors={intakeErrors(t, props.errors).map((e, i) => {
          const name = props.fileNames[Object.keys(props.errors)[i]!];
          return name ? { ...e, message: `«${name}» — ${e.message}` } : e;
        })}
      />
      <form
        method="post"
        action={href(ctx.lang, '/staff/cases/new')}
        enctype="multipart/form-data"
        class="form intake-form"
        novalidate
      >
        <CsrfInput ctx={ctx} />
        <input type="hidden" name="kind" value={props.kind} />
        <input type="hidden" name="key" value={props.values.key ?? ''} />
        <input type="hidden" name="memberRows" value={String(props.memberRows)} />
        <input type="hidden" name="materialRows" value={String(props.materialRows)} />
        <Group f={f} path="application" legend={t('intake.s.application')}>
          <TextInput f={f} path="applicationDate" labelKey="intake.f.application_date" type="date" />
        </Group>
        {missionary ? <MissionaryFields {...props} f={f} /> : <GroupFields {...props} f={f} />}
        <RepresentativeFields f={f} />
        <ScanFields {...props} />
        <Group f={f} path="closing" legend={t('intake.s.consent')}>
          <RadioGroup
            f={f}
            path="language"
            legend="intake.f.language"
            options={[
              { value: 'kk', label: t('case.lang_kk') },
              { value: 'ru', label: t('case.lang_ru') },
            ]}
          />
          <CheckInput f={f} path="consent" labelKey="intake.f.consent" />
        </Group>
        <Group f={f} path="contact" legend={t('notify.intake.legend')} hint="notify.intake.hint">
          <TextInput
            f={f}
            path="contactEmail"
            labelKey="notify.intake.email"
            type="email"
            autocomplete="off"
          />
          <TextInput
            f={f}
            path="contactPhone"
            labelKey="notify.intake.phone"
            type="tel"
            hint="notify.intake.phone_hint"
          />
          <CheckInput f={f} path="contactConsent" labelKey="notify.intake.consent" />
        </Group>
        <button type="submit" class="button">
          {t('intake.submit')}
        </button>
      </form>
    </>
  );
}

/** §11: scans of the documents handed in, optional; each row takes several files of one item. */
function ScanFields(props: CaseIntakePageProps) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <fieldset class="intake-group" id="f-scans">
      <legend>{t('intake.s.scans')}</legend>
      <p class="hint">
        {t('scans.hint', {
          size: sizeText(ctx, props.scanLimits.maxBytes),
          count: props.scanLimits.maxPerCase,
          left: props.scanLimits.maxPerCase,
        })}
      </p>
      {props.scansDropped && <p class="hint">{t('scans.choose_again')}</p>}
      {Array.from({ length: props.scanRows }, (_, i) => (
        <fieldset class="intake-line scan-line" key={i}>
          <legend>{t('intake.scan_n', { n: i + 1 })}</legend>
          <ScanUploadRow
            ctx={ctx}
            itemPath={`scans.${i}.item`}
            filePath={`scans.${i}.file`}
            items={props.scanItems}
            chosen={props.values[`scans.${i}.item`]}
            errors={props.errors}
            fileNames={props.fileNames}
          />
        </fieldset>
      ))}
    </fieldset>
  );
}

export function Affiliation({
  f,
  confessions,
}: {
  f: FormState;
  confessions: CaseIntakePageProps['confessions'];
}) {
  // The select carries the id of the path `affiliation`, which the validator's errors name.
  const id = 'f-affiliation';
  const error = f.errors.affiliation;
  return (
    <>
      <div class={error ? 'field field-error' : 'field'}>
        <label for={id}>{f.ctx.t('intake.f.affiliation')}</label>
        {error && (
          <p class="error-message" id={`${id}-error`}>
            {intakeMessage(f.ctx.t, error)}
          </p>
        )}
        <select id={id} name="affiliation.confession" aria-invalid={error ? 'true' : undefined}>
          <option value="">{f.ctx.t('intake.choose')}</option>
          {confessions.map((c) => (
            <option key={c.id} value={c.id} selected={f.values['affiliation.confession'] === c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <TextInput f={f} path="affiliation.otherText" labelKey="intake.f.affiliation_other" />
    </>
  );
}

function MissionaryFields(props: CaseIntakePageProps & { f: FormState }) {
  const { f } = props;
  const t = f.ctx.t;
  return (
    <>
      <Group f={f} path="applicant" legend={t('intake.s.applicant')}>
        <PersonFields f={f} prefix="applicant" opts={{ issuer: true, migration: true }} />
        <TextInput f={f} path="address" labelKey="intake.f.address" />
      </Group>
      <Group f={f} path="activity" legend={t('intake.s.activity')}>
        <Affiliation f={f} confessions={props.confessions} />
        <div class="intake-row">
          <TextInput f={f} path="term.from" labelKey="intake.f.term_from" type="date" />
          <TextInput f={f} path="term.to" labelKey="intake.f.term_to" type="date" />
        </div>
        <TextInput f={f} path="territory" labelKey="intake.f.territory" />
        {props.territory && (
          <TerritoryUnitSelect
            ctx={f.ctx}
            groups={props.territory.groups}
            value={f.values[TERRITORY_UNIT_PATH] ?? ''}
            warning={props.territory.warning}
          />
        )}
      </Group>
      <Group f={f} path="sendingAssociation" legend={t('intake.s.sending')}>
        <div class="intake-row">
          <TextInput f={f} path="sendingAssociation.name" labelKey="intake.f.association_name" />
          <TextInput
            f={f}
            path="sendingAssociation.country"
            labelKey="intake.f.association_country"
            hint="intake.hint.citizenship"
          />
        </div>
        <div class="intake-row">
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
        </div>
      </Group>
      <Group f={f} path="mandate" legend={t('intake.s.mandate')}>
        <div class="intake-row">
          <TextInput f={f} path="mandate.title" labelKey="intake.f.mandate_title" />
          <TextInput f={f} path="mandate.number" labelKey="intake.f.mandate_number" />
          <TextInput f={f} path="mandate.date" labelKey="intake.f.mandate_date" type="date" />
          <TextInput f={f} path="mandate.validUntil" labelKey="intake.f.mandate_valid_until" type="date" />
        </div>
      </Group>
      <Group f={f} path="invitingAssociation" legend={t('intake.s.inviting')}>
        <div class="intake-row">
          <TextInput f={f} path="invitingAssociation.name" labelKey="intake.f.association_name" />
          <TextInput f={f} path="invitingAssociation.bin" labelKey="intake.f.bin" />
        </div>
      </Group>
      <Group f={f} path="materials" legend={t('intake.s.materials')} hint="intake.hint.rows">
        {Array.from({ length: props.materialRows }, (_, i) => (
          <fieldset class="intake-line" key={i}>
            <legend>{t('intake.material_n', { n: i + 1 })}</legend>
            <div class="intake-row">
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
            </div>
          </fieldset>
        ))}
        <button type="submit" name="more" value="materials" class="button button-secondary" formnovalidate>
          {t('intake.more_materials')}
        </button>
      </Group>
    </>
  );
}

function GroupFields(props: CaseIntakePageProps & { f: FormState }) {
  const { f } = props;
  const t = f.ctx.t;
  return (
    <>
      <Group f={f} path="group" legend={t('intake.s.group')}>
        <TextInput f={f} path="groupName" labelKey="intake.f.group_name" />
        <Affiliation f={f} confessions={props.confessions} />
        <TextInput f={f} path="location" labelKey="intake.f.location" />
        <TextInput f={f} path="territory" labelKey="intake.f.territory" />
        {props.territory && (
          <TerritoryUnitSelect
            ctx={f.ctx}
            groups={props.territory.groups}
            value={f.values[TERRITORY_UNIT_PATH] ?? ''}
            warning={props.territory.warning}
          />
        )}
        <CheckInput f={f} path="religiousBuilding.has" labelKey="intake.f.has_building" />
        <TextInput f={f} path="religiousBuilding.address" labelKey="intake.f.building_address" />
        <TextInput f={f} path="adultMemberCount" labelKey="intake.f.adult_member_count" type="number" />
      </Group>
      <Group f={f} path="leader" legend={t('intake.s.leader')}>
        <PersonFields f={f} prefix="leader" />
      </Group>
      <Group f={f} path="members" legend={t('intake.s.members')} hint="intake.hint.rows">
        {Array.from({ length: props.memberRows }, (_, i) => (
          <fieldset class="intake-line" key={i} id={`f-members-${i}`}>
            <legend>{t('intake.member_n', { n: i + 1 })}</legend>
            <PersonFields f={f} prefix={`members.${i}`} />
          </fieldset>
        ))}
        <button type="submit" name="more" value="members" class="button button-secondary" formnovalidate>
          {t('intake.more_members')}
        </button>
      </Group>
      <Group f={f} path="premises" legend={t('intake.s.premises')}>
        <div class="intake-row">
          <SelectInput
            f={f}
            path="premises.documentKind"
            labelKey="intake.f.premises_kind"
            options={PREMISES_KINDS.map((k) => ({ value: k, label: t(`intake.premises_kind.${k}`) }))}
          />
          <TextInput f={f} path="premises.documentNumber" labelKey="intake.f.premises_number" />
          <TextInput f={f} path="premises.documentDate" labelKey="intake.f.premises_date" type="date" />
        </div>
        <RadioGroup
          f={f}
          path="premises.owner.kind"
          legend="intake.f.owner_kind"
          options={[
            { value: 'natural-person', label: t('intake.f.owner_natural') },
            { value: 'legal-entity', label: t('intake.f.owner_legal') },
          ]}
        />
        <Group f={f} path="premises.owner" legend={t('intake.s.owner')}>
          {/* Without JavaScript both parts are shown; the choice above says which one counts. */}
          <PersonFields f={f} prefix="premises.owner.person" opts={{ noDocument: true }} />
          <TextInput f={f} path="premises.consentDate" labelKey="intake.f.consent_date" type="date" />
          <div class="intake-row">
            <TextInput f={f} path="premises.owner.name" labelKey="intake.f.owner_name" />
            <TextInput f={f} path="premises.owner.bin" labelKey="intake.f.owner_bin" />
          </div>
        </Group>
      </Group>
    </>
  );
}

/** Without a kind: the four kinds of application (§4 of domain.md), one link each. */
export function CaseKindChooser({
  ctx,
  kinds,
}: {
  ctx: ViewContext;
  kinds: { kind: string; name: string }[];
}) {
  return (
    <>
      <h1>{ctx.t('intake.choose_kind')}</h1>
      <ul class="link-list">
        {kinds.map((k) => (
          <li key={k.kind}>
            <a href={`${href(ctx.lang, '/staff/cases/new')}?kind=${k.kind}`}>{k.name}</a>
          </li>
        ))}
      </ul>
      <p>
        <a href={href(ctx.lang, '/staff/cases/online')}>{ctx.t('portal.staff.link')}</a>
      </p>
    </>
  );
}
