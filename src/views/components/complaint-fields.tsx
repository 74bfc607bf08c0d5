// The fields of the complaint forms (§20–25), staff and public: each with its label, its localized
// error and what was typed, so a refused form comes back whole (nothing typed is lost).
import type { MessageKey } from '../../i18n/catalogue.js';
import type { ViewContext } from '../view-context.js';
import type { FieldError } from './form.js';

export interface FormState {
  /** The form's id prefix, e.g. `register`, `answer`. */
  form: string;
  values: Readonly<Record<string, string>>;
  errors: Readonly<Record<string, string>>;
}

export type Spec =
  | { name: string; kind: 'text' | 'date' | 'tel'; hint?: boolean; autocomplete?: string; label?: MessageKey }
  | { name: string; kind: 'textarea'; label?: MessageKey }
  | { name: string; kind: 'checkbox'; label?: MessageKey }
  /** A file (§24's copy): never drawn back — a refused form asks for it again (scans.choose_again). */
  | { name: string; kind: 'file'; hint?: boolean; label?: MessageKey }
  | {
      name: string;
      kind: 'select' | 'radio';
      options: readonly { value: string; label: string }[];
      label?: MessageKey;
    };

// A file's refusals are the §11 scans' own (`field.file_*`), worded once for every form with files.
const errorText = (ctx: ViewContext, code: string) =>
  ctx.t((code.startsWith('file') ? `field.${code}` : `complaint.err.${code}`) as MessageKey);

/** The error summary's entries for a refused form. */
export function fieldErrors(
  ctx: ViewContext,
  s: FormState,
  labelOf = (name: string) => `complaint.f.${name}`,
): FieldError[] {
  return Object.entries(s.errors).map(([name, code]) => ({
    field: `${s.form}-${name}`,
    message: `${ctx.t(labelOf(name) as MessageKey)}: ${errorText(ctx, code)}`,
  }));
}

export function ComplaintField({ ctx, s, spec }: { ctx: ViewContext; s: FormState; spec: Spec }) {
  const id = `${s.form}-${spec.name}`;
  const code = s.errors[spec.name];
  const value = s.values[spec.name] ?? '';
  const label = ctx.t(spec.label ?? (`complaint.f.${spec.name}` as MessageKey));
  const hint = 'hint' in spec && spec.hint ? ctx.t(`complaint.f.${spec.name}_hint` as MessageKey) : null;
  const described = [hint ? `${id}-hint` : null, code ? `${id}-error` : null].filter(Boolean).join(' ');
  const aria = {
    'aria-invalid': code ? ('true' as const) : undefined,
    'aria-describedby': described || undefined,
  };
  const error = code ? (
    <p class="error-message" id={`${id}-error`}>
      {errorText(ctx, code)}
    </p>
  ) : null;
  const cls = code ? 'field field-error' : 'field';
  if (spec.kind === 'radio')
    return (
      <fieldset class={cls} id={id} {...aria}>
        <legend>{label}</legend>
        {error}
        {spec.options.map((o) => (
          <div class="radio" key={o.value}>
            <input
              type="radio"
              id={`${id}-${o.value}`}
              name={spec.name}
              value={o.value}
              checked={value === o.value}
            />
            <label for={`${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </fieldset>
    );
  if (spec.kind === 'checkbox')
    return (
      <div class={cls}>
        {error}
        <input type="checkbox" id={id} name={spec.name} value="1" checked={value === '1'} {...aria} />
        <label for={id}>{label}</label>
      </div>
    );
  return (
    <div class={cls}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error}
      {spec.kind === 'select' ? (
        <select id={id} name={spec.name} {...aria}>
          <option value="">{ctx.t('complaint.choose')}</option>
          {spec.options.map((o) => (
            <option key={o.value} value={o.value} selected={value === o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : spec.kind === 'file' ? (
        <>
          {Object.keys(s.errors).length > 0 && <p class="hint">{ctx.t('scans.choose_again')}</p>}
          <input
            id={id}
            name={spec.name}
            type="file"
            accept="application/pdf,image/jpeg,image/png"
            {...aria}
          />
        </>
      ) : spec.kind === 'textarea' ? (
        <textarea id={id} name={spec.name} rows={8} {...aria}>
          {value}
        </textarea>
      ) : (
        <input
          id={id}
          name={spec.name}
          type={spec.kind}
          value={value}
          autocomplete={('autocomplete' in spec && spec.autocomplete) || 'off'}
          {...aria}
        />
      )}
    </div>
  );
}

/** Options from a list of values and the catalogue prefix of their labels. */
export function options(ctx: ViewContext, values: readonly string[], prefix: string) {
  return values.map((v) => ({ value: v, label: ctx.t(`${prefix}.${v}` as MessageKey) }));
}
