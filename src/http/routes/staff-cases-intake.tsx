// §11, §13: the clerk's intake form. GET draws a blank form of the kind asked for (with a fresh
// idempotency key); POST either adds rows ("more rows", nothing validated) or opens the case and
// goes to its page. Invalid fields come back localized, in a summary linked to the fields, with
// everything typed kept.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LANGS, type Lang } from '../../i18n/i18n.js';
import { openCaseAtCounter } from '../../app/cases/open-case-at-counter.js';
import { DomainError } from '../../app/errors.js';
import { can } from '../../app/policies/policy.js';
import { reRegistrationDraft } from '../../app/registry/re-registration.js';
import { findOrganisation } from '../../db/accounts-store.js';
import { IDEMPOTENCY_KEY } from '../../db/idempotency.js';
import {
  APPLICATION_KIND_NAMES,
  APPLICATION_KINDS,
  RULE_VERSIONS,
  isApplicationKind,
  ruleVersionFor,
  type ApplicationKind,
} from '../../domain/standard/index.js';
import { plainDateAt } from '../../domain/time/plain-date.js';
import { CaseIntakePage, CaseKindChooser } from '../../views/pages/case-intake-page.js';
import { href } from '../../views/view-context.js';
import { originOf, sendPage } from '../request-context.js';
import { requireActor } from '../plugins/session.js';
import { scanLimits } from '../../app/cases/case-scans.js';
import {
  competenceFor,
  parseTerritoryUnit,
  territoryChoices,
} from '../../app/organisations/competent-office.js';
import { INTAKE_SCAN_ROWS, intakeScanUploads, scanItemChoices } from './staff-case-scans-input.js';
import {
  DEFAULT_ROWS,
  MAX_ROWS,
  MORE_ROWS,
  blankValues,
  compactRows,
  formValues,
  groupInput,
  missionaryInput,
  type FormValues,
} from './staff-cases-intake-input.js';

export const newFormKey = () => randomBytes(16).toString('base64url');

const rowsWanted = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_ROWS) : fallback;
};

export function registerCaseIntake(app: FastifyInstance): void {
  const guard = async (req: FastifyRequest) => {
    const actor = req.actor!;
    if (actor.organisation.kind !== 'service_office' || !can(actor, 'case.intake'))
      throw new DomainError('FORBIDDEN');
  };

  async function today(req: FastifyRequest) {
    const office = await findOrganisation(app.deps.database.db, req.actor!.organisation.id);
    return plainDateAt(app.deps.now(), office?.timeZone ?? 'Asia/Almaty');
  }

  async function render(
    req: FastifyRequest,
    reply: FastifyReply,
    lang: Lang,
    kind: ApplicationKind,
    state: {
      values: FormValues;
      errors: Record<string, string>;
      memberRows: number;
      materialRows: number;
      /** §11 scans: a refused file's name by its field, and whether files were chosen (browsers
       *  never fill a file input again, so the clerk is told to choose them anew). */
      fileNames?: Record<string, string>;
      scansDropped?: boolean;
    },
    status = 200,
  ) {
    const day = await today(req);
    const version = ruleVersionFor(day, RULE_VERSIONS);
    // §1, §13: warn at intake when the territory chosen is another office's (never a refusal).
    const competence = competenceFor(state.values.territoryUnit, req.actor!.organisation.code, day);
    const warning =
      competence && !competence.competent
        ? {
            name: lang === 'kk' ? competence.names.kk : (competence.names.ru ?? competence.names.kk),
            code: competence.officeCode,
          }
        : null;
    return sendPage(
      req,
      reply,
      'intake.page_title',
      (ctx) => (
        <CaseIntakePage
          ctx={ctx}
          kind={kind}
          kindName={APPLICATION_KIND_NAMES[kind][lang]}
          confessions={version.confessions.map((c) => ({ id: c.id, name: c.name[lang] }))}
          scanItems={scanItemChoices(version, kind, lang)}
          scanRows={INTAKE_SCAN_ROWS}
          scanLimits={scanLimits(app.deps)}
          fileNames={state.fileNames ?? {}}
          scansDropped={state.scansDropped ?? false}
          values={state.values}
          errors={state.errors}
          memberRows={state.memberRows}
          materialRows={state.materialRows}
          territory={{ groups: territoryChoices(day), warning }}
        />
      ),
      status,
    );
  }

  for (const lang of LANGS) {
    const path = `/${lang}/staff/cases/new`;
    app.get(path, { preHandler: [requireActor, guard] }, async (req, reply) => {
      // Issue 6: a re-registration pre-filled from the registration of the document `from`.
      const from = (req.query as Record<string, unknown>).from;
      if (typeof from === 'string' && from !== '') {
        const day = await today(req);
        const draft = await reRegistrationDraft(app.deps, req.actor!, originOf(req), from.slice(0, 40), day);
        return render(req, reply, lang, draft.kind, {
          values: { ...blankValues(draft.kind, day, lang, newFormKey()), ...draft.values },
          errors: {},
          memberRows: Math.max(DEFAULT_ROWS.members, draft.members),
          materialRows: DEFAULT_ROWS.materials,
        });
      }
      const kind = (req.query as Record<string, unknown>).kind;
      if (typeof kind !== 'string' || !isApplicationKind(kind))
        return sendPage(req, reply, 'intake.page_title', (ctx) => (
          <CaseKindChooser
            ctx={ctx}
            kinds={APPLICATION_KINDS.map((k) => ({ kind: k, name: APPLICATION_KIND_NAMES[k][lang] }))}
          />
        ));
      return render(req, reply, lang, kind, {
        values: blankValues(kind, await today(req), lang, newFormKey()),
        errors: {},
        memberRows: DEFAULT_ROWS.members,
        materialRows: DEFAULT_ROWS.materials,
      });
    });

    app.post(path, { preHandler: [app.csrfProtection, requireActor, guard] }, async (req, reply) => {
      const posted = formValues(req.body);
      const kind = posted.kind ?? '';
      if (!isApplicationKind(kind)) throw new DomainError('NOT_FOUND');
      // A key that is not one of ours would let a replay slip through; draw a new form instead.
      if (!IDEMPOTENCY_KEY.test(posted.key ?? '')) posted.key = newFormKey();
      const members = compactRows(posted, 'members');
      const materials = compactRows(members.values, 'materials');
      const values = materials.values;
      const more = posted.more;
      const memberRows = Math.max(
        rowsWanted(posted.memberRows, DEFAULT_ROWS.members) + (more === 'members' ? MORE_ROWS : 0),
        members.filled,
      );
      const materialRows = Math.max(
        rowsWanted(posted.materialRows, DEFAULT_ROWS.materials) + (more === 'materials' ? MORE_ROWS : 0),
        materials.filled,
      );
      const rows = {
        memberRows: Math.min(memberRows, MAX_ROWS),
        materialRows: Math.min(materialRows, MAX_ROWS),
      };
      const scans = intakeScanUploads(req.body);
      const scansDropped = scans.length > 0;
      if (more === 'members' || more === 'materials')
        return render(req, reply, lang, kind, { values, errors: {}, ...rows, scansDropped });
      try {
        const opened = await openCaseAtCounter(app.deps, req.actor!, originOf(req), {
          kind,
          // Anything but kk or ru is refused by the use-case (domain.md §6), with its own message.
          language: values.language as 'kk' | 'ru',
          application: {
            ...(kind.startsWith('missionary') ? missionaryInput(kind, values) : groupInput(kind, values)),
            // §1, §13: the territory by the directory, kept only when it is one of its units.
            ...(parseTerritoryUnit(values.territoryUnit) ? { territoryUnit: values.territoryUnit } : {}),
          },
          consent: values.consent === 'on',
          idempotencyKey: values.key!,
          scans,
          contact: {
            email: values.contactEmail ?? '',
            phone: values.contactPhone ?? '',
            consent: values.contactConsent === 'on',
          },
        });
        return reply.redirect(href(lang, `/staff/cases/${opened.id}`), 303);
      } catch (e) {
        if (!(e instanceof DomainError) || e.code !== 'VALIDATION_FAILED') throw e;
        const fileNames = (e.details.names as Record<string, string> | undefined) ?? {};
        return render(
          req,
          reply,
          lang,
          kind,
          { values, errors: e.fields, ...rows, fileNames, scansDropped },
          400,
        );
      }
    });
  }
}
