// The visits of the synthetic cases to the office's hall (§9): a ticket for each visit at the desk —
// letter A to hand in (the take-in), letter B to collect (the hand-over, or a refusal delivered in
// person) — with its wait and service times drawn so that most meet the norms of §7.2–7.4 (wait 30
// minutes to hand in, 15 to collect; service 15) and some do not. Each ticket is numbered in its
// office's day series in the order the visits are replayed (domain.md §5, gapless), issued within
// the office's receiving hours, called by the clerk at a desk, served and finished, and linked to
// its case as the desk links it (queue_tickets.case_id). And the §18 survey (domain.md §7,
// indicators 2.1, 3.1, 5.1): every case handed over or refused in person is invited, as
// case-notices.ts invites it (the same token, so the link works); some answer at the counter.
//
// The kiosk's and the desk's own audit events (queue.ticket_*) are not replayed: the office chains
// carry the case acts, the survey answers and the complaints, not every tap of the hall.
import { createHmac, createHash } from 'node:crypto';
import { and, gte, inArray, lte, sql } from 'drizzle-orm';
import { queueCounters, queueDesks, queueTickets } from '../../db/schema/index.js';
import type { Executor } from '../../db/database.js';
import { installationSecret } from '../../db/installation-secret.js';
import { formatQueueTicket } from '../../domain/identifiers/queue-ticket.js';
import type { QueuePurpose } from '../../domain/standard/index.js';
import type { PlainDate } from '../../domain/time/plain-date.js';
import { SyntheticRandom } from './synthetic-random.js';
import type { OfficeDays } from './synthetic-time.js';
import { wallIn } from './synthetic-time.js';
import { insertRows } from './synthetic-writer.js';

export type TicketRowInsert = typeof queueTickets.$inferInsert;

export interface SurveyDraw {
  organisationId: string;
  tokenHash: string;
  /** Null: invited, not answered. */
  answer: {
    id: string;
    answeredOn: PlainDate;
    process: number;
    information: number;
    politeness: number;
  } | null;
}

/** The last number a day series takes (queue_tickets.seq is at most 999). */
const LAST_TICKET = 999;
const DESKS = 2;

const seriesOf = (purpose: QueuePurpose) => (purpose === 'hand-in' ? 'A' : 'B') as 'A' | 'B';

/** Seconds, as an instant `s` seconds after `at`. */
const plus = (at: Date, s: number) => new Date(at.getTime() + s * 1000);

/**
 * The offices' desks and day series of the run: the next number of each (office, day, letter) in
 * memory while the acts are replayed in order of time, saved into queue_counters at the end so that
 * the kiosk continues after them.
 */
export class QueueLedger {
  private readonly next = new Map<string, number>();
  private readonly desks = new Map<string, readonly string[]>();
  private secret = '';

  private constructor() {}

  /** Finds (or makes) two desks per office and reads the counters of the period's days. */
  static async load(
    tx: Executor,
    offices: readonly { id: string; code: string }[],
    from: PlainDate,
    to: PlainDate,
  ): Promise<QueueLedger> {
    const ledger = new QueueLedger();
    const ids = offices.map((o) => o.id);
    // A synthetic office with no desk gets two serving every purpose; ids from the office's code, so
    // that every run and every seed finds the same ones.
    await insertRows(
      tx,
      queueDesks,
      offices.flatMap((o) =>
        Array.from({ length: DESKS }, (_, i) => ({
          id: SyntheticRandom.of('desk', o.code, i + 1).uuid(),
          organisationId: o.id,
          number: i + 1,
          purposes: ['hand-in', 'collect', 'question', 'complaint'],
        })),
      ),
      { onConflictDoNothing: true },
    );
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      const desks = await tx
        .select({ id: queueDesks.id, organisationId: queueDesks.organisationId, number: queueDesks.number })
        .from(queueDesks)
        .where(inArray(queueDesks.organisationId, part));
      desks.sort((a, b) => a.number - b.number);
      for (const d of desks)
        ledger.desks.set(d.organisationId, [...(ledger.desks.get(d.organisationId) ?? []), d.id]);
      const counters = await tx
        .select()
        .from(queueCounters)
        .where(
          and(
            inArray(queueCounters.organisationId, part),
            gte(queueCounters.day, from),
            lte(queueCounters.day, to),
          ),
        );
      for (const c of counters) ledger.next.set(`${c.organisationId}|${c.day}|${c.series}`, c.nextSeq);
    }
    ledger.secret = await installationSecret(tx, 'survey_secret');
    return ledger;
  }

  /**
   * The ticket of a visit served at the desk at `at` (the moment of the case's act), or null when the
   * day series is full. The visitor was called, then served; the act falls within the service.
   */
  ticket(
    rng: SyntheticRandom,
    p: {
      purpose: 'hand-in' | 'collect';
      at: Date;
      organisationId: string;
      days: OfficeDays;
      clerk: string;
      caseId: string;
    },
  ): TicketRowInsert | null {
    const day = wallIn(p.at, p.days.timeZone).date;
    const k = `${p.organisationId}|${day}|${seriesOf(p.purpose)}`;
    const seq = this.next.get(k) ?? 1;
    if (seq > LAST_TICKET) return null;
    this.next.set(k, seq + 1);
    const handIn = p.purpose === 'hand-in';
    // §7.3: service within 15 minutes for most, longer for some; collecting is quick.
    const service = handIn
      ? rng.chance(0.88)
        ? rng.int(4 * 60, 15 * 60)
        : rng.int(15 * 60 + 1, 35 * 60)
      : rng.int(90, 8 * 60);
    // §7.2, §7.4: the wait, most within the norm (30 minutes to hand in, 15 to collect).
    const wait = handIn
      ? rng.chance(0.86)
        ? rng.int(0, 30 * 60)
        : rng.int(30 * 60 + 1, 80 * 60)
      : rng.chance(0.9)
        ? rng.int(0, 15 * 60)
        : rng.int(15 * 60 + 1, 45 * 60);
    const startedAt = p.days.openBefore(p.at, rng.int(30, Math.min(service - 30, 5 * 60)));
    const calledAt = p.days.openBefore(startedAt, rng.int(15, 90));
    const issuedAt = p.days.openBefore(calledAt, wait);
    const desks = this.desks.get(p.organisationId);
    if (!desks || desks.length === 0) throw new Error(`no desk at ${p.organisationId}`);
    return {
      id: rng.uuid(),
      organisationId: p.organisationId,
      day,
      purpose: p.purpose,
      seq,
      label: formatQueueTicket({ purpose: p.purpose, seq }),
      status: 'done',
      issuedAt,
      deskId: rng.pick(desks),
      calledAt,
      calledBy: p.clerk,
      lastCalledAt: calledAt,
      recalls: 0,
      startedAt,
      finishedAt: plus(startedAt, service),
      caseId: p.caseId,
    };
  }

  /**
   * domain.md §7: the invitation after hand-over or a refusal delivered (its token as
   * case-notices.ts makes it), and the answer of some applicants at the counter, at the act.
   */
  survey(
    rng: SyntheticRandom,
    p: { caseId: string; organisationId: string; at: Date; timeZone: string; refused: boolean },
  ): SurveyDraw {
    const token = createHmac('sha256', this.secret).update(`survey:${p.caseId}`).digest('base64url');
    const tokenHash = createHash('sha256').update(token).digest('hex');
    if (!rng.chance(p.refused ? 0.15 : 0.35))
      return { organisationId: p.organisationId, tokenHash, answer: null };
    // Mostly satisfied; a refused applicant less so.
    const score = () =>
      rng.weighted<number>(
        p.refused
          ? [
              [5, 20],
              [4, 20],
              [3, 25],
              [2, 15],
              [1, 20],
            ]
          : [
              [5, 55],
              [4, 25],
              [3, 10],
              [2, 5],
              [1, 5],
            ],
      );
    return {
      organisationId: p.organisationId,
      tokenHash,
      answer: {
        id: rng.uuid(),
        answeredOn: wallIn(p.at, p.timeZone).date,
        process: score(),
        information: score(),
        politeness: score(),
      },
    };
  }

  /** The day series' next numbers, so that the kiosk continues after the synthetic tickets. */
  async save(tx: Executor): Promise<void> {
    const rows = [...this.next].map(([k, next_seq]) => {
      const [organisation_id, day, series] = k.split('|') as [string, string, string];
      return { organisation_id, day, series, next_seq };
    });
    for (let i = 0; i < rows.length; i += 5000)
      await tx.execute(
        sql`insert into queue_counters (organisation_id, day, series, next_seq)
            select organisation_id, day, series, next_seq
              from json_populate_recordset(null::queue_counters, ${JSON.stringify(rows.slice(i, i + 5000))}::json)
            on conflict (organisation_id, day, series) do update set next_seq = excluded.next_seq`,
      );
  }
}
