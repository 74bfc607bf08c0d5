// The document page (issue 6; domain.md §4 "after the end"): /{lang}/staff/documents/OFFICE/YEAR/SEQ
// shows one certificate or reference with its status and events, and takes the head's acts on it —
// a duplicate, a corrected reissue, an annulment — as POSTs with the CSRF token and an idempotency
// key. A refused form is shown again with its values and the errors by its fields (400); a document
// that is no longer valid is refused (409) with nothing changed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LANGS } from '../../i18n/i18n.js';
import { DomainError } from '../../app/errors.js';
import { can } from '../../app/policies/policy.js';
import {
  annulRegistration,
  issueDuplicate,
  readIssuedDocument,
  reissueDocument,
} from '../../app/registry/document-life.js';
import {
  decideFurtherMaterials,
  MATERIAL_ROWS,
  requestFurtherMaterials,
} from '../../app/registry/further-materials.js';
import { DocumentPage, documentPath, type DocumentForm } from '../../views/pages/document-page.js';
import { expiryWorklist } from '../../app/registry/expiry-worklist.js';
import { ExpiryWorklistPage } from '../../views/pages/expiry-worklist-page.js';
import { href } from '../../views/view-context.js';
import { requireActor } from '../plugins/session.js';
import { originOf, sendPage } from '../request-context.js';
import { newFormKey } from './staff-cases-intake.js';

const SEGMENT = /^[0-9A-Za-z-]{1,12}$/;

function numberOf(req: FastifyRequest): string {
  const { office, year, seq } = req.params as Record<string, string>;
  if (![office, year, seq].every((s) => typeof s === 'string' && SEGMENT.test(s)))
    throw new DomainError('NOT_FOUND');
  return `${office}/${year}/${seq}`.toUpperCase();
}

const str = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');

const newKeys = () => ({
  duplicate: newFormKey(),
  reissue: newFormKey(),
  annul: newFormKey(),
  materials: newFormKey(),
  decide: newFormKey(),
});

export function registerStaffRegistryDocuments(app: FastifyInstance): void {
  async function show(
    req: FastifyRequest,
    reply: FastifyReply,
    number: string,
    failed: { form: DocumentForm; values: Record<string, string>; errors: Record<string, string> } | null,
  ) {
    const view = await readIssuedDocument(app.deps, req.actor!, originOf(req), number);
    return sendPage(
      req,
      reply,
      'docpage.title',
      (ctx) => <DocumentPage ctx={ctx} view={view} keys={newKeys()} failed={failed} />,
      failed ? 400 : 200,
    );
  }

  for (const lang of LANGS) {
    // The office's expiry worklist (supervisors name the office: ?office=RR-NNN).
    app.get(`/${lang}/staff/expiring`, { preHandler: requireActor }, async (req, reply) => {
      // Nobody is shown the office form who could read no office's registry (an akimat's staff; the
      // registry's readers, domain.md §4, as app/policies/policy.ts names them).
      if (!can(req.actor!, 'registry.read')) throw new DomainError('FORBIDDEN');
      const asked = (req.query as Record<string, unknown>).office;
      const code = typeof asked === 'string' && asked.trim() !== '' ? asked.slice(0, 12) : null;
      const office = req.actor!.organisation.kind === 'service_office';
      const list = office || code ? await expiryWorklist(app.deps, req.actor!, originOf(req), code) : null;
      return sendPage(req, reply, 'expiry.title', (ctx) => (
        <ExpiryWorklistPage ctx={ctx} list={list} officeCode={office ? null : (code ?? '')} />
      ));
    });

    const base = `/${lang}/staff/documents/:office/:year/:seq`;
    app.get(base, { preHandler: requireActor }, async (req, reply) => show(req, reply, numberOf(req), null));

    const post = (
      form: DocumentForm,
      fields: readonly string[],
      act: (
        req: FastifyRequest,
        number: string,
        values: Record<string, string>,
        key: string,
      ) => Promise<{ number: string }>,
    ) =>
      app.post(`${base}/${form}`, { preHandler: [app.csrfProtection, requireActor] }, async (req, reply) => {
        const number = numberOf(req);
        const body = (req.body ?? {}) as Record<string, unknown>;
        const values = Object.fromEntries(fields.map((f) => [f, str(body[f], 600)]));
        try {
          const done = await act(req, number, values, str(body.key, 100));
          return reply.redirect(href(lang, documentPath(done.number)), 303);
        } catch (e) {
          if (!(e instanceof DomainError) || e.code !== 'VALIDATION_FAILED' || e.fields.idempotencyKey)
            throw e;
          return show(req, reply, number, { form, values, errors: e.fields });
        }
      });

    post('duplicate', ['duplicateGround'], (req, number, v, key) =>
      issueDuplicate(app.deps, req.actor!, originOf(req), number, {
        ground: v.duplicateGround!,
        idempotencyKey: key,
      }),
    );
    post('reissue', ['holder', 'territory'], (req, number, v, key) =>
      reissueDocument(app.deps, req.actor!, originOf(req), number, {
        holder: v.holder!,
        territory: v.territory!,
        idempotencyKey: key,
      }),
    );
    const itemFields = Array.from({ length: MATERIAL_ROWS }, (_, i) =>
      ['title', 'kind', 'language', 'quantity'].map((f) => `items.${i}.${f}`),
    ).flat();
    post('materials', itemFields, (req, number, v, key) =>
      requestFurtherMaterials(app.deps, req.actor!, originOf(req), number, {
        values: v,
        idempotencyKey: key,
      }),
    );
    post('decide', ['requestId', 'decision', 'decisionReason'], (req, number, v, key) =>
      decideFurtherMaterials(app.deps, req.actor!, originOf(req), number, {
        requestId: v.requestId!,
        decision: v.decision!,
        reason: v.decisionReason!,
        idempotencyKey: key,
      }),
    );
    post('annul', ['ground', 'reason', 'decisionNumber', 'decisionDate'], (req, number, v, key) =>
      annulRegistration(app.deps, req.actor!, originOf(req), number, {
        ground: v.ground!,
        reason: v.reason!,
        decisionNumber: v.decisionNumber!,
        decisionDate: v.decisionDate!,
        idempotencyKey: key,
      }),
    );
  }
}
