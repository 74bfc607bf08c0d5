// domain.md §4: the corrections page of a case (/staff/cases/:id/corrections): the list, the
// officer's proposal form and the head's approve / reject forms. Every act goes through
// app/cases/case-corrections.ts; a refused act re-draws the page with the localized reason, the
// fields' errors and what was typed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LANGS, translate, type Lang } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { readCase } from '../../app/cases/read-case.js';
import { correctionsOf, decideCorrection, proposeCorrection } from '../../app/cases/case-corrections.js';
import { DomainError } from '../../app/errors.js';
import { can } from '../../app/policies/policy.js';
import { findAccount, findOrganisation } from '../../db/accounts-store.js';
import { IDEMPOTENCY_KEY } from '../../db/idempotency.js';
import { correctableFields, correctableState } from '../../domain/case/correction.js';
import {
  CaseCorrectionsPage,
  type CaseCorrectionsPageProps,
} from '../../views/pages/case-corrections-page.js';
import { href } from '../../views/view-context.js';
import { STATUS } from '../plugins/error-handler.js';
import { originOf, sendPage } from '../request-context.js';
import { requireActor } from '../plugins/session.js';
import { newFormKey } from './staff-cases-intake.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const REDRAWN = [
  'VALIDATION_FAILED',
  'CASE_CHANGED',
  'CASE_ACTION_NOT_ALLOWED',
  'FOUR_EYES',
  'CORRECTION_DECIDED',
];
const str = (v: unknown, max = 500) => (typeof v === 'string' ? v.slice(0, max) : '');
const shown = (v: unknown) => (v === null || v === undefined ? '—' : String(v));

export function registerCaseCorrections(app: FastifyInstance): void {
  const db = app.deps.database.db;

  async function page(
    req: FastifyRequest,
    reply: FastifyReply,
    lang: Lang,
    id: string,
    extra: { notice?: string | null; refused?: CaseCorrectionsPageProps['refused'] } = {},
    status = 200,
  ) {
    if (!UUID.test(id)) throw new DomainError('NOT_FOUND');
    const actor = req.actor!;
    // The case's read rules and its access-log entry (§17): the values shown are personal data.
    const view = await readCase(app.deps, actor, originOf(req), id, 'case corrections');
    const office = await findOrganisation(db, view.row.organisationId);
    const own = view.row.organisationId === actor.organisation.id;
    const target = { organisationId: view.row.organisationId, regionCode: office?.regionCode ?? null };
    const rows = await correctionsOf(db, id);
    const names: Record<string, string> = {};
    for (const accountId of new Set(
      rows.flatMap((r) => [r.proposedBy, ...(r.decidedBy ? [r.decidedBy] : [])]),
    ))
      names[accountId] = (await findAccount(db, accountId))?.displayName ?? '—';
    const mayPropose =
      own && can(actor, 'case.correction_propose', target) && correctableState(view.snapshot.state);
    const mayDecide = own && can(actor, 'case.correction_decide', target);
    const decide: Record<string, string> = {};
    for (const r of rows)
      if (r.status === 'proposed') {
        decide[`approve-${r.id}`] = newFormKey();
        decide[`reject-${r.id}`] = newFormKey();
      }
    return sendPage(
      req,
      reply,
      'correction.page_title',
      (ctx) => (
        <CaseCorrectionsPage
          ctx={ctx}
          caseId={id}
          trackingCode={view.row.trackingCode}
          version={view.row.version}
          timeZone={office?.timeZone ?? 'Asia/Almaty'}
          items={rows.map((r) => ({
            id: r.id,
            field: r.field,
            oldValue: shown(r.oldValue),
            newValue: shown(r.newValue),
            reason: r.reason,
            status: r.status,
            proposedBy: names[r.proposedBy] ?? '—',
            proposedAt: r.proposedAt.toISOString(),
            decidedBy: r.decidedBy ? (names[r.decidedBy] ?? '—') : null,
            decidedAt: r.decidedAt?.toISOString() ?? null,
            decisionReason: r.decisionReason,
            mine: r.proposedBy === actor.accountId,
          }))}
          fields={
            mayPropose
              ? correctableFields(view.application, { affiliation: view.showAffiliation }).map((f) => ({
                  path: f.path,
                  value: String(f.value),
                }))
              : []
          }
          mayDecide={mayDecide}
          keys={{ propose: newFormKey(), decide }}
          notice={extra.notice ?? null}
          refused={extra.refused ?? null}
        />
      ),
      status,
    );
  }

  /** Runs an act; on a refusal the page comes back with the reason (and the form's values). */
  async function acting(
    req: FastifyRequest,
    reply: FastifyReply,
    lang: Lang,
    id: string,
    form: string,
    values: Record<string, string>,
    act: () => Promise<unknown>,
    done: string,
  ) {
    try {
      await act();
    } catch (e) {
      if (!(e instanceof DomainError) || !REDRAWN.includes(e.code)) throw e;
      return page(
        req,
        reply,
        lang,
        id,
        { refused: { code: e.code, form, fields: e.fields, values } },
        STATUS[e.code],
      );
    }
    return reply.redirect(`${href(lang, `/staff/cases/${id}/corrections`)}?done=${done}`, 303);
  }

  const versionAndKey = (body: Record<string, unknown>) => {
    const version = Number(body.version);
    const key = str(body.key, 100);
    if (!Number.isInteger(version) || !IDEMPOTENCY_KEY.test(key)) throw new DomainError('VALIDATION_FAILED');
    return { version, key };
  };

  for (const lang of LANGS) {
    const base = `/${lang}/staff/cases/:id/corrections`;
    app.get(base, { preHandler: requireActor }, async (req, reply) => {
      const { id } = req.params as { id: string };
      const done = (req.query as Record<string, unknown>).done;
      const notice =
        done === 'proposed' || done === 'approved' || done === 'rejected'
          ? translate(lang, `correction.done.${done}` as MessageKey)
          : null;
      return page(req, reply, lang, id, { notice });
    });

    app.post(base, { preHandler: [app.csrfProtection, requireActor] }, async (req, reply) => {
      const { id } = req.params as { id: string };
      if (!UUID.test(id)) throw new DomainError('NOT_FOUND');
      const body = (req.body ?? {}) as Record<string, unknown>;
      const { version, key } = versionAndKey(body);
      const values = { field: str(body.field, 120), newValue: str(body.newValue), reason: str(body.reason) };
      return acting(
        req,
        reply,
        lang,
        id,
        'propose',
        values,
        () =>
          proposeCorrection(app.deps, req.actor!, originOf(req), id, {
            ...values,
            expectedVersion: version,
            idempotencyKey: key,
          }),
        'proposed',
      );
    });

    app.post(
      `${base}/:cid/decision`,
      { preHandler: [app.csrfProtection, requireActor] },
      async (req, reply) => {
        const { id, cid } = req.params as { id: string; cid: string };
        if (!UUID.test(id) || !UUID.test(cid)) throw new DomainError('NOT_FOUND');
        const body = (req.body ?? {}) as Record<string, unknown>;
        const { version, key } = versionAndKey(body);
        const decision = body.decision === 'reject' ? 'reject' : 'approve';
        const reason = str(body.reason);
        return acting(
          req,
          reply,
          lang,
          id,
          `${decision}-${cid}`,
          { reason },
          () =>
            decideCorrection(app.deps, req.actor!, originOf(req), id, cid, {
              decision,
              reason,
              expectedVersion: version,
              idempotencyKey: key,
            }),
          decision === 'approve' ? 'approved' : 'rejected',
        );
      },
    );
  }
}
