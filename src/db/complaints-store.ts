// The complaints register (§20–25) and the anonymous 4.1 answers (domain.md §7).
import { and, asc, desc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import {
  complaintScans,
  complaintSurveyAnswers,
  complaints,
  organisations,
  queueTickets,
} from './schema/index.js';
import { queryRows, type Executor } from './database.js';

export type ComplaintRow = typeof complaints.$inferSelect;
export type NewComplaint = typeof complaints.$inferInsert;

export async function insertComplaint(tx: Executor, row: NewComplaint): Promise<void> {
  await tx.insert(complaints).values(row);
}

export interface NewComplaintScan {
  complaintId: string;
  fileName: string;
  mediaType: 'application/pdf' | 'image/jpeg' | 'image/png';
  sha256: string;
  content: Buffer;
  uploadedAt: Date;
}

/** §24: the applicant's copy, stored as the §11 scans are (base64 decoded by the server: see
 *  case-files-store.ts for why). */
export async function insertComplaintScan(tx: Executor, scan: NewComplaintScan): Promise<string> {
  const [row] = await tx
    .insert(complaintScans)
    .values({
      ...scan,
      content: sql`decode(${scan.content.toString('base64')}, 'base64')`,
      byteSize: scan.content.length,
    })
    .returning({ id: complaintScans.id });
  return row!.id;
}

export interface ComplaintScanMeta {
  id: string;
  fileName: string;
  mediaType: 'application/pdf' | 'image/jpeg' | 'image/png';
  byteSize: number;
  sha256: string;
  uploadedAt: Date;
  /** The content was purged (retention, domain.md §8): the row stays, the file is gone. */
  purged: boolean;
}

/** The copy's description without its content (the complaint page lists it). */
export async function complaintScanMeta(
  db: Executor,
  complaintId: string,
): Promise<ComplaintScanMeta | null> {
  const [row] = await db
    .select({
      id: complaintScans.id,
      fileName: complaintScans.fileName,
      mediaType: complaintScans.mediaType,
      byteSize: complaintScans.byteSize,
      sha256: complaintScans.sha256,
      uploadedAt: complaintScans.uploadedAt,
      purged: sql<boolean>`${complaintScans.content} is null`,
    })
    .from(complaintScans)
    .where(eq(complaintScans.complaintId, complaintId));
  return row ?? null;
}

/** The copy's content (hex through a plain query, fast on the embedded database), or null if purged. */
export async function complaintScanContent(db: Executor, complaintId: string): Promise<Buffer | null> {
  const [row] = await queryRows<{ hex: string | null }>(
    db,
    sql`select encode(content, 'hex') as hex from complaint_scans where complaint_id = ${complaintId}`,
  );
  return row?.hex == null ? null : Buffer.from(row.hex, 'hex');
}

export async function findComplaint(db: Executor, id: string): Promise<ComplaintRow | null> {
  const [row] = await db.select().from(complaints).where(eq(complaints.id, id));
  return row ?? null;
}

export async function lockComplaint(tx: Executor, id: string): Promise<ComplaintRow | null> {
  const [row] = await tx.select().from(complaints).where(eq(complaints.id, id)).for('update');
  return row ?? null;
}

export async function findComplaintByTrackingCode(db: Executor, code: string): Promise<ComplaintRow | null> {
  const [row] = await db.select().from(complaints).where(eq(complaints.trackingCode, code));
  return row ?? null;
}

export async function updateComplaint(tx: Executor, id: string, set: Partial<NewComplaint>): Promise<void> {
  await tx.update(complaints).set(set).where(eq(complaints.id, id));
}

export interface ComplaintListRow {
  id: string;
  trackingCode: string;
  incomingNumber: string;
  kind: ComplaintRow['kind'];
  addressee: ComplaintRow['addressee'];
  channel: ComplaintRow['channel'];
  state: ComplaintRow['state'];
  registeredOn: string;
  dueOn: string;
  deliveredOn: string | null;
  officeCode: string;
  handlerCode: string;
}

const listColumns = {
  id: complaints.id,
  trackingCode: complaints.trackingCode,
  incomingNumber: complaints.incomingNumber,
  kind: complaints.kind,
  addressee: complaints.addressee,
  channel: complaints.channel,
  state: complaints.state,
  registeredOn: complaints.registeredOn,
  dueOn: complaints.dueOn,
  deliveredOn: complaints.deliveredOn,
  officeCode: sql<string>`(select code from organisations o where o.id = ${complaints.officeId})`,
  handlerCode: sql<string>`(select code from organisations o where o.id = ${complaints.handledBy})`,
};

/** The complaints an organisation handles or registered, open ones first by due day. */
export async function complaintsOf(
  db: Executor,
  organisationId: string,
  limit = 200,
): Promise<ComplaintListRow[]> {
  return db
    .select(listColumns)
    .from(complaints)
    .where(or(eq(complaints.handledBy, organisationId), eq(complaints.registeredIn, organisationId)))
    .orderBy(sql`${complaints.state} = 'delivered'`, asc(complaints.dueOn), desc(complaints.registeredAt))
    .limit(limit);
}

/** The akimat's view of its offices (§21): their complaints not delivered by their due day. */
export async function overdueOfAkimatOffices(
  db: Executor,
  akimatCode: string,
  today: string,
): Promise<ComplaintListRow[]> {
  const offices = db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.akimatCode, akimatCode));
  return db
    .select(listColumns)
    .from(complaints)
    .where(
      and(
        inArray(complaints.handledBy, offices),
        ne(complaints.state, 'delivered'),
        sql`${complaints.dueOn} < ${today}`,
      ),
    )
    .orderBy(asc(complaints.dueOn))
    .limit(200);
}

/** The complaints about the cases of a registrant (its history, issue 9). */
export async function complaintsOfCases(
  db: Executor,
  caseIds: readonly string[],
): Promise<ComplaintListRow[]> {
  if (caseIds.length === 0) return [];
  return db
    .select(listColumns)
    .from(complaints)
    .where(inArray(complaints.caseId, [...caseIds]))
    .orderBy(asc(complaints.registeredAt));
}

/** A ticket of the office's day for a complaint (letter D), by its label. */
export async function findComplaintTicket(tx: Executor, organisationId: string, day: string, label: string) {
  const [row] = await tx
    .select({ id: queueTickets.id, complaintId: queueTickets.complaintId })
    .from(queueTickets)
    .where(
      and(
        eq(queueTickets.organisationId, organisationId),
        eq(queueTickets.day, day),
        eq(queueTickets.label, label),
        eq(queueTickets.purpose, 'complaint'),
      ),
    )
    .for('update');
  return row ?? null;
}

export async function linkTicket(tx: Executor, ticketId: string, complaintId: string): Promise<void> {
  await tx.update(queueTickets).set({ complaintId }).where(eq(queueTickets.id, ticketId));
}

export async function insertSurveyAnswer(
  tx: Executor,
  row: { organisationId: string; answeredOn: string; score: number },
): Promise<void> {
  await tx.insert(complaintSurveyAnswers).values(row);
}

/** Indicator 4.1's counts for an office over a period: answers and satisfied (4 or 5). */
export async function surveyCounts(
  db: Executor,
  organisationId: string,
  from: string,
  to: string,
): Promise<{ answers: number; satisfied: number }> {
  const [row] = await db
    .select({
      answers: sql<number>`count(*)::int`,
      satisfied: sql<number>`(count(*) filter (where ${complaintSurveyAnswers.score} >= 4))::int`,
    })
    .from(complaintSurveyAnswers)
    .where(
      and(
        eq(complaintSurveyAnswers.organisationId, organisationId),
        sql`${complaintSurveyAnswers.answeredOn} between ${from} and ${to}`,
      ),
    );
  return { answers: Number(row?.answers ?? 0), satisfied: Number(row?.satisfied ?? 0) };
}
