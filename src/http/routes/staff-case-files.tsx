// §11 scans and the §11.1 inventory on the staff pages: the scans page of a case (list, attach,
// remove), the download of one scan (access-logged, served as an attachment with its stored media
// type and nosniff), and "returned to the applicant" for the inventory's items (back to the case page).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LANGS, translate, type Lang } from '../../i18n/i18n.js';
import { readCase } from '../../app/cases/read-case.js';
import {
  attachScans,
  caseRuleVersionOf,
  readScan,
  removeScan,
  scanLimits,
} from '../../app/cases/case-scans.js';
import { heldMaterials, returnMaterials } from '../../app/cases/case-materials.js';
import { DomainError } from '../../app/errors.js';
import { findAccount, findOrganisation } from '../../db/accounts-store.js';
import { IDEMPOTENCY_KEY } from '../../db/idempotency.js';
import { plainDateAt } from '../../domain/time/plain-date.js';
import { checklistItemName } from '../../views/pages/case-page.js';
import { CaseScansPage } from '../../views/pages/case-scans-page.js';
import { MaterialsHeldPage } from '../../views/pages/materials-held-page.js';
import { href } from '../../views/view-context.js';
import { originOf, sendPage } from '../request-context.js';
import { requireActor } from '../plugins/session.js';
import { newFormKey } from './staff-cases-intake.js';
import { scanItemChoices, scanUploadsOf, str } from './staff-case-scans-input.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** RFC 6266 / 5987: an ASCII fallback and the UTF-8 name. */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const utf8 = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

/** Sends a scan: the stored media type, as an attachment, never sniffed, never cached. */
export function sendScan(
  reply: FastifyReply,
  file: { mediaType: string; fileName: string; content: Buffer },
) {
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', attachmentHeader(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .send(file.content);
}

export function registerStaffCaseFiles(app: FastifyInstance): void {
  const db = app.deps.database.db;

  async function staffNames(ids: Iterable<string | null>): Promise<Record<string, string>> {
    const names: Record<string, string> = {};
    for (const id of new Set(ids)) {
      if (!id) continue;
      const a = await findAccount(db, id);
      if (a) names[id] = a.displayName;
    }
    return names;
  }

  async function scansPage(
    req: FastifyRequest,
    reply: FastifyReply,
    lang: Lang,
    id: string,
    state: {
      notice?: string | null;
      key?: string;
      chosenItem?: string;
      errors?: Record<string, string>;
      fileNames?: Record<string, string>;
    } = {},
    status = 200,
  ) {
    const view = await readCase(app.deps, req.actor!, originOf(req), id, 'scans page');
    const office = await findOrganisation(db, view.row.organisationId);
    const timeZone = office?.timeZone ?? 'Asia/Almaty';
    const version = caseRuleVersionOf(view.row, plainDateAt(app.deps.now(), timeZone));
    const names = await staffNames(view.files.map((f) => f.uploadedBy));
    return sendPage(
      req,
      reply,
      'scans.page_title',
      (ctx) => (
        <CaseScansPage
          ctx={ctx}
          view={view}
          items={scanItemChoices(version, view.row.kind, lang)}
          itemName={(item) => checklistItemName(version, view.row.kind, item, lang)}
          names={names}
          timeZone={timeZone}
          limits={scanLimits(app.deps)}
          formKey={state.key ?? newFormKey()}
          chosenItem={state.chosenItem}
          errors={state.errors ?? {}}
          fileNames={state.fileNames ?? {}}
          notice={state.notice ?? null}
        />
      ),
      status,
    );
  }

  for (const lang of LANGS) {
    // domain.md §4: ended cases still holding §11.1 items (a static path: it wins over `:id`).
    app.get(`/${lang}/staff/cases/materials-held`, { preHandler: requireActor }, async (req, reply) => {
      const rows = await heldMaterials(app.deps, req.actor!);
      const office = await findOrganisation(db, req.actor!.organisation.id);
      return sendPage(req, reply, 'materials.held_title', (ctx) => (
        <MaterialsHeldPage ctx={ctx} rows={rows} timeZone={office?.timeZone ?? 'Asia/Almaty'} />
      ));
    });

    const base = `/${lang}/staff/cases/:id`;
    const idOf = (req: FastifyRequest) => {
      const { id } = req.params as { id: string };
      if (!UUID.test(id)) throw new DomainError('NOT_FOUND');
      return id;
    };

    app.get(`${base}/files`, { preHandler: requireActor }, async (req, reply) => {
      const done = (req.query as Record<string, unknown>).done;
      const n = Number((req.query as Record<string, unknown>).n);
      const notice =
        done === 'attached'
          ? translate(lang, 'scans.done_attached', { n: Number.isInteger(n) && n > 0 ? n : 1 })
          : done === 'removed'
            ? translate(lang, 'scans.done_removed')
            : null;
      return scansPage(req, reply, lang, idOf(req), { notice });
    });

    app.post(`${base}/files`, { preHandler: [app.csrfProtection, requireActor] }, async (req, reply) => {
      const id = idOf(req);
      const body = (req.body ?? {}) as Record<string, unknown>;
      const posted = str(body.key);
      const key = IDEMPOTENCY_KEY.test(posted) ? posted : newFormKey();
      const uploads = scanUploadsOf(body, 'item', 'file');
      try {
        const { fileIds } = await attachScans(app.deps, req.actor!, originOf(req), id, uploads, key);
        return reply.redirect(
          `${href(lang, `/staff/cases/${id}/files`)}?done=attached&n=${fileIds.length}`,
          303,
        );
      } catch (e) {
        if (!(e instanceof DomainError) || e.code !== 'VALIDATION_FAILED') throw e;
        // Nothing was stored: the same form comes back with the same key and the item chosen.
        return scansPage(
          req,
          reply,
          lang,
          id,
          {
            key,
            chosenItem: str(body.item) || undefined,
            errors: e.fields,
            fileNames: (e.details.names as Record<string, string> | undefined) ?? {},
          },
          400,
        );
      }
    });

    app.post(
      `${base}/files/:fileId/remove`,
      { preHandler: [app.csrfProtection, requireActor] },
      async (req, reply) => {
        const id = idOf(req);
        const { fileId } = req.params as { fileId: string };
        if (!UUID.test(fileId)) throw new DomainError('NOT_FOUND');
        // A second click finds the scan gone already: the same answer, nothing more done.
        await removeScan(app.deps, req.actor!, originOf(req), id, fileId);
        return reply.redirect(`${href(lang, `/staff/cases/${id}/files`)}?done=removed`, 303);
      },
    );

    app.get(`${base}/files/:fileId`, { preHandler: requireActor }, async (req, reply) => {
      const id = idOf(req);
      const { fileId } = req.params as { fileId: string };
      if (!UUID.test(fileId)) throw new DomainError('NOT_FOUND');
      return sendScan(reply, await readScan(app.deps, req.actor!, originOf(req), id, fileId));
    });

    app.post(
      `${base}/materials/returned`,
      { preHandler: [app.csrfProtection, requireActor] },
      async (req, reply) => {
        const id = idOf(req);
        const body = (req.body ?? {}) as Record<string, unknown>;
        const position = Number(str(body.position, 10));
        const positions = body.all === 'on' ? 'all' : Number.isInteger(position) ? [position] : [];
        await returnMaterials(app.deps, req.actor!, originOf(req), id, positions);
        return reply.redirect(`${href(lang, `/staff/cases/${id}`)}#materials-title`, 303);
      },
    );
  }
}
