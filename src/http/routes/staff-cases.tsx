// The case at the counter, for staff (domain.md §4): the office's worklists, the case page with one
// form per action open to the reader, and the action posts. Every act goes through
// performCaseAction (one transaction, the one state table); a refused act re-draws the page with the
// localized reason and what is allowed instead.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LANGS, translate, type Lang } from '../../i18n/i18n.js';
import { readCase } from '../../app/cases/read-case.js';
import { caseMessagesView } from '../../app/notify/case-notices.js';
import { performCaseAction } from '../../app/cases/perform-case-action.js';
import type { StaffCommand } from '../../app/cases/build-case-action.js';
import { DomainError } from '../../app/errors.js';
import { can } from '../../app/policies/policy.js';
import { findAccount, findOrganisation } from '../../db/accounts-store.js';
import { IDEMPOTENCY_KEY } from '../../db/idempotency.js';
import {
  findWorklistPage,
  OFFICE_WORKLISTS,
  type OfficeWorklist,
  type WorklistBounds,
} from '../../db/case-worklists.js';
import { builtInCalendar, instantAtWallTime, type WorkingDayCalendar } from '../../domain/calendar/index.js';
import { DUE_SOON_WORKING_DAYS } from '../../domain/case/index.js';
import {
  APPLICATION_KIND_NAMES,
  isApplicationKind,
  workingDaysLeft,
  isDueDayProvisional,
  type ApplicationKind,
} from '../../domain/standard/index.js';
import { addDays, plainDateAt, type PlainDate } from '../../domain/time/plain-date.js';
import { CasePage, type CaseRefusal } from '../../views/pages/case-page.js';
import { CaseWorklistsPage } from '../../views/pages/case-worklists-page.js';
import {
  STAFF_FORM_ACTIONS,
  type ActionFormsData,
  type StaffFormAction,
} from '../../views/components/case-action-forms.js';
import { href } from '../../views/view-context.js';
import { STATUS } from '../plugins/error-handler.js';
import { originOf, sendPage } from '../request-context.js';
import { requireActor } from '../plugins/session.js';
import { newFormKey } from './staff-cases-intake.js';
import { competenceFor, territoryUnitOf } from '../../app/organisations/competent-office.js';
import { findIncomingTransfers } from '../../db/case-transfers.js';
import { localTime } from '../../views/components/case-timeline.js';
import { caseFormsData, caseVersion, caseWarnings } from './staff-cases-data.js';

/** Cases drawn per list on the overview, and per page of one list (an office may hold thousands). */
export const OVERVIEW_ROWS = 20;
export const PAGE_ROWS = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const str = (v: unknown, max = 500) => (typeof v === 'string' ? v.slice(0, max) : '');
const list = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v])
    .filter((x): x is string => typeof x === 'string')
    .slice(0, 60)
    .map((x) => x.slice(0, 100));

/** What a posted action form asks for, as the command the use-case takes. */
export function commandOf(kind: StaffFormAction, b: Record<string, unknown>): StaffCommand {
  switch (kind) {
    case 'stamp':
      return { kind, itemsPresent: list(b.items) };
    case 'send_back':
    case 'withdraw':
      return { kind, reason: str(b.reason).trim() };
    case 'transfer':
      return { kind, toOfficeCode: str(b.toOfficeCode, 20).trim(), reason: str(b.reason).trim() };
    case 'hand_over':
      return {
        kind,
        recipient: b.recipient === 'representative' ? 'representative' : 'applicant',
        identityDocumentId: str(b.identityDocumentId, 100).trim(),
        powerOfAttorneyId: str(b.powerOfAttorneyId, 100).trim() || null,
      };
    case 'draft_refusal':
      return { kind, missingItemIds: list(b.missingItemIds) };
    case 'deliver_refusal':
      return {
        kind,
        how: b.how === 'post' ? 'post' : 'in_person',
        proofReference: str(b.proofReference, 200).trim(),
        on: str(b.on, 10).trim(),
      };
    default:
      return { kind };
  }
}

/** The date bounds of the worklists on the office's `today` (domain/case/worklist.ts). */
export function worklistBounds(
  today: PlainDate,
  timeZone: string,
  calendar: WorkingDayCalendar,
  /** domain.md §4: the office's "uncollected for more than N days" (organisations.uncollected_after_days). */
  uncollectedAfterDays: number,
): WorklistBounds {
  return {
    today,
    // "Due within 2 working days": due before the 3rd working day after today.
    dueSoonBefore: calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS + 1),
    // "Uncollected for more than N days": signed on a day before today − N.
    signedBefore: instantAtWallTime(addDays(today, -uncollectedAfterDays), 0, timeZone),
  };
}

const REDRAWN = ['VALIDATION_FAILED', 'CASE_ACTION_NOT_ALLOWED', 'FOUR_EYES', 'CASE_CHANGED'] as const;

export function registerStaffCases(app: FastifyInstance): void {
  const db = app.deps.database.db;
  // The worklists are the office's own: staff of a service office who may read its cases.
  const officeGuard = async (req: FastifyRequest) => {
    const actor = req.actor!;
    if (actor.organisation.kind !== 'service_office' || !can(actor, 'case.read'))
      throw new DomainError('FORBIDDEN');
  };

  async function staffNames(ids: Iterable<string>): Promise<Record<string, string>> {
    const names: Record<string, string> = {};
    for (const id of new Set(ids)) {
      const a = await findAccount(db, id);
      if (a) names[id] = a.displayName;
    }
    return names;
  }

  async function casePage(
    req: FastifyRequest,
    reply: FastifyReply,
    lang: Lang,
    id: string,
    extra: { notice?: string | null; refused?: CaseRefusal | null; failed?: ActionFormsData['failed'] } = {},
    status = 200,
  ) {
    if (!UUID.test(id)) throw new DomainError('NOT_FOUND');
    const view = await readCase(app.deps, req.actor!, originOf(req), id, 'case page');
    const office = await findOrganisation(db, view.row.organisationId);
    const timeZone = office?.timeZone ?? 'Asia/Almaty';
    const today = plainDateAt(app.deps.now(), timeZone);
    const version = caseVersion(view.row.ruleVersionId, view.snapshot.startDay ?? today);
    const names = await staffNames([
      ...view.actions.flatMap((a) => (a.actor.accountId ? [a.actor.accountId] : [])),
      // Who attached a scan (§11) and who handed an item back (§11.1).
      ...view.files.flatMap((f) => (f.uploadedBy ? [f.uploadedBy] : [])),
      ...view.materials.flatMap((m) => (m.returnedBy ? [m.returnedBy] : [])),
    ]);
    const keys = Object.fromEntries(STAFF_FORM_ACTIONS.map((k) => [k, newFormKey()]));
    const forms = caseFormsData(lang, view, version, { keys, today, failed: extra.failed ?? null });
    // §1, §13: at intake and once registered, warn when this office is not competent for the
    // territory recorded, and fill the transfer form with the competent office.
    const competence = ['at_counter', 'registered'].includes(view.snapshot.state)
      ? competenceFor(territoryUnitOf(view.application), view.officeCode, today)
      : null;
    const wrongOffice = competence && !competence.competent ? competence : null;
    const nameIn = (n: { kk: string; ru: string | null }) => (lang === 'kk' ? n.kk : (n.ru ?? n.kk));
    if (wrongOffice)
      forms.transfer = {
        toOfficeCode: wrongOffice.officeCode,
        reason: translate(lang, 'case.transfer_reason_competence'),
      };
    const transitFrom =
      view.snapshot.state === 'transferred' && view.row.organisationId !== req.actor!.organisation.id
        ? office && nameIn({ kk: office.nameKk, ru: office.nameRu })
        : null;
    // Issue 8: the messages to the applicant and their delivery; the survey link after the end.
    const messages = await caseMessagesView(db, view.row.id, view.row.language, app.deps.publicUrl);
    return sendPage(
      req,
      reply,
      'case.page_title',
      (ctx) => (
        <CasePage
          ctx={ctx}
          view={view}
          kindName={APPLICATION_KIND_NAMES[view.row.kind][lang]}
          timeZone={timeZone}
          version={version}
          names={names}
          warnings={caseWarnings(view.application, version)}
          forms={forms}
          notice={extra.notice ?? null}
          refused={extra.refused ?? null}
          competence={
            wrongOffice && {
              officeCode: wrongOffice.officeCode,
              name: nameIn(wrongOffice.names),
              canTransfer: view.available.includes('transfer'),
              beforeStamp: view.snapshot.state === 'at_counter',
            }
          }
          transitFrom={transitFrom ?? null}
          messages={messages}
        />
      ),
      status,
    );
  }

  for (const lang of LANGS) {
    const base = `/${lang}/staff/cases`;

    app.get(base, { preHandler: [requireActor, officeGuard] }, async (req, reply) => {
      const actor = req.actor!;
      // The office's row came with the session (its time zone and settings are the lists' bounds).
      const office = req.actorOffice ?? (await findOrganisation(db, actor.organisation.id));
      if (!office) throw new DomainError('FORBIDDEN');
      const calendar = (await app.deps.calendar?.get()) ?? builtInCalendar();
      const today = plainDateAt(app.deps.now(), office.timeZone);
      const q = req.query as Record<string, unknown>;
      const focus =
        typeof q.list === 'string' && (OFFICE_WORKLISTS as readonly string[]).includes(q.list)
          ? (q.list as OfficeWorklist)
          : null;
      const pageNo =
        focus && typeof q.page === 'string' && /^[1-9]\d{0,5}$/.test(q.page) ? Number(q.page) : 1;
      const size = focus ? PAGE_ROWS : OVERVIEW_ROWS;
      // §1, §13: the cases other offices sent here, asked beside the lists (the worklist's round trips
      // are what a busy database lengthens).
      const [page, transfers] = await Promise.all([
        findWorklistPage(
          db,
          office.id,
          worklistBounds(today, office.timeZone, calendar, office.uncollectedAfterDays),
          { list: focus, offset: (pageNo - 1) * size, limit: size },
        ),
        findIncomingTransfers(db, actor.organisation.code),
      ]);
      const lists = (focus ? [focus] : OFFICE_WORKLISTS).map((list) => ({
        list,
        count: page.counts[list],
        cases: page.lists[list].map((r) => ({
          ...r,
          kindName: isApplicationKind(r.kind)
            ? APPLICATION_KIND_NAMES[r.kind as ApplicationKind][lang]
            : r.kind,
          left: r.due ? workingDaysLeft(r.due, today, calendar) || 0 : null,
          overdue: r.lists.includes('overdue'),
          // domain.md §9: a due day over a year without its calendar data is flagged wherever shown.
          provisional: r.due !== null && isDueDayProvisional(r.startDay ?? r.due, r.due, calendar),
        })),
      }));
      const counts = OFFICE_WORKLISTS.map((list) => ({ list, count: page.counts[list] }));
      // §1, §13: cases other offices sent here, for the records service to receive.
      const incoming = transfers.map((r) => ({
        id: r.id,
        trackingCode: r.trackingCode,
        kindName: isApplicationKind(r.kind) ? APPLICATION_KIND_NAMES[r.kind][lang] : r.kind,
        incomingNumber: r.incomingNumber,
        from: `${lang === 'kk' ? r.fromNameKk : (r.fromNameRu ?? r.fromNameKk)} (${r.fromOfficeCode})`,
        sentAt: localTime(r.sentAt.toISOString(), office.timeZone),
        due: r.due,
        clock: r.clock,
      }));
      return sendPage(req, reply, 'cases.title', (ctx) => (
        <CaseWorklistsPage
          ctx={ctx}
          lists={lists}
          canIntake={can(actor, 'case.intake')}
          kinds={(
            [
              'missionary-registration',
              'missionary-re-registration',
              'group-registration',
              'group-re-registration',
            ] as const
          ).map((k) => ({ kind: k, name: APPLICATION_KIND_NAMES[k][lang] }))}
          dueSoonDays={DUE_SOON_WORKING_DAYS}
          uncollectedDays={office.uncollectedAfterDays}
          counts={counts}
          incoming={focus ? null : incoming}
          focus={
            focus
              ? { list: focus, page: pageNo, pages: Math.max(1, Math.ceil(page.counts[focus] / size)) }
              : null
          }
        />
      ));
    });

    app.get(`${base}/:id`, { preHandler: requireActor }, async (req, reply) => {
      const { id } = req.params as { id: string };
      const done = (req.query as Record<string, unknown>).done;
      const notice =
        typeof done === 'string' && (STAFF_FORM_ACTIONS as readonly string[]).includes(done)
          ? translate(lang, 'case.done', {
              action: translate(lang, `case.action.${done as StaffFormAction}`),
            })
          : null;
      return casePage(req, reply, lang, id, { notice });
    });

    app.post(
      `${base}/:id/actions/:kind`,
      { preHandler: [app.csrfProtection, requireActor] },
      async (req, reply) => {
        const { id, kind } = req.params as { id: string; kind: string };
        if (!UUID.test(id) || !(STAFF_FORM_ACTIONS as readonly string[]).includes(kind))
          throw new DomainError('NOT_FOUND');
        const action = kind as StaffFormAction;
        const body = (req.body ?? {}) as Record<string, unknown>;
        const version = Number(body.version);
        const key = str(body.key, 100);
        if (!Number.isInteger(version) || !IDEMPOTENCY_KEY.test(key))
          throw new DomainError('VALIDATION_FAILED');
        try {
          await performCaseAction(
            app.deps,
            req.actor!,
            originOf(req),
            id,
            version,
            commandOf(action, body),
            key,
          );
        } catch (e) {
          if (!(e instanceof DomainError) || !(REDRAWN as readonly string[]).includes(e.code)) throw e;
          const allowed = Array.isArray(e.details.allowed) ? (e.details.allowed as string[]) : [];
          const values = Object.fromEntries(
            Object.entries(body)
              .filter(([k]) => !['_csrf', 'key', 'version'].includes(k))
              .map(([k, v]) => [k, list(v)]),
          );
          return casePage(
            req,
            reply,
            lang,
            id,
            {
              refused: { code: e.code, kind: action, allowed },
              failed: e.code === 'VALIDATION_FAILED' ? { kind: action, fields: e.fields, values } : null,
            },
            STATUS[e.code],
          );
        }
        return reply.redirect(`${href(lang, `/staff/cases/${id}`)}?done=${action}`, 303);
      },
    );
  }
}
