// The public office directory (domain.md §1; §1, §13, §21 and annexes 1–4): pages in every language
// and a JSON API. Only the declared fields of a response leave the server (no internal ids).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import Type, { type Static, type TSchema } from 'typebox';
import { LANGS, type Lang } from '../../i18n/i18n.js';
import { DomainError } from '../../app/errors.js';
import {
  findOffice,
  groupByRegion,
  officeRegions,
  searchOffices,
  type Contacts,
  type OfficeDetails,
  type OfficeSummary,
} from '../../app/organisations/find-offices.js';
import { renderPage } from '../../views/layout.js';
import { href, type ViewContext } from '../../views/view-context.js';
import { OfficesListPage } from '../../views/pages/offices-list-page.js';
import { OfficePage } from '../../views/pages/offices-office-page.js';
import { OfficeNotFoundPage } from '../../views/pages/offices-not-found-page.js';
import { inLang } from '../../views/pages/offices-parts.js';
import { sendPage, viewContext } from '../request-context.js';

const OFFICE_CODE = /^[0-9]{2}-[0-9]{3}$/u;

const ListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  region: Type.Optional(Type.String({ pattern: '^([0-9]{2})?$' })),
});
const ApiListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  region: Type.Optional(Type.String({ pattern: '^([0-9]{2})?$' })),
  /** The collation of the order (kk: Kazakh; ru and en: Russian); by default the request's language. */
  lang: Type.Optional(Type.Union(LANGS.map((l) => Type.Literal(l)))),
});
const CodeParams = Type.Object({ code: Type.String({ maxLength: 20 }) });

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const NamesJson = Type.Object({ kk: Type.String(), ru: Nullable(Type.String()) });
const RegionJson = Type.Object({
  code: Type.String(),
  name: Type.Object({ kk: Type.String(), ru: Type.String() }),
});
const SummaryFields = {
  code: Type.String(),
  kind: Type.Union([Type.Literal('regional-department'), Type.Literal('division')]),
  region: RegionJson,
  name: NamesJson,
  town: Nullable(NamesJson),
  /** The office's page, in the request's language. */
  page: Type.String(),
};
const OfficeListJson = Type.Object({
  count: Type.Integer(),
  offices: Type.Array(Type.Object(SummaryFields)),
});
const NumberJson = Type.Object({
  printed: Type.String(),
  e164: Nullable(Type.String()),
  suspect: Type.Boolean(),
});
const ValueJson = Type.Object({ value: Type.String(), suspect: Type.Boolean() });
const ContactFields = {
  address: Nullable(Type.String()),
  phones: Type.Array(NumberJson),
  faxes: Type.Array(NumberJson),
  emails: Type.Array(ValueJson),
  websites: Type.Array(ValueJson),
};
const OfficeJson = Type.Object({
  ...SummaryFields,
  ...ContactFields,
  competence: Type.Union([Type.Literal('division'), Type.Literal('regional'), Type.Literal('city')]),
  schedule: Nullable(
    Type.Object({
      days: Type.Array(Type.Integer()),
      open: Type.String(),
      close: Type.String(),
      break: Nullable(Type.Object({ start: Type.String(), end: Type.String() })),
      printed: Type.String(),
    }),
  ),
  timeZone: Type.String(),
  open: Type.Object({
    now: Type.Union([Type.Literal('open'), Type.Literal('closed'), Type.Literal('unknown')]),
    nextOpening: Nullable(Type.String()),
  }),
  akimat: Nullable(Type.Object({ code: Type.String(), name: NamesJson, ...ContactFields })),
  regionalDepartment: Nullable(Type.Object({ code: Type.String(), name: NamesJson, page: Type.String() })),
  sources: Type.Array(Type.Object({ annex: Type.Integer(), n: Type.Integer() })),
  suspect: Type.Array(Type.Object({ field: Type.String(), value: Type.String(), reason: Type.String() })),
});
const ErrorJson = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    fields: Type.Record(Type.String(), Type.String()),
  }),
});

function summaryJson(lang: Lang, o: OfficeSummary) {
  return {
    code: o.code,
    kind: o.kind,
    region: o.region,
    name: o.name,
    town: o.town,
    page: href(lang, `/offices/${o.code}`),
  };
}

function contactsJson(c: Contacts) {
  return { address: c.address, phones: c.phones, faxes: c.faxes, emails: c.emails, websites: c.websites };
}

function officeJson(lang: Lang, o: OfficeDetails): Static<typeof OfficeJson> {
  return {
    ...summaryJson(lang, o),
    ...contactsJson(o),
    competence: o.competence,
    schedule: o.schedule && {
      days: o.schedule.days,
      open: o.schedule.open,
      close: o.schedule.close,
      break: o.schedule.break,
      printed: o.schedule.text,
    },
    timeZone: o.timeZone,
    open: {
      now: o.open.state,
      nextOpening: o.open.state === 'closed' && o.open.next ? o.open.next.toISOString() : null,
    },
    akimat: o.akimat && { code: o.akimat.code, name: o.akimat.name, ...contactsJson(o.akimat) },
    regionalDepartment: o.department && {
      ...o.department,
      page: href(lang, `/offices/${o.department.code}`),
    },
    sources: o.sources,
    suspect: o.suspect,
  };
}

/** A page whose title is data (an office's name), not a catalogue key. */
function sendTitledPage(
  req: FastifyRequest,
  reply: FastifyReply,
  title: (ctx: ViewContext) => string,
  body: (ctx: ViewContext) => ComponentChildren,
  status = 200,
): FastifyReply {
  const ctx = viewContext(req, reply);
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(renderPage(ctx, { text: title(ctx) }, body(ctx)));
}

async function officeOrNull(app: FastifyInstance, code: string): Promise<OfficeDetails | null> {
  if (!OFFICE_CODE.test(code)) return null;
  try {
    return await findOffice(app.deps, code);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'NOT_FOUND') return null;
    throw e;
  }
}

export function registerOffices(app: FastifyInstance): void {
  for (const lang of LANGS) {
    app.get<{ Querystring: Static<typeof ListQuery> }>(
      `/${lang}/offices`,
      { schema: { querystring: ListQuery } },
      async (req, reply) => {
        const query = (req.query.q ?? '').trim();
        const regionCode = req.query.region ?? '';
        const [all, regions] = await Promise.all([
          searchOffices(app.deps, { lang }),
          officeRegions(app.deps, lang),
        ]);
        const inRegion = regionCode === '' ? all : all.filter((o) => o.region.code === regionCode);
        const found =
          query === ''
            ? null
            : await searchOffices(app.deps, { query, regionCode: regionCode || undefined, lang });
        return sendPage(req, reply, 'offices.title', (ctx) => (
          <OfficesListPage
            ctx={ctx}
            total={all.length}
            query={query}
            regionCode={regionCode}
            regions={regions}
            found={found}
            groups={groupByRegion(inRegion, lang)}
          />
        ));
      },
    );

    app.get<{ Params: Static<typeof CodeParams> }>(
      `/${lang}/offices/:code`,
      { schema: { params: CodeParams } },
      async (req, reply) => {
        const office = await officeOrNull(app, req.params.code);
        if (!office) {
          return sendPage(
            req,
            reply,
            'error.NOT_FOUND',
            (ctx) => <OfficeNotFoundPage ctx={ctx} code={req.params.code} />,
            404,
          );
        }
        return sendTitledPage(
          req,
          reply,
          (ctx) => inLang(ctx.lang, office.name),
          (ctx) => <OfficePage ctx={ctx} office={office} />,
        );
      },
    );
  }

  app.get<{ Querystring: Static<typeof ApiListQuery> }>(
    '/api/v1/offices',
    { schema: { querystring: ApiListQuery, response: { 200: OfficeListJson, '4xx': ErrorJson } } },
    async (req) => {
      const lang = req.query.lang ?? req.lang;
      const offices = await searchOffices(app.deps, {
        query: req.query.q,
        regionCode: req.query.region || undefined,
        lang,
      });
      return { count: offices.length, offices: offices.map((o) => summaryJson(lang, o)) };
    },
  );

  app.get<{ Params: Static<typeof CodeParams> }>(
    '/api/v1/offices/:code',
    { schema: { params: CodeParams, response: { 200: OfficeJson, '4xx': ErrorJson } } },
    async (req) => {
      const office = await officeOrNull(app, req.params.code);
      if (!office) throw new DomainError('NOT_FOUND');
      return officeJson(req.lang, office);
    },
  );
}
