// GET /api/v1/registry (search) and GET /api/v1/registry/:id (one registrant and its history): the
// registry over JSON (issue 6; domain.md §4, §8, §17), with the same rules as the pages.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { searchRegistry, type RegistryHit } from '../../app/registry/search-registry.js';
import { readRegistrant, type RegistrantView } from '../../app/registry/read-registrant.js';
import type { RegistrySearchInput } from '../../domain/registry/registry-search.js';
import { href } from '../../views/view-context.js';
import type { Lang } from '../../i18n/i18n.js';
import { originOf } from '../request-context.js';
import { registrantSchema, registrySearchSchema } from '../schemas/registry.js';
import { validateRequest } from '../schemas/validate-request.js';
import { apiActor, requireApiActor } from './api-actor.js';

const officeJson = (o: { code: string; nameKk: string; nameRu: string | null }) => ({
  code: o.code,
  name: { kk: o.nameKk, ru: o.nameRu },
});

export function hitJson(lang: Lang, h: RegistryHit) {
  return {
    ...h,
    office: officeJson(h.office),
    page: href(lang, `/staff/registry/${h.id}`),
  };
}

export function registrantJson(v: RegistrantView) {
  if (v.visibility === 'minimal')
    return {
      id: v.id,
      kind: v.kind,
      name: v.name,
      visibility: v.visibility,
      current: v.current,
      office: officeJson(v.office),
    };
  const r = v.registrant;
  return {
    id: r.id,
    kind: r.kind,
    name: r.displayName,
    visibility: v.visibility,
    current: v.current,
    office: officeJson(v.office),
    latinName: r.latinName,
    iin: r.iin,
    citizenship: r.citizenship,
    passportNumber: r.passportNumber,
    cases: v.cases.map((c) => ({
      id: c.id,
      trackingCode: c.trackingCode,
      kind: c.kind,
      state: c.state,
      incomingNumber: c.incomingNumber,
      documentNumber: c.documentNumber,
      officeCode: c.officeCode,
      // domain.md §8: absent, not null, for a reader who may not read it.
      ...(c.confession !== null ? { confession: c.confession } : {}),
      openedAt: c.createdAt.toISOString(),
    })),
    documents: v.documents.map((d) => ({
      number: d.number,
      kind: d.kind,
      officeCode: d.officeCode,
      source: d.source,
      issuedOn: d.issuedOn,
      validUntil: d.validUntil,
      holder: d.holder,
      territory: d.territory,
      status: d.status,
      successorNumber: d.successorNumber,
      duplicateOf: d.duplicateOf,
    })),
    events: v.events.map((e) => ({
      kind: e.kind,
      at: e.at.toISOString(),
      documentNumber: e.documentNumber,
      reason: e.reason,
    })),
    timeline: v.timeline.map((l) => ({
      at: l.at.toISOString(),
      chain: l.chainId,
      seq: l.seq,
      caseId: l.caseId,
      action: l.action,
      role: l.actorRole,
      data: l.data,
    })),
  };
}

export async function registerApiRegistry(app: FastifyInstance): Promise<void> {
  await app.register(async (api) => {
    api.setValidatorCompiler(validateRequest);
    api.get(
      '/api/v1/registry',
      { schema: registrySearchSchema, onRequest: requireApiActor },
      async (req: FastifyRequest<{ Querystring: RegistrySearchInput }>, reply) => {
        const result = await searchRegistry(app.deps, apiActor(req), req.query);
        reply.header('cache-control', 'no-store');
        return {
          total: result.total,
          page: result.page,
          pages: result.pages,
          results: result.hits.map((h) => hitJson(req.lang, h)),
        };
      },
    );
    api.get(
      '/api/v1/registry/:id',
      { schema: registrantSchema, onRequest: requireApiActor },
      async (req: FastifyRequest<{ Params: { id: string } }>, reply) => {
        const view = await readRegistrant(app.deps, apiActor(req), originOf(req), req.params.id);
        reply.header('cache-control', 'no-store');
        return registrantJson(view);
      },
    );
  });
}
