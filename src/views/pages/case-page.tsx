// One case for staff (domain.md §4): where it stands, its clocks (§7.1, §16), what was recorded at
// the stamp (§11, §14), the application, the timeline, and a form for each action open to the reader.
import type { ViewContext } from '../view-context.js';
import { href } from '../view-context.js';
import type { CaseView } from '../../app/cases/read-case.js';
import type { ClockReading } from '../../domain/case/index.js';
import type { FieldWarningCode, RuleVersion } from '../../domain/standard/index.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { ErrorSummary, Notice, type FieldError } from '../components/form.js';
import { fieldLabel, WARNING_MESSAGES } from '../components/case-field-labels.js';
import { CaseApplication } from '../components/case-application.js';
import { CaseTimeline, localTime } from '../components/case-timeline.js';
import { CaseMessages } from '../components/case-messages.js';
import type { CaseMessagesView } from '../../app/notify/case-notices.js';
import { CaseCompetence, type CompetenceNotice } from '../components/case-competence.js';
import { actionFieldId, CaseActionForms, type ActionFormsData } from '../components/case-action-forms.js';
import { CaseDocumentLinks } from '../components/document-links.js';
import { printableDocuments } from '../../domain/case/printable-documents.js';
import { can } from '../../app/policies/policy.js';
import {
  CaseMaterialsSection,
  CaseScansSection,
  PurgedNotice,
  UnreturnedWarning,
} from '../components/case-records.js';

export interface CaseRefusal {
  /** CASE_ACTION_NOT_ALLOWED, FOUR_EYES, CASE_CHANGED or VALIDATION_FAILED. */
  code: string;
  kind: string;
  allowed: readonly string[];
}

export interface CasePageProps {
  ctx: ViewContext;
  view: CaseView;
  kindName: string;
  timeZone: string;
  version: RuleVersion;
  names: Readonly<Record<string, string>>;
  warnings: readonly { path: string; code: string }[];
  forms: ActionFormsData;
  notice: string | null;
  /** §1, §13: not the competent office (a warning naming it), or a case in transit to the reader. */
  competence?: CompetenceNotice | null;
  transitFrom?: string | null;
  /** Issue 8: the messages to the applicant and the survey link (absent: not shown). */
  messages?: CaseMessagesView;
  refused: CaseRefusal | null;
}

/** The name of a §11 item or of one of its alternatives, in the page's language. */
export function checklistItemName(version: RuleVersion, kind: string, id: string, lang: ViewContext['lang']) {
  const list = version.checklists[kind as keyof RuleVersion['checklists']];
  for (const item of list?.items ?? []) {
    if (item.id === id) return item.name[lang];
    const alt = item.alternatives.find((a) => a.id === id);
    if (alt) return alt.name[lang];
  }
  return id;
}

/** domain.md §6, §17: the documents the case's step allows, for its own office's staff who print. */
function printableFor(ctx: ViewContext, view: CaseView) {
  const target = { organisationId: view.row.organisationId, regionCode: view.officeCode.slice(0, 2) };
  return ctx.actor && can(ctx.actor, 'document.print', target) ? printableDocuments(view.snapshot) : [];
}

function actionName(ctx: ViewContext, kind: string): string {
  const key = `case.action.${kind}` as MessageKey;
  const text = ctx.t(key);
  return text === key ? ctx.t(`case.event.${kind}` as MessageKey) : text;
}

function Clock({ ctx, title, c }: { ctx: ViewContext; title: string; c: ClockReading }) {
  const t = ctx.t;
  let status: string;
  if (c.status === 'stopped')
    status = t(c.late ? 'case.clock_late' : 'case.clock_stopped', { day: c.stoppedOn ?? '' });
  else if (c.status === 'moot') status = t('case.clock_moot');
  else if (c.overdue) status = t('case.clock_overdue');
  else if (c.workingDaysLeft === 0) status = t('case.clock_due_today');
  else status = t('case.clock_left', { n: c.workingDaysLeft ?? 0 });
  return (
    <tr class={c.overdue ? 'clock-overdue' : undefined}>
      <th scope="row">{title}</th>
      <td>{c.due}</td>
      <td>
        {status}
        {c.provisional && <span class="tag">{t('case.clock_provisional')}</span>}
      </td>
    </tr>
  );
}

function Summary({ ctx, view, kindName, timeZone }: CasePageProps) {
  const t = ctx.t;
  const { row, snapshot: s } = view;
  const item = (label: string, value: string | null | undefined) =>
    value ? (
      <div>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </div>
    ) : null;
  return (
    <dl class="summary-list">
      {item(t('case.tracking'), row.trackingCode)}
      {item(t('case.kind'), kindName)}
      {item(t('case.state'), t(`case.state.${s.state}`))}
      {item(t('case.language'), t(row.language === 'ru' ? 'case.lang_ru' : 'case.lang_kk'))}
      {item(t('case.taken_in'), s.takenInAt && localTime(s.takenInAt, timeZone))}
      {item(t('case.incoming'), s.incomingNumbers.join(', '))}
      {item(t('case.stamped_at'), s.registration && localTime(s.registration.stampedAt, timeZone))}
      {item(t('case.start_day'), s.startDay)}
      {item(t('case.transfer_to'), s.transferTo)}
      {item(t('case.document_number'), s.result?.documentNumber)}
      {s.result && (
        // Issue 6: the document's page (its status, events, and the head's duplicate, reissue, annulment).
        <div>
          <dt>{t('docpage.open')}</dt>
          <dd>
            <a href={href(ctx.lang, `/staff/documents/${s.result.documentNumber}`)}>
              {s.result.documentNumber}
            </a>
          </dd>
        </div>
      )}
      {item(t('case.document_date'), s.result?.documentDate)}
      {item(t('case.valid_until'), s.result?.validUntil)}
      {item(t('case.outgoing_number'), s.refusal?.outgoingNumber)}
      {item(t('case.outgoing_date'), s.refusal?.outgoingDate)}
      {(s.fourEyesWaived || row.withoutFourEyes) && item(t('case.four_eyes'), t('case.without_four_eyes'))}
    </dl>
  );
}

export function CasePage(props: CasePageProps) {
  const { ctx, view, version } = props;
  const t = ctx.t;
  const s = view.snapshot;
  const itemName = (id: string) => checklistItemName(version, view.row.kind, id, ctx.lang);
  const failed = props.forms.failed;
  const errors: FieldError[] = failed
    ? Object.entries(failed.fields).map(([field, code]) => ({
        field: actionFieldId(failed.kind, field),
        message: `${actionName(ctx, failed.kind)}: ${t(`field.${code}` as MessageKey)}`,
      }))
    : [];
  const refused = props.refused;
  const base = `/staff/cases/${view.row.id}`;
  return (
    <>
      <p class="back-link">
        <a href={href(ctx.lang, '/staff/cases')}>{t('case.back_to_list')}</a>
      </p>
      <h1>{t('case.heading', { code: view.row.trackingCode })}</h1>
      <p class="lead">{props.kindName}</p>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {refused && refused.code !== 'VALIDATION_FAILED' && (
        <Notice kind="warning">
          <p class="refusal-message">{t(`error.${refused.code}` as MessageKey)}</p>
          {refused.code !== 'CASE_CHANGED' && (
            <p>
              {refused.allowed.length
                ? t('case.allowed_now', {
                    actions: refused.allowed.map((k) => actionName(ctx, k)).join(', '),
                  })
                : t('case.allowed_none')}
            </p>
          )}
          <p>
            <a href={href(ctx.lang, base)}>{t('case.reload')}</a>
          </p>
        </Notice>
      )}
      <ErrorSummary ctx={ctx} errors={errors} />
      <UnreturnedWarning ctx={ctx} state={s.state} materials={view.materials} />
      <PurgedNotice ctx={ctx} purged={view.applicationPurged} />
      <Summary {...props} />
      {view.clocks && (
        <div class="table-wrap">
          <table class="case-clocks">
            <caption>{t('case.clocks_title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('case.clock')}</th>
                <th scope="col">{t('cases.col.due')}</th>
                <th scope="col">{t('case.clock_status')}</th>
              </tr>
            </thead>
            <tbody>
              <Clock
                ctx={ctx}
                title={t('case.clock_result', { clause: view.clocks.result.clause })}
                c={view.clocks.result}
              />
              <Clock
                ctx={ctx}
                title={t('case.clock_refusal', { clause: view.clocks.refusal.clause })}
                c={view.clocks.refusal}
              />
            </tbody>
          </table>
        </div>
      )}
      <CaseDocumentLinks
        ctx={ctx}
        caseId={view.row.id}
        caseLang={view.row.language}
        documents={printableFor(ctx, view)}
      />
      {props.messages && <CaseMessages ctx={ctx} view={props.messages} timeZone={props.timeZone} />}
      <CaseCompetence ctx={ctx} c={props.competence ?? null} transitFrom={props.transitFrom ?? null} />
      {props.warnings.length > 0 && (
        <section class="case-warnings" aria-labelledby="warnings-title">
          <h2 id="warnings-title">{t('case.warnings_title')}</h2>
          <ul>
            {props.warnings.map((w) => (
              <li key={`${w.path}-${w.code}`}>
                {`${fieldLabel(t, w.path)}: ${t(WARNING_MESSAGES[w.code as FieldWarningCode] ?? 'case.warnings_title')}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {s.registration && (
        <section aria-labelledby="checklist-title">
          <h2 id="checklist-title">{t('case.checklist_title')}</h2>
          {s.registration.checklist.complete ? (
            <p>{t('case.checklist_complete')}</p>
          ) : (
            <>
              {s.registration.checklist.missingItemIds.length > 0 && (
                <>
                  <p>{t('case.checklist_missing')}</p>
                  <ul class="missing-items">
                    {s.registration.checklist.missingItemIds.map((id) => (
                      <li key={id}>{itemName(id)}</li>
                    ))}
                  </ul>
                </>
              )}
              {s.registration.checklist.unansweredQuestionIds.length > 0 && (
                <p>
                  {t('case.checklist_unanswered')}{' '}
                  {s.registration.checklist.unansweredQuestionIds
                    .map((id) => version.questions.find((q) => q.id === id)?.name[ctx.lang] ?? id)
                    .join('; ')}
                </p>
              )}
            </>
          )}
          {s.missingItemIds.length > 0 && (
            <>
              <p>{t('case.refusal_missing')}</p>
              <ul class="refusal-items">
                {s.missingItemIds.map((id) => (
                  <li key={id}>{itemName(id)}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      <CaseScansSection
        ctx={ctx}
        caseId={view.row.id}
        files={view.files}
        mayAttach={view.mayAttachScans}
        itemName={itemName}
        names={props.names}
        timeZone={props.timeZone}
      />
      <CaseMaterialsSection
        ctx={ctx}
        caseId={view.row.id}
        state={s.state}
        materials={view.materials}
        mayReturn={view.mayReturnMaterials}
        names={props.names}
        timeZone={props.timeZone}
      />
      <section aria-labelledby="actions-title" class="no-print">
        <h2 id="actions-title">{t('case.actions_title')}</h2>
        <CaseActionForms ctx={ctx} d={props.forms} />
      </section>
      <section aria-labelledby="application-title">
        <h2 id="application-title">{t('case.application_title')}</h2>
        <CaseApplication
          ctx={ctx}
          application={view.application}
          showAffiliation={view.showAffiliation}
          version={version}
        />
      </section>
      <p class="no-print">
        <a href={href(ctx.lang, `${base}/corrections`)}>{t('correction.link')}</a>
      </p>
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('case.timeline_title')}</h2>
        <CaseTimeline
          ctx={ctx}
          actions={view.actions}
          names={props.names}
          timeZone={props.timeZone}
          itemName={itemName}
        />
      </section>
    </>
  );
}
