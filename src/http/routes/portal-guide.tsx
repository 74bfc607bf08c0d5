// Issue 8, learn: /{lang}/guide (which §11 documents, which office, open now, how to get there) and the
// blank application forms (annexes 7, 8) in Kazakh and Russian at /{lang}/forms/annex-7-kk.pdf etc.
import type { FastifyInstance } from 'fastify';
import { DomainError } from '../../app/errors.js';
import { competenceFor, territoryChoices } from '../../app/organisations/competent-office.js';
import { renderGroupApplication, renderMissionaryApplication } from '../../documents/index.js';
import { documentsNeeded, kindOf } from '../../domain/portal/guide.js';
import { APPLICATION_KIND_NAMES, RULE_VERSIONS, ruleVersionFor } from '../../domain/standard/index.js';
import { plainDateAt } from '../../domain/time/plain-date.js';
import { LANGS } from '../../i18n/i18n.js';
import { GuidePage } from '../../views/pages/portal/guide-page.js';
import { sendPage } from '../request-context.js';
import { portalOffice } from './portal-office.js';

const str = (v: unknown, max = 40) => (typeof v === 'string' ? v.slice(0, max) : '');

// The blank forms never change within a rule version: rendered once per process.
const blanks = new Map<string, Promise<Buffer>>();

export function registerPortalGuide(app: FastifyInstance): void {
  const deps = app.deps;
  for (const lang of LANGS) {
    app.get<{ Querystring: Record<string, unknown> }>(`/${lang}/guide`, async (req, reply) => {
      req.pagePath = '/guide';
      const today = plainDateAt(deps.now(), 'Asia/Almaty');
      const version = ruleVersionFor(today, RULE_VERSIONS);
      const q = req.query;
      const values: Record<string, string> = {};
      for (const k of ['subject', 'first', 'territoryUnit', ...version.questions.map((x) => x.id)]) {
        const v = str(q[k]);
        if (v) values[k] = v;
      }
      const subject = values.subject === 'missionary' || values.subject === 'group' ? values.subject : null;
      const first = values.first === 'yes' ? true : values.first === 'no' ? false : null;
      const asked = Object.keys(values).length > 0;
      const result =
        subject && first !== null
          ? documentsNeeded(version, {
              subject,
              first,
              answers: Object.fromEntries(
                version.questions
                  .filter((x) => x.options.some((o) => o.value === values[x.id]))
                  .map((x) => [x.id, values[x.id]]),
              ),
            })
          : null;
      const competence = competenceFor(values.territoryUnit, '', today);
      const office = competence ? await portalOffice(deps, competence.officeCode, lang) : null;
      return sendPage(
        req,
        reply,
        'portal.guide.title',
        (ctx) => (
          <GuidePage
            ctx={ctx}
            values={values}
            result={result}
            kindName={subject && first !== null ? APPLICATION_KIND_NAMES[kindOf(subject, first)][lang] : null}
            territory={territoryChoices(today)}
            office={office}
            incomplete={asked && !result && !(values.territoryUnit && Object.keys(values).length === 1)}
          />
        ),
        asked && !result && !values.territoryUnit ? 400 : 200,
      );
    });

    app.get<{ Params: { file: string } }>(`/${lang}/forms/:file`, async (req, reply) => {
      const m = /^annex-(7|8)-(kk|ru)\.pdf$/.exec(req.params.file);
      if (!m) throw new DomainError('NOT_FOUND');
      const [, annex, docLang] = m as unknown as [string, '7' | '8', 'kk' | 'ru'];
      const key = `${annex}-${docLang}`;
      let pdf = blanks.get(key);
      if (!pdf) {
        pdf =
          annex === '7'
            ? renderMissionaryApplication(null, { lang: docLang })
            : renderGroupApplication(null, { lang: docLang });
        blanks.set(key, pdf);
        pdf.catch(() => blanks.delete(key));
      }
      return reply
        .header('content-type', 'application/pdf')
        .header('cache-control', 'public, max-age=3600')
        .header('content-disposition', `inline; filename="annex-${annex}-${docLang}.pdf"`)
        .send(await pdf);
    });
  }
}
