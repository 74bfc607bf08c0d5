// What the queue's pages read (§9, §7.2–7.4): the office's desks and its waiting tickets with their
// wait so far and the near-norm warning, the hall board, and the day's figures.
import { findOrganisationByCode } from '../../db/accounts-store.js';
import type { Executor } from '../../db/database.js';
import { findQueueSettings, listDesks, type DeskRow } from '../../db/queue-store.js';
import {
  activeTicketOf,
  boardOfDay,
  ticketsOfDay,
  waitingOfDay,
  type BoardEntry,
  type TicketRow,
} from '../../db/queue-tickets-store.js';
import {
  breakOfDay,
  hoursOfDay,
  queueDayFigures,
  waitMinutes,
  waitWarning,
  type QueueDayFigures,
  type WaitWarning,
} from '../../domain/queue/index.js';
import { RULE_VERSIONS, ruleVersionFor } from '../../domain/standard/index.js';
import { comparePlainDates, isPlainDate, type PlainDate } from '../../domain/time/plain-date.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { authorize } from '../act-context.js';
import { PASS_KEEP_DAYS } from './configure-queue.js';
import { ownQueueOffice, queueOffice, type QueueOffice } from './queue-office.js';
import { staffedToday } from './desk-work.js';

export type { BoardEntry, DeskRow, TicketRow };

export interface WaitingView {
  id: string;
  label: string;
  purpose: TicketRow['purpose'];
  issuedAt: Date;
  waited: number;
  warning: WaitWarning;
}

export interface DeskView extends DeskRow {
  /** Who sits at it today (null: free). */
  staffedToday: string | null;
  held: TicketRow | null;
}

export interface QueueOverview {
  office: QueueOffice;
  desks: DeskView[];
  waiting: WaitingView[];
  /** The desk the actor sits at today, if any. */
  myDesk: DeskView | null;
}

/** The waiting tickets of today with their wait so far (break excluded) and the §7.2 / §7.4 warning. */
export async function waitingWithWarnings(
  deps: Deps,
  db: Executor,
  office: QueueOffice,
): Promise<WaitingView[]> {
  const now = deps.now();
  const brk = breakOfDay(office.schedule, office.today, office.timeZone);
  return (await waitingOfDay(db, office.row.id, office.today)).map((t) => {
    const waited = waitMinutes({ ...t, calledAt: null }, brk, now);
    return {
      id: t.id,
      label: t.label,
      purpose: t.purpose,
      issuedAt: t.issuedAt,
      waited,
      warning: waitWarning(office.version, t.purpose, waited),
    };
  });
}

export async function readQueueOverview(deps: Deps, actor: Actor): Promise<QueueOverview> {
  const db = deps.database.db;
  const office = await ownQueueOffice(deps, db, actor, 'queue.desk');
  const desks: DeskView[] = [];
  for (const d of await listDesks(db, office.row.id)) {
    const held = await activeTicketOf(db, d.id);
    desks.push({
      ...d,
      staffedToday: staffedToday(d, office),
      held: held && held.day === office.today ? held : null,
    });
  }
  return {
    office,
    desks,
    waiting: await waitingWithWarnings(deps, db, office),
    myDesk: desks.find((d) => d.staffedToday === actor.accountId) ?? null,
  };
}

export interface BoardView {
  officeId: string;
  officeCode: string;
  day: string;
  entries: BoardEntry[];
}

/** The hall board of an office (public: ticket labels and desk numbers only, as shown in the hall). */
export async function readBoard(deps: Deps, officeId: string): Promise<BoardView> {
  const office = await queueOffice(deps, deps.database.db, officeId);
  return {
    officeId: office.row.id,
    officeCode: office.row.code,
    day: office.today,
    entries: await boardOfDay(deps.database.db, office.row.id, office.today),
  };
}

export async function boardOfficeId(deps: Deps, code: string): Promise<string> {
  const row = /^\d{2}-\d{3}$/.test(code) ? await findOrganisationByCode(deps.database.db, code) : null;
  if (!row || row.kind !== 'service_office') throw new DomainError('NOT_FOUND');
  return row.id;
}

export interface FiguresView {
  office: QueueOffice;
  day: PlainDate;
  /** Up to when unfinished waits and services are counted. */
  until: Date;
  figures: QueueDayFigures;
}

/** §7.2–7.4 measured for an office's day: its head, or a supervisor over it (by office code). */
export async function readQueueFigures(
  deps: Deps,
  actor: Actor,
  p: { officeCode?: string; day?: string },
): Promise<FiguresView> {
  const db = deps.database.db;
  const officeId = p.officeCode ? await boardOfficeId(deps, p.officeCode) : actor.organisation.id;
  const office = await queueOffice(deps, db, officeId).catch(() => {
    throw new DomainError(p.officeCode ? 'NOT_FOUND' : 'FORBIDDEN');
  });
  authorize(actor, 'queue.figures', { organisationId: office.row.id, regionCode: office.row.regionCode });
  const day = (p.day && isPlainDate(p.day) ? p.day : office.today) as PlainDate;
  const tickets = await ticketsOfDay(db, office.row.id, day);
  const now = deps.now();
  const closing = hoursOfDay(office.schedule, day, office.timeZone).end;
  const until = comparePlainDates(day, office.today) < 0 ? closing : now;
  const figures = queueDayFigures({
    tickets: tickets.map((t) => ({ ...t, deskNumber: t.deskNumber })),
    dayBreak: breakOfDay(office.schedule, day, office.timeZone),
    version: ruleVersionFor(day, RULE_VERSIONS),
    until,
  });
  return { office, day, until, figures };
}

export async function readQueueSettings(deps: Deps, actor: Actor) {
  const db = deps.database.db;
  const office = await ownQueueOffice(deps, db, actor, 'queue.configure');
  const settings = await findQueueSettings(db, office.row.id);
  const desks = await listDesks(db, office.row.id);
  return {
    office,
    desks: desks.map((d) => ({ ...d, staffedToday: staffedToday(d, office) })),
    kioskSetAt: settings?.kioskTokenHash ? settings.kioskTokenSetAt : null,
    passKeepDays: settings?.passKeepDays ?? PASS_KEEP_DAYS.default,
  };
}
