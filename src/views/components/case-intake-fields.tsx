// The controls of the intake form (annexes 7, 8): each is named by its field path, keeps what was
// typed, and shows its own error beside it (the summary at the top links here by id).
import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../i18n/catalogue.js';
import type { ViewContext } from '../view-context.js';
import { fieldId, intakeMessage } from './case-field-labels.js';

/** What every control needs: the page, the values as typed and the errors by field path. */
export interface FormState {
  ctx: ViewContext;
  values: Readonly<Record<string, string>>;
  errors: Readonly<Record<string, string>>;
}

export const IDENTITY_DOCUMENT_KINDS = [
  'kz-id-card',
  'kz-passport',
  'foreign-passport',
  'residence-permit',
  'stateless-certificate',
  'other',
] as const;
export const MATERIAL_KINDS = ['book', 'printed', 'audio', 'video', 'other'] as const;
export const PREMISES_KINDS = ['lease-contract', 'purchase-contract', 'registered-title'] as const;

function ErrorText({ f, path }: { f: FormState; path: string }) {
  const code = f.errors[path];
  if (!code) return null;
  return (
    <p class="error-message" id={`${fieldId(path)}-error`}>
      {intakeMessage(f.ctx.t, code)}
    </p>
  );
}

export function TextInput(props: {
  f: FormState;
  path: string;
  labelKey: MessageKey;
  type?: 'text' | 'date' | 'number' | 'email' | 'tel';
  hint?: MessageKey;
  autocomplete?: string;
}) {
  const { f, path } = props;
  const id = fieldId(path);
  const error = f.errors[path];
  const describedBy = [props.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id}>{f.ctx.t(props.labelKey)}</label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {f.ctx.t(props.hint)}
        </p>
      )}
      <ErrorText f={f} path={path} />
      <input
        id={id}
        name={path}
        type={props.type ?? 'text'}
        value={f.values[path] ?? ''}
        autocomplete={props.autocomplete ?? 'off'}
        min={props.type === 'number' ? '0' : undefined}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy.join(' ') || undefined}
      />
    </div>
  );
}

export function SelectInput(props: {
  f: FormState;
  path: string;
  labelKey: MessageKey;
  options: readonly { value: string; label: string }[];
  /** Offer an empty first choice ("Choose…"). */
  blank?: boolean;
}) {
  const { f, path } = props;
  const id = fieldId(path);
  const error = f.errors[path];
  const value = f.values[path] ?? '';
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id}>{f.ctx.t(props.labelKey)}</label>
      <ErrorText f={f} path={path} />
      <select
        id={id}
        name={path}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {props.blank && <option value="">{f.ctx.t('intake.choose')}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckInput({ f, path, labelKey }: { f: FormState; path: string; labelKey: MessageKey }) {
  const id = fieldId(path);
  const error = f.errors[path];
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <ErrorText f={f} path={path} />
      <div class="check">
        <input
          type="checkbox"
          id={id}
          name={path}
          value="on"
          checked={f.values[path] === 'on'}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <label for={id}>{f.ctx.t(labelKey)}</label>
      </div>
    </div>
  );
}

export function RadioGroup(props: {
  f: FormState;
  path: string;
  legend: MessageKey;
  options: readonly { value: string; label: string }[];
}) {
  const { f, path } = props;
  const id = fieldId(path);
  const error = f.errors[path];
  return (
    <fieldset id={id} class={error ? 'field field-error' : 'field'}>
      <legend>{f.ctx.t(props.legend)}</legend>
      <ErrorText f={f} path={path} />
      {props.options.map((o) => (
        <div class="check" key={o.value}>
          <input
            type="radio"
            id={`${id}-${o.value}`}
            name={path}
            value={o.value}
            checked={f.values[path] === o.value}
          />
          <label for={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** A titled group of controls; its id lets an error about the whole group (e.g. a missing
 *  identity document) be linked from the summary. */
export function Group(props: {
  f: FormState;
  path: string;
  legend: string;
  children: ComponentChildren;
  hint?: MessageKey;
}) {
  return (
    <fieldset id={fieldId(props.path)} class="intake-group">
      <legend>{props.legend}</legend>
      {props.hint && <p class="hint">{props.f.ctx.t(props.hint)}</p>}
      <ErrorText f={props.f} path={props.path} />
      {props.children}
    </fieldset>
  );
}

export interface PersonOptions {
  /** Annex 7 asks the missionary for the issuing body of the document. */
  issuer?: boolean;
  /** §11.1: a foreign missionary's migration registration. */
  migration?: boolean;
  /** The premises owner: a name and identity, no document needed. */
  noDocument?: boolean;
}

/** domain.md §2: a person — names (Cyrillic, and the passport's Latin spelling for a foreigner),
 *  citizenship, IIN or a document, and for a foreign missionary the migration registration. */
export function PersonFields({
  f,
  prefix,
  opts = {},
}: {
  f: FormState;
  prefix: string;
  opts?: PersonOptions;
}) {
  const p = (s: string) => `${prefix}.${s}`;
  const t = f.ctx.t;
  return (
    <>
      <div class="intake-row">
        <TextInput f={f} path={p('surname')} labelKey="intake.f.surname" />
        <TextInput f={f} path={p('name')} labelKey="intake.f.name" />
        <TextInput f={f} path={p('patronymic')} labelKey="intake.f.patronymic" />
      </div>
      {!opts.noDocument && (
        <div class="intake-row">
          <TextInput
            f={f}
            path={p('latinSurname')}
            labelKey="intake.f.latin_surname"
            hint="intake.hint.latin"
          />
          <TextInput
            f={f}
            path={p('latinGivenNames')}
            labelKey="intake.f.latin_given_names"
            hint="intake.hint.latin"
          />
        </div>
      )}
      <div class="intake-row">
        <TextInput
          f={f}
          path={p('citizenship')}
          labelKey="intake.f.citizenship"
          hint="intake.hint.citizenship"
        />
        <TextInput f={f} path={p('birthDate')} labelKey="intake.f.birth_date" type="date" />
        <TextInput f={f} path={p('iin')} labelKey="intake.f.iin" />
      </div>
      {!opts.noDocument && (
        <Group f={f} path={p('identityDocument')} legend={t('intake.s.identity_document')}>
          <div class="intake-row">
            <SelectInput
              f={f}
              path={p('identityDocument.kind')}
              labelKey="intake.f.doc_kind"
              options={IDENTITY_DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`intake.doc_kind.${k}`) }))}
            />
            <TextInput f={f} path={p('identityDocument.number')} labelKey="intake.f.doc_number" />
            <TextInput f={f} path={p('identityDocument.country')} labelKey="intake.f.doc_country" />
          </div>
          <div class="intake-row">
            <TextInput
              f={f}
              path={p('identityDocument.issueDate')}
              labelKey="intake.f.doc_issue_date"
              type="date"
            />
            <TextInput
              f={f}
              path={p('identityDocument.expiryDate')}
              labelKey="intake.f.doc_expiry_date"
              type="date"
            />
            {opts.issuer && (
              <TextInput f={f} path={p('identityDocument.issuer')} labelKey="intake.f.doc_issuer" />
            )}
          </div>
        </Group>
      )}
      {opts.migration && (
        <Group f={f} path={p('migrationRegistration')} legend={t('intake.s.migration')}>
          <div class="intake-row">
            <TextInput f={f} path={p('migrationRegistration.number')} labelKey="intake.f.migration_number" />
            <TextInput
              f={f}
              path={p('migrationRegistration.date')}
              labelKey="intake.f.migration_date"
              type="date"
            />
            <TextInput
              f={f}
              path={p('migrationRegistration.validUntil')}
              labelKey="intake.f.migration_valid_until"
              type="date"
            />
          </div>
        </Group>
      )}
    </>
  );
}

/** §11 (opening words), §15: a representative under a notarised power of attorney, if one acts. */
export function RepresentativeFields({ f }: { f: FormState }) {
  return (
    <Group f={f} path="representative" legend={f.ctx.t('intake.s.representative')}>
      <CheckInput f={f} path="representative.acts" labelKey="intake.f.representative_acts" />
      <PersonFields f={f} prefix="representative.person" />
      <Group f={f} path="representative.powerOfAttorney" legend={f.ctx.t('intake.s.power_of_attorney')}>
        <div class="intake-row">
          <TextInput f={f} path="representative.powerOfAttorney.number" labelKey="intake.f.poa_number" />
          <TextInput
            f={f}
            path="representative.powerOfAttorney.date"
            labelKey="intake.f.poa_date"
            type="date"
          />
          <TextInput f={f} path="representative.powerOfAttorney.notary" labelKey="intake.f.poa_notary" />
          <TextInput
            f={f}
            path="representative.powerOfAttorney.validUntil"
            labelKey="intake.f.poa_valid_until"
            type="date"
          />
        </div>
      </Group>
    </Group>
  );
}
