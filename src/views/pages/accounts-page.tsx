import { href, type ViewContext } from '../view-context.js';
import { CsrfInput, ErrorSummary, Field, Notice, type FieldError } from '../components/form.js';
import { ROLES, type Role } from '../../domain/roles/roles.js';
import { organisationName } from '../organisation-name.js';

export interface AccountListItem {
  id: string;
  login: string;
  displayName: string;
  phone: string | null;
  active: boolean;
  lockedUntil: Date | null;
  roles: Role[];
  delegations: { fromDate: string; toDate: string }[];
  organisation: { code: string; nameKk: string; nameRu: string | null };
}

export interface AccountsPageProps {
  ctx: ViewContext;
  accounts: AccountListItem[];
  organisations: { id: string; code: string; nameKk: string; nameRu: string | null }[];
  errors: FieldError[];
  notice: string | null;
  form: { organisationId?: string; login?: string; displayName?: string; phone?: string; roles?: string[] };
}

function RoleChecks({
  ctx,
  name,
  idPrefix,
  checked,
}: {
  ctx: ViewContext;
  name: string;
  idPrefix: string;
  checked: string[];
}) {
  return (
    <>
      {ROLES.map((r) => (
        <div class="check" key={r}>
          <input
            type="checkbox"
            id={`${idPrefix}-${r}`}
            name={name}
            value={r}
            checked={checked.includes(r)}
          />
          <label for={`${idPrefix}-${r}`}>{ctx.t(`role.${r}`)}</label>
        </div>
      ))}
    </>
  );
}

export function AccountsPage({ ctx, accounts, organisations, errors, notice, form }: AccountsPageProps) {
  const error = (f: string) => errors.find((e) => e.field === f)?.message;
  const action = (id: string, verb: string) => href(ctx.lang, `/staff/admin/accounts/${id}/${verb}`);
  return (
    <>
      <h1>{ctx.t('admin.accounts.title')}</h1>
      {notice && <Notice kind="success">{notice}</Notice>}
      <ErrorSummary ctx={ctx} errors={errors} />
      {accounts.length === 0 ? (
        <p>{ctx.t('admin.accounts.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{ctx.t('admin.accounts.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t('admin.accounts.login')}</th>
                <th scope="col">{ctx.t('admin.accounts.name')}</th>
                <th scope="col">{ctx.t('admin.accounts.organisation')}</th>
                <th scope="col">{ctx.t('admin.accounts.status')}</th>
                <th scope="col">{ctx.t('admin.accounts.roles')}</th>
                <th scope="col">{ctx.t('admin.accounts.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <code>{a.login}</code>
                  </th>
                  <td>{a.displayName}</td>
                  <td>
                    {organisationName(ctx.lang, a.organisation)}{' '}
                    <span class="code">{a.organisation.code}</span>
                  </td>
                  <td>
                    {ctx.t(a.active ? 'admin.accounts.active' : 'admin.accounts.inactive')}
                    {a.lockedUntil && a.lockedUntil > new Date(0) && (
                      <span class="tag">
                        {ctx.t('admin.accounts.locked', {
                          until: a.lockedUntil.toISOString().slice(0, 16).replace('T', ' '),
                        })}
                      </span>
                    )}
                  </td>
                  <td>
                    <form method="post" action={action(a.id, 'roles')} class="compact-form">
                      <CsrfInput ctx={ctx} />
                      <fieldset>
                        <legend class="visually-hidden">{ctx.t('admin.accounts.roles')}</legend>
                        <RoleChecks ctx={ctx} name="roles" idPrefix={`roles-${a.id}`} checked={a.roles} />
                      </fieldset>
                      <button type="submit" class="button button-secondary">
                        {ctx.t('admin.accounts.save_roles')}
                      </button>
                    </form>
                  </td>
                  <td>
                    <form
                      method="post"
                      action={action(a.id, a.active ? 'deactivate' : 'reactivate')}
                      class="inline-form"
                    >
                      <CsrfInput ctx={ctx} />
                      <button type="submit" class="button button-secondary">
                        {ctx.t(a.active ? 'admin.accounts.deactivate' : 'admin.accounts.reactivate')}
                      </button>
                    </form>
                    <form method="post" action={action(a.id, 'reset-password')} class="inline-form">
                      <CsrfInput ctx={ctx} />
                      <button type="submit" class="button button-secondary">
                        {ctx.t('admin.accounts.reset')}
                      </button>
                    </form>
                    {a.delegations.length > 0 && (
                      <p class="tag">
                        {ctx.t('admin.accounts.delegations', {
                          periods: a.delegations.map((d) => `${d.fromDate} – ${d.toDate}`).join(', '),
                        })}
                      </p>
                    )}
                    <details>
                      <summary>{ctx.t('admin.accounts.delegate')}</summary>
                      <form method="post" action={action(a.id, 'delegate')} class="compact-form">
                        <CsrfInput ctx={ctx} />
                        <label for={`from-${a.id}`}>{ctx.t('admin.accounts.delegate_from')}</label>
                        <input type="date" id={`from-${a.id}`} name="fromDate" required />
                        <label for={`to-${a.id}`}>{ctx.t('admin.accounts.delegate_to')}</label>
                        <input type="date" id={`to-${a.id}`} name="toDate" required />
                        <label for={`reason-${a.id}`}>{ctx.t('admin.accounts.delegate_reason')}</label>
                        <input type="text" id={`reason-${a.id}`} name="reason" required />
                        <button type="submit" class="button button-secondary">
                          {ctx.t('admin.accounts.delegate')}
                        </button>
                      </form>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 id="create">{ctx.t('admin.accounts.create')}</h2>
      <form method="post" action={href(ctx.lang, '/staff/admin/accounts')} class="form">
        <CsrfInput ctx={ctx} />
        <div class={error('organisationId') ? 'field field-error' : 'field'}>
          <label for="organisationId">{ctx.t('admin.accounts.organisation')}</label>
          {error('organisationId') && <p class="error-message">{error('organisationId')}</p>}
          <select id="organisationId" name="organisationId">
            {organisations.map((o) => (
              <option key={o.id} value={o.id} selected={o.id === form.organisationId}>
                {o.code} {'·'} {organisationName(ctx.lang, o)}
              </option>
            ))}
          </select>
        </div>
        <Field
          name="login"
          label={ctx.t('admin.accounts.login')}
          value={form.login ?? ''}
          error={error('login')}
          autocomplete="off"
          required
        />
        <Field
          name="displayName"
          label={ctx.t('admin.accounts.name')}
          value={form.displayName ?? ''}
          error={error('displayName')}
          autocomplete="off"
          required
        />
        <Field
          name="phone"
          label={ctx.t('admin.accounts.phone')}
          type="tel"
          value={form.phone ?? ''}
          autocomplete="off"
        />
        <fieldset id="roles" class={error('roles') ? 'field field-error' : 'field'}>
          <legend>{ctx.t('admin.accounts.roles')}</legend>
          {error('roles') && <p class="error-message">{error('roles')}</p>}
          <RoleChecks ctx={ctx} name="roles" idPrefix="new-role" checked={form.roles ?? []} />
        </fieldset>
        <button type="submit" class="button">
          {ctx.t('admin.accounts.create_submit')}
        </button>
      </form>
    </>
  );
}
