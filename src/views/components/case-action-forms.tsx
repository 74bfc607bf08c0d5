// One form per action this member of staff may take now (the one state table decides which, through
// readCase's `available`). Each carries the version of the case the page showed (a concurrent change
// is detected, not overwritten) and its own idempotency key (a double click acts once).
import type { ComponentChildren } from 'preact';
import { href, type ViewContext } from '../view-context.js';
import { CsrfInput } from './form.js';
import { STAFF_COMMAND_KINDS } from '../../app/cases/build-case-action.js';
import type { MessageKey } from '../../i18n/catalogue.js';

/** The actions staff take through the pages (StaffCommand of build-case-action.ts). A transfer is
 *  received from the case page too, which the office it was sent to may read (§1, §13). */
export type StaffFormAction = (typeof STAFF_COMMAND_KINDS)[number];
export const STAFF_FORM_ACTIONS: readonly StaffFormAction[] = STAFF_COMMAND_KINDS;
// Acts that need nothing but the decision itself: one button each.
const BUTTON_ONLY: readonly StaffFormAction[] = [
  'take_for_review',
  'propose',
  'sign',
  'sign_refusal',
  'abandon',
  'receive_transfer',
];

export interface StampItem {
  id: string;
  name: string;
  alternatives: readonly { id: string; name: string }[];
}

export interface ActionFormsData {
  caseId: string;
  version: number;
  available: readonly string[];
  keys: Readonly<Record<string, string>>;
  /** §11: the items the checklist requires for this case's answers (the stamp's checklist). */
  stampItems: readonly StampItem[];
  /** §16: the items a refusal may name, those missing at the stamp preselected. */
  refusalItems: readonly { id: string; name: string; missing: boolean }[];
  /** Documents on file that a recipient may show at hand-over (§15), by reference, not number. */
  documents: readonly { id: string; label: string }[];
  powersOfAttorney: readonly { id: string; label: string }[];
  today: string;
  /** §1, §13: the competent office and the reason, when the case is at the wrong office. */
  transfer?: { toOfficeCode: string; reason: string } | null;
  /** The form that was refused: its kind, per-field codes and the values sent. */
  failed: {
    kind: string;
    fields: Readonly<Record<string, string>>;
    values: Readonly<Record<string, string[]>>;
  } | null;
}

export const actionFieldId = (kind: string, field: string) => `a-${kind}-${field}`;

type Props = { ctx: ViewContext; d: ActionFormsData; kind: StaffFormAction };

function ActionForm({ ctx, d, kind, children }: Props & { children?: ComponentChildren }) {
  return (
    <form
      method="post"
      action={href(ctx.lang, `/staff/cases/${d.caseId}/actions/${kind}`)}
      class={children ? 'case-action form' : 'case-action inline-action'}
    >
      <CsrfInput ctx={ctx} />
      <input type="hidden" name="version" value={String(d.version)} />
      <input type="hidden" name="key" value={d.keys[kind] ?? ''} />
      {children && <h3>{ctx.t(`case.action.${kind}`)}</h3>}
      {children}
      <button type="submit" class={children ? 'button' : 'button button-secondary'} id={`do-${kind}`}>
        {ctx.t(`case.action.${kind}`)}
      </button>
    </form>
  );
}

const sent = (d: ActionFormsData, kind: string, field: string): string[] | null =>
  d.failed?.kind === kind ? (d.failed.values[field] ?? []) : null;

function Err({ ctx, d, kind, field }: Props & { field: string }) {
  const code = d.failed?.kind === kind ? d.failed.fields[field] : undefined;
  if (!code) return null;
  return (
    <p class="error-message" id={`${actionFieldId(kind, field)}-error`}>
      {ctx.t(`field.${code}` as MessageKey)}
    </p>
  );
}

function Text(props: Props & { field: string; labelKey: MessageKey; type?: string; initial?: string }) {
  const { ctx, d, kind, field } = props;
  const id = actionFieldId(kind, field);
  const failed = d.failed?.kind === kind && d.failed.fields[field];
  return (
    <div class={failed ? 'field field-error' : 'field'}>
      <label for={id}>{ctx.t(props.labelKey)}</label>
      <Err {...props} />
      <input
        id={id}
        name={field}
        type={props.type ?? 'text'}
        value={sent(d, kind, field)?.[0] ?? props.initial ?? ''}
        autocomplete="off"
        aria-invalid={failed ? 'true' : undefined}
        aria-describedby={failed ? `${id}-error` : undefined}
      />
    </div>
  );
}

function Choices(
  props: Props & {
    field: string;
    legendKey: MessageKey;
    type: 'checkbox' | 'radio';
    options: readonly { value: string; label: string; checked: boolean }[];
  },
) {
  const { ctx, d, kind, field } = props;
  const id = actionFieldId(kind, field);
  const before = sent(d, kind, field);
  return (
    <fieldset
      id={id}
      class={d.failed?.kind === kind && d.failed.fields[field] ? 'field field-error' : 'field'}
    >
      <legend>{ctx.t(props.legendKey)}</legend>
      <Err {...props} />
      {props.options.map((o) => (
        <div class="check" key={o.value}>
          <input
            type={props.type}
            id={`${id}-${o.value}`}
            name={field}
            value={o.value}
            checked={before ? before.includes(o.value) : o.checked}
          />
          <label for={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

function Select(
  props: Props & { field: string; labelKey: MessageKey; options: readonly { id: string; label: string }[] },
) {
  const { ctx, d, kind, field } = props;
  const id = actionFieldId(kind, field);
  const chosen = sent(d, kind, field)?.[0] ?? (props.options.length === 1 ? props.options[0]!.id : '');
  return (
    <div class={d.failed?.kind === kind && d.failed.fields[field] ? 'field field-error' : 'field'}>
      <label for={id}>{ctx.t(props.labelKey)}</label>
      <Err {...props} />
      <select id={id} name={field}>
        <option value="">{ctx.t('case.form.choose')}</option>
        {props.options.map((o) => (
          <option key={o.id} value={o.id} selected={o.id === chosen}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Fields(props: Props) {
  const { ctx, d, kind } = props;
  const t = ctx.t;
  switch (kind) {
    case 'stamp': {
      // §14: records ticks what was handed in; the checklist is recorded with the stamp.
      const before = sent(d, kind, 'items');
      const id = actionFieldId(kind, 'items');
      return (
        <fieldset id={id} class="field">
          <legend>{t('case.form.items')}</legend>
          {d.stampItems.map((item) =>
            item.alternatives.length === 0 ? (
              <div class="check" key={item.id}>
                <input
                  type="checkbox"
                  id={`${id}-${item.id}`}
                  name="items"
                  value={item.id}
                  checked={before?.includes(item.id) ?? false}
                />
                <label for={`${id}-${item.id}`}>{item.name}</label>
              </div>
            ) : (
              <fieldset class="alternatives" key={item.id}>
                <legend>
                  {item.name}
                  {' · '}
                  {t('case.form.one_of')}
                </legend>
                {item.alternatives.map((alt) => (
                  <div class="check" key={alt.id}>
                    <input
                      type="checkbox"
                      id={`${id}-${alt.id}`}
                      name="items"
                      value={alt.id}
                      checked={before?.includes(alt.id) ?? false}
                    />
                    <label for={`${id}-${alt.id}`}>{alt.name}</label>
                  </div>
                ))}
              </fieldset>
            ),
          )}
        </fieldset>
      );
    }
    case 'draft_refusal':
      return (
        <Choices
          {...props}
          field="missingItemIds"
          legendKey="case.form.missing_items"
          type="checkbox"
          options={d.refusalItems.map((i) => ({ value: i.id, label: i.name, checked: i.missing }))}
        />
      );
    case 'send_back':
    case 'withdraw':
      return <Text {...props} field="reason" labelKey="case.form.reason" />;
    case 'transfer':
      return (
        <>
          <Text
            {...props}
            field="toOfficeCode"
            labelKey="case.form.to_office"
            initial={d.transfer?.toOfficeCode ?? ''}
          />
          <Text {...props} field="reason" labelKey="case.form.reason" initial={d.transfer?.reason ?? ''} />
        </>
      );
    case 'hand_over':
      return (
        <>
          <Choices
            {...props}
            field="recipient"
            legendKey="case.form.recipient"
            type="radio"
            options={[
              { value: 'applicant', label: t('case.form.recipient_applicant'), checked: true },
              { value: 'representative', label: t('case.form.recipient_representative'), checked: false },
            ]}
          />
          <Select
            {...props}
            field="identityDocumentId"
            labelKey="case.form.identity_document"
            options={d.documents}
          />
          {d.powersOfAttorney.length > 0 && (
            <Select
              {...props}
              field="powerOfAttorneyId"
              labelKey="case.form.power_of_attorney"
              options={d.powersOfAttorney}
            />
          )}
        </>
      );
    case 'deliver_refusal':
      return (
        <>
          <Choices
            {...props}
            field="how"
            legendKey="case.form.how"
            type="radio"
            options={[
              { value: 'in_person', label: t('case.form.how_in_person'), checked: true },
              { value: 'post', label: t('case.form.how_post'), checked: false },
            ]}
          />
          <Text {...props} field="proofReference" labelKey="case.form.proof" />
          <Text {...props} field="on" labelKey="case.form.on" type="date" initial={d.today} />
        </>
      );
    default:
      return null;
  }
}

export function CaseActionForms({ ctx, d }: { ctx: ViewContext; d: ActionFormsData }) {
  const kinds = STAFF_FORM_ACTIONS.filter((k) => d.available.includes(k));
  if (kinds.length === 0) return <p>{ctx.t('case.no_actions')}</p>;
  const plain = kinds.filter((k) => BUTTON_ONLY.includes(k));
  const withFields = kinds.filter((k) => !BUTTON_ONLY.includes(k));
  return (
    <>
      {plain.length > 0 && (
        <div class="case-actions-row">
          {plain.map((k) => (
            <ActionForm key={k} ctx={ctx} d={d} kind={k} />
          ))}
        </div>
      )}
      {withFields.map((k) => (
        <ActionForm key={k} ctx={ctx} d={d} kind={k}>
          <Fields ctx={ctx} d={d} kind={k} />
        </ActionForm>
      ))}
    </>
  );
}
