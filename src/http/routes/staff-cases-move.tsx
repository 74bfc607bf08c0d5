// domain.md §1, §13: the head's page for moving the open cases of a changed territory in bulk.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LANGS, type Lang } from '../../i18n/i18n.js';
import { moveOpenCases, type BulkMoveReport } from '../../app/cases/move-open-cases.js';
import { DomainError } from '../../app/errors.js';
import { can } from '../../app/policies/policy.js';
import { groupByRegion, nameIn, searchOffices } from '../../app/organisations/find-offices.js';
import { findOpenCasesOf } from '../../db/case-moves.js';
import { APPLICATION_KIND_NAMES, isApplicationKind } from '../../domain/standard/index.js';
import type { FieldError } from '../../views/components/form.js';
import { CaseMovePage } from '../../views/pages/case-move-page.js';
import { fieldErrors } from '../field-errors.js';
import { originOf, sendPage } from '../request-context.js';
import { requireActor } from '../plugins/session.js';
import { newFormKey } from './staff-cases-intake.js';

const list = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
const str = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');

export function registerCaseMove(app: FastifyInstance): void {
  const guard = async (req: FastifyRequest) => {
    const actor = req.actor!;
    if (actor.organisation.kind !== 'service_office' || !can(actor, 'case.move_bulk'))
      throw new DomainError('FORBIDDEN');
  };

  async function page(
    req: FastifyRequest,
    reply: FastifyReply,
    lang: Lang,
    state: {
      values?: { caseIds: string[]; toOfficeCode: string; reason: string };
      errors?: FieldError[];
      report?: (BulkMoveReport & { to: string }) | null;
    },
    status = 200,
  ) {
    const actor = req.actor!;
    const open = await findOpenCasesOf(app.deps.database.db, actor.organisation.id);
    const offices = (await searchOffices(app.deps, { lang })).filter(
      (o) => o.code !== actor.organisation.code,
    );
    const groups = groupByRegion(offices, lang).map((g) => ({
      region: nameIn(lang, g.region.name),
      offices: g.offices.map((o) => ({ code: o.code, name: nameIn(lang, o.name) })),
    }));
    const report = state.report
      ? {
          to: state.report.to,
          moved: state.report.moved.map((m) => m.trackingCode),
          left: state.report.left.map((l) => ({
            trackingCode: l.trackingCode,
            because: l.because,
            state: l.state,
          })),
        }
      : null;
    return sendPage(
      req,
      reply,
      'move.title',
      (ctx) => (
        <CaseMovePage
          ctx={ctx}
          cases={open.map((c) => ({
            ...c,
            kindName: isApplicationKind(c.kind) ? APPLICATION_KIND_NAMES[c.kind][lang] : c.kind,
          }))}
          groups={groups}
          formKey={newFormKey()}
          values={state.values ?? { caseIds: [], toOfficeCode: '', reason: '' }}
          errors={state.errors ?? []}
          report={report}
        />
      ),
      status,
    );
  }

  for (const lang of LANGS) {
    const path = `/${lang}/staff/cases/move`;
    app.get(path, { preHandler: [requireActor, guard] }, (req, reply) => page(req, reply, lang, {}));
    app.post(path, { preHandler: [app.csrfProtection, requireActor, guard] }, async (req, reply) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const values = {
        caseIds: list(body.caseIds),
        toOfficeCode: str(body.toOfficeCode, 20),
        reason: str(body.reason, 2000),
      };
      const key = str(body.key, 100);
      if (!key) throw new DomainError('VALIDATION_FAILED');
      try {
        const report = await moveOpenCases(app.deps, req.actor!, originOf(req), { ...values, key });
        return await page(req, reply, lang, { report: { ...report, to: values.toOfficeCode.toUpperCase() } });
      } catch (e) {
        if (e instanceof DomainError && e.code === 'VALIDATION_FAILED' && Object.keys(e.fields).length)
          return page(req, reply, lang, { values, errors: fieldErrors(lang, e.fields) }, 400);
        throw e;
      }
    });
  }
}
