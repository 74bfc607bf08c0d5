import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LANGS, translate } from '../../i18n/i18n.js';
import { createAccount } from '../../app/accounts/create-account.js';
import { resetPassword, setAccountActive, setAccountRoles } from '../../app/accounts/update-account.js';
import { delegateActingHead } from '../../app/accounts/delegate-acting-head.js';
import { plainDateAt } from '../../domain/time/plain-date.js';
import { DomainError } from '../../app/errors.js';
import { can } from '../../app/policies/policy.js';
import { findAccount } from '../../db/accounts-store.js';
import { listAccounts, listOrganisations } from '../../db/accounts-query.js';
import { AccountsPage, type AccountsPageProps } from '../../views/pages/accounts-page.js';
import { originOf, sendPage } from '../request-context.js';
import { requireActor } from '../plugins/session.js';
import { fieldErrors } from '../field-errors.js';
import type { FieldError } from '../../views/components/form.js';

const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, 300) : '');
const list = (v: unknown) =>
  Array.isArray(v) ? v.filter((x) => typeof x === 'string') : typeof v === 'string' ? [v] : [];

// Domain.md §3: administrators create, deactivate and re-role accounts and reset passwords; a national
// administrator sees every organisation, an office's administrator only its own.
export function registerAdminAccounts(app: FastifyInstance): void {
  async function render(
    req: FastifyRequest,
    reply: FastifyReply,
    extra: Partial<Omit<AccountsPageProps, 'ctx'>>,
    status = 200,
  ) {
    const actor = req.actor!;
    const scope = actor.organisation.kind === 'agency' ? null : actor.organisation.id;
    const [accounts, organisations] = await Promise.all([
      listAccounts(app.deps.database.db, scope, plainDateAt(app.deps.now(), 'Asia/Almaty')),
      listOrganisations(app.deps.database.db, scope),
    ]);
    return sendPage(
      req,
      reply,
      'admin.accounts.title',
      (ctx) => (
        <AccountsPage
          ctx={ctx}
          accounts={accounts}
          organisations={organisations}
          errors={[]}
          notice={null}
          form={{}}
          {...extra}
        />
      ),
      status,
    );
  }

  const guard = async (req: FastifyRequest) => {
    if (!can(req.actor!, 'account.manage')) throw new DomainError('FORBIDDEN');
  };

  for (const lang of LANGS) {
    const base = `/${lang}/staff/admin/accounts`;
    app.get(base, { preHandler: [requireActor, guard] }, async (req, reply) => render(req, reply, {}));

    app.post(base, { preHandler: [app.csrfProtection, requireActor, guard] }, async (req, reply) => {
      const b = (req.body ?? {}) as Record<string, unknown>;
      const form = {
        organisationId: str(b.organisationId),
        login: str(b.login).trim(),
        displayName: str(b.displayName),
        phone: str(b.phone).trim(),
        roles: list(b.roles),
      };
      try {
        const created = await createAccount(app.deps, req.actor!, originOf(req), {
          ...form,
          phone: form.phone || null,
        });
        const notice = translate(lang, 'admin.accounts.created', {
          login: form.login,
          password: created.temporaryPassword ?? '',
        });
        return render(req, reply, { notice });
      } catch (e) {
        if (
          !(e instanceof DomainError) ||
          !['VALIDATION_FAILED', 'LOGIN_TAKEN', 'PASSWORD_TOO_WEAK'].includes(e.code)
        )
          throw e;
        const errors: FieldError[] = fieldErrors(lang, e.fields);
        return render(req, reply, { errors, form }, e.code === 'LOGIN_TAKEN' ? 409 : 400);
      }
    });

    const act = (verb: string, run: (req: FastifyRequest, id: string) => Promise<string>) =>
      app.post(
        `${base}/:id/${verb}`,
        { preHandler: [app.csrfProtection, requireActor, guard] },
        async (req, reply) => {
          const { id } = req.params as { id: string };
          if (!/^[0-9a-f-]{36}$/.test(id)) throw new DomainError('NOT_FOUND');
          try {
            return render(req, reply, { notice: await run(req, id) });
          } catch (e) {
            if (!(e instanceof DomainError) || e.code !== 'VALIDATION_FAILED') throw e;
            return render(
              req,
              reply,
              { errors: fieldErrors(lang, e.fields).map((x) => ({ ...x, field: `roles-${id}-${x.field}` })) },
              400,
            );
          }
        },
      );
    const loginOf = async (id: string) => (await findAccount(app.deps.database.db, id))?.login ?? '';

    act('roles', async (req, id) => {
      await setAccountRoles(
        app.deps,
        req.actor!,
        originOf(req),
        id,
        list((req.body as Record<string, unknown> | undefined)?.roles),
      );
      return translate(lang, 'admin.accounts.roles_saved', { login: await loginOf(id) });
    });
    act('deactivate', async (req, id) => {
      await setAccountActive(app.deps, req.actor!, originOf(req), id, false);
      return translate(lang, 'admin.accounts.deactivated', { login: await loginOf(id) });
    });
    act('reactivate', async (req, id) => {
      await setAccountActive(app.deps, req.actor!, originOf(req), id, true);
      return translate(lang, 'admin.accounts.reactivated', { login: await loginOf(id) });
    });
    act('delegate', async (req, id) => {
      const b = (req.body ?? {}) as Record<string, unknown>;
      const input = {
        accountId: id,
        fromDate: str(b.fromDate),
        toDate: str(b.toDate),
        reason: str(b.reason),
      };
      await delegateActingHead(app.deps, req.actor!, originOf(req), input);
      return translate(lang, 'admin.accounts.delegated', {
        login: await loginOf(id),
        from: input.fromDate,
        to: input.toDate,
      });
    });
    act('reset-password', async (req, id) => {
      const password = await resetPassword(app.deps, req.actor!, originOf(req), id);
      return translate(lang, 'admin.accounts.reset_done', { login: await loginOf(id), password });
    });
  }
}
