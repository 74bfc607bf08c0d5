// Typed audit events (docs/ARCHITECTURE.md habit 5; domain.md §8). Every change writes one in its own
// transaction. They carry ids and codes only, never personal data, so purging a person's record after
// its retention period never has to touch (and so never breaks) a chain.
import type { Role } from '../roles/roles.js';

type Event<A extends string, R extends string, D extends Record<string, unknown> = Record<string, never>> = {
  action: A;
  recordType: R;
  recordId: string;
  data: D;
};

export type AuditEvent =
  | Event<'organisation.created', 'organisation', { code: string; kind: string }>
  | Event<
      'organisation.settings_changed',
      'organisation',
      { fourEyes?: boolean; uncollectedAfterDays?: number }
    >
  | Event<'account.created', 'account', { organisationId: string; roles: Role[] }>
  | Event<'account.roles_changed', 'account', { from: Role[]; to: Role[] }>
  | Event<'account.deactivated', 'account'>
  | Event<'account.reactivated', 'account'>
  | Event<'account.password_reset', 'account'>
  | Event<'account.password_changed', 'account'>
  | Event<'account.signed_in', 'account', { sessionId: string }>
  | Event<'account.sign_in_failed', 'account', { failures: number }>
  | Event<'account.locked_out', 'account', { until: string }>
  | Event<'account.signed_out', 'account', { sessionId: string }>
  | Event<'delegation.created', 'delegation', { accountId: string; fromDate: string; toDate: string }>
  | Event<'system.demo_seeded', 'system', { organisations: number; accounts: number }>
  // domain.md §1: the directory of annexes 1–4 as of a day; counts only (one event for the whole import).
  | Event<
      'directory.imported',
      'directory',
      { asOf: string; offices: number; akimats: number; inserted: number; updated: number }
    >
  | Event<'calendar.year_entered', 'calendar_year', { year: number; replaced: boolean; transfers: number }>
  | Event<'calendar.due_dates_recomputed', 'calendar_year', { year: number; count: number }>
  | Event<'case.action', 'case', { kind: string; seq: number; state: string }>
  // domain.md §4: a correction after registration proposed, approved or rejected (the field's path,
  // never its values, which stay in case_corrections and are purged with the application).
  | Event<'case_correction.proposed', 'case_correction', { caseId: string; field: string }>
  | Event<'case_correction.approved', 'case_correction', { caseId: string; field: string; seq: number }>
  | Event<'case_correction.rejected', 'case_correction', { caseId: string; field: string }>
  // domain.md §6, §8: a document printed from the staff pages (the print's row id; the case's id).
  | Event<
      'document.printed',
      'document_print',
      { caseId: string | null; document: string; language: string; copy: string }
    >
  // §11: a scan attached to or removed from a case (ids and codes; never the file's name or content).
  | Event<
      'case_file.attached',
      'case_file',
      { caseId: string; checklistItemId: string | null; purpose: string; mediaType: string; byteSize: number }
    >
  | Event<'case_file.removed', 'case_file', { caseId: string; checklistItemId: string | null }>
  // §11.1: items of the inventory handed back to the applicant, by their position in the list.
  | Event<'case_materials.returned', 'case', { positions: number[] }>
  // domain.md §6: the keys of the integrity seal (key ids only; a revocation's reason stays on the key).
  | Event<'seal_key.created', 'seal_key', { because: 'first_need' | 'rotation' | 'revocation' }>
  | Event<'seal_key.retired', 'seal_key', { successor: string }>
  | Event<'seal_key.revoked', 'seal_key', { wasActive: boolean }>
  // Issue 6, domain.md §5: an office's paper register imported (how many documents; no names).
  | Event<'registry.paper_imported', 'organisation', { documents: number }>
  // Issue 6, domain.md §4: a document's life after hand-over (document numbers and codes only).
  | Event<'registry.duplicate_issued', 'issued_document', { original: string; ground: string }>
  | Event<'registry.document_reissued', 'issued_document', { original: string; corrected: string[] }>
  | Event<'registry.registration_annulled', 'issued_document', { reason: string; ground: string }>
  | Event<'registry.expiry_reminders_queued', 'registry', { count: number }>
  // Issue 8: the applicant's contact recorded (which channels, never the address) and a survey
  // answered — on the office's chain by the office's code only, never the case (anonymous answers).
  | Event<'case.contact_recorded', 'case', { email: boolean; sms: boolean }>
  | Event<'survey.answered', 'survey', Record<string, never>>
  | Event<'registry.document_superseded', 'issued_document', { successor: string; caseId: string }>
  // §11.1: further materials requested (how many items) and decided (the request's event id).
  | Event<'registry.materials_requested', 'issued_document', { items: number }>
  | Event<'registry.materials_decided', 'issued_document', { requestId: number; decision: string }>
  // §9, §7.2–7.4: the live queue (ids, letters and desk ids; a ticket carries no personal data).
  | Event<'queue.ticket_issued', 'queue_ticket', { purpose: string; day: string; seq: number }>
  | Event<'queue.ticket_called', 'queue_ticket', { deskId: string }>
  | Event<'queue.ticket_moved', 'queue_ticket', { act: string; deskId: string; status: string }>
  | Event<'queue.ticket_linked', 'queue_ticket', { caseId: string }>
  | Event<'queue.desk_changed', 'queue_desk', { number: number; purposes: string[]; active: boolean }>
  | Event<'queue.desk_staffed', 'queue_desk', { staffed: boolean; by: string }>
  | Event<'queue.settings_changed', 'organisation', { passKeepDays?: number; kioskToken?: 'replaced' }>
  // §10: a one-time pass (its id and number; the visitor's name stays in the pass, erased with it).
  | Event<'pass.confirmed', 'visitor_pass', { day: string; seq: number }>
  | Event<'pass.entered', 'visitor_pass'>
  | Event<'pass.exited', 'visitor_pass'>
  // §20–25: complaints (ids, codes and the due day; never the complainant's name or text).
  | Event<
      'complaint.registered',
      'complaint',
      {
        channel: string;
        kind: string;
        handledBy: string;
        caseId: string | null;
        ticketId: string | null;
        termId: string;
        dueOn: string;
        /** §24: the applicant's copy stored with it (its row id; never its name or content). */
        copyScanId?: string | null;
      }
    >
  | Event<'complaint.assigned', 'complaint', { assignedTo: string }>
  | Event<
      'complaint.answered',
      'complaint',
      { outcome: string; consequence: string; outgoingNumber: string; caseId: string | null }
    >
  | Event<'complaint.delivered', 'complaint', { how: string; on: string; late: boolean }>
  | Event<'complaint.court_recorded', 'complaint', { outcome: string; consequence: string; on: string }>
  | Event<'complaint.survey_answered', 'complaint'>
  // §19, domain.md §7: an annex 9 normative value or target entered or changed (with the values before).
  | Event<
      'indicator.year_value_set',
      'indicator_year_value',
      {
        indicator: string;
        year: number;
        office: string | null;
        normative: number | null;
        target: number | null;
        order: { number: string; date: string };
        before: {
          normative: number | null;
          target: number | null;
          order: { number: string; date: string };
        } | null;
      }
    >
  | Event<'retention.purged', 'retention', { recordType: string; count: number; before: string }>;

export type AuditAction = AuditEvent['action'];

/** Reads of a person's record (§17): who read which record, for what. */
export interface AccessEntry {
  recordType: string;
  recordId: string;
  purpose: string;
}
