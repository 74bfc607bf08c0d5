// Issue 11 §3: the mixed load — N concurrent simulated clients for D seconds against a running
// server: applicants sending online applications through the pages (kept in the ledger), the public
// looking cases up by their codes, office staff taking cases in at the counter and deciding them
// (signed in through the sign-in page, the API's CSRF token, an Idempotency-Key per act), and desk
// clerks calling the queue. Closed loop: each client sends its next request when the last one has
// answered, and every request's latency is timed from just before it leaves to the end of its body
// (undici through Node's fetch), so the percentiles are those of each request, per kind and overall.
//
// Every client is a distinct address (X-Forwarded-For): applicants a fresh one per application, the
// public a new one before the look-up limit of an address is reached, staff one per member of staff.
// The mix keeps each address within the service's limits, so a 429 is counted apart and reported;
// anything else that is not the expected answer (a 5xx, a wrong status, a failed connection) is an
// error.
import { randomBytes } from 'node:crypto';
import { completeItems, missionaryApplication } from '../../src/app/demo/synthetic-applications.js';
import { SyntheticRandom } from '../../src/app/demo/synthetic-random.js';
import { DEFAULT_PORTAL_LIMITS } from '../../src/app/portal/portal-limits.js';
import { RULE_VERSIONS, ruleVersionFor } from '../../src/domain/standard/index.js';
import { plainDateAt } from '../../src/domain/time/plain-date.js';
import {
  LOAD_PLACE,
  Ledger,
  RequestFailure,
  WebClient,
  addressOf,
  applyOnline,
  submissionOf,
} from './ledger.js';
import type { Staff } from './load-world.js';

export const KINDS = ['track', 'apply', 'sign-in', 'intake', 'decision', 'worklist', 'queue'] as const;
export type Kind = (typeof KINDS)[number];

export interface KindFigures {
  requests: number;
  errors: number;
  rateLimited: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface MixedLoadResult {
  clients: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  errors: number;
  rateLimited: number;
  overall: KindFigures;
  byKind: Partial<Record<Kind, KindFigures>>;
  /** The first few errors, for the report. */
  firstErrors: string[];
  applications: { acknowledged: number; unanswered: number; failed: number };
  cases: { opened: number; decided: number };
  queue: { called: number; served: number };
}

export interface MixedLoadOptions {
  base: string;
  officeCode: string;
  staff: Staff;
  clients: number;
  seconds: number;
  ledger: Ledger;
  /** The run's name (markers of the applications). */
  run: string;
  /** Ends the load early (e.g. once the server was killed). */
  signal?: AbortSignal;
  /** The first address number this run uses (runs against one server use distinct ranges). */
  addressFrom?: number;
}

/** Look-ups one address makes before the next simulated member of the public takes over. */
const LOOKUPS_PER_ADDRESS = DEFAULT_PORTAL_LIMITS.lookupsPerAddress.max - 5;

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (x: number) => Math.round(x * 10) / 10;

class Recorder {
  readonly times = new Map<Kind, number[]>();
  readonly errors = new Map<Kind, number>();
  readonly limited = new Map<Kind, number>();
  readonly firstErrors: string[] = [];

  time(kind: Kind, ms: number): void {
    let xs = this.times.get(kind);
    if (!xs) this.times.set(kind, (xs = []));
    xs.push(ms);
  }

  error(kind: Kind, what: string): void {
    this.errors.set(kind, (this.errors.get(kind) ?? 0) + 1);
    if (this.firstErrors.length < 10) this.firstErrors.push(`${kind}: ${what}`);
  }

  rateLimited(kind: Kind): void {
    this.limited.set(kind, (this.limited.get(kind) ?? 0) + 1);
  }

  figures(kinds: readonly Kind[]): KindFigures {
    const all = kinds.flatMap((k) => this.times.get(k) ?? []).sort((a, b) => a - b);
    const sum = (m: Map<Kind, number>) => kinds.reduce((s, k) => s + (m.get(k) ?? 0), 0);
    return {
      requests: all.length,
      errors: sum(this.errors),
      rateLimited: sum(this.limited),
      p50: round(percentile(all, 50)),
      p95: round(percentile(all, 95)),
      p99: round(percentile(all, 99)),
    };
  }
}

/** A staff member's client: signed in through the page, the API's CSRF token, JSON calls. */
class StaffClient {
  private readonly web: WebClient;
  private csrf = '';
  constructor(
    base: string,
    address: string,
    private readonly rec: Recorder,
  ) {
    this.web = new WebClient(base, address);
  }

  async timed<T extends { status: number }>(kind: Kind, request: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    const r = await request();
    this.rec.time(kind, performance.now() - t0);
    return r;
  }

  async signIn(login: string, password: string): Promise<void> {
    await this.timed('sign-in', () => this.web.get('/kk/staff/sign-in'));
    const r = await this.timed('sign-in', () => this.web.post('/kk/staff/sign-in', { login, password }));
    if (r.status !== 303) throw new RequestFailure(`sign-in of ${login}`, r.status);
    const t = await this.timed('sign-in', () => this.json('GET', '/api/v1/csrf'));
    if (t.status !== 200) throw new RequestFailure('GET /api/v1/csrf', t.status);
    this.csrf = (t.body as { token: string }).token;
  }

  async json(
    method: 'GET' | 'POST',
    p: string,
    body?: unknown,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await fetch(`${this.web.base}${p}`, {
      method,
      headers: this.web.headers(
        method === 'POST'
          ? {
              'content-type': 'application/json',
              'x-csrf-token': this.csrf,
              'idempotency-key': randomBytes(16).toString('base64url'),
            }
          : {},
      ),
      ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}),
      redirect: 'manual',
      signal: AbortSignal.timeout(this.web.timeoutMs),
    });
    this.web.keep(res);
    const text = await res.text();
    let parsed: Record<string, unknown> = {};
    try {
      parsed = JSON.parse(text) as Record<string, unknown>;
    } catch {
      parsed = { text: text.slice(0, 200) };
    }
    return { status: res.status, body: parsed };
  }

  page(p: string) {
    return this.web.get(p);
  }
}

/** Which kind of client the i-th is: a fixed share of each, staff and desks as many as there are. */
function roleOf(
  i: number,
  clients: number,
  staffTeams: number,
  desks: number,
): 'public' | 'applicant' | 'team' | 'desk' {
  const d = Math.min(desks, Math.max(1, Math.floor(clients / 25)));
  const t = Math.min(staffTeams, Math.max(1, Math.floor(clients / 10)));
  if (i < d) return 'desk';
  if (i < d + t) return 'team';
  // The rest: look-ups and applications, two to one.
  return (i - d - t) % 3 === 2 ? 'applicant' : 'public';
}

export async function runMixedLoad(o: MixedLoadOptions): Promise<MixedLoadResult> {
  const rec = new Recorder();
  const until = performance.now() + o.seconds * 1000;
  let stopped = false;
  const running = () => !stopped && performance.now() < until && !o.signal?.aborted;
  o.signal?.addEventListener('abort', () => (stopped = true), { once: true });
  let nextAddress = o.addressFrom ?? 1;
  const freshAddress = () => addressOf(nextAddress++);
  let applicationSeq = 0;
  const counts = { opened: 0, decided: 0, called: 0, served: 0, applyFailed: 0 };
  const teams = Math.min(
    o.staff.clerks.length,
    o.staff.records.length,
    o.staff.officers.length,
    o.staff.heads.length,
  );
  const today = plainDateAt(new Date(), 'Asia/Almaty');
  const version = ruleVersionFor(today, RULE_VERSIONS);
  // After a failed connection a client waits a little: a dead server is not hammered in a loop.
  const pause = () => new Promise((r) => setTimeout(r, 200));

  /** Runs one step of a client, recording a failure as an error (or as a 429). */
  async function guarded(kind: Kind, step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (e) {
      if (e instanceof RequestFailure && e.status === 429) rec.rateLimited(kind);
      else rec.error(kind, (e as Error).message);
      if (!(e instanceof RequestFailure)) await pause();
    }
  }

  async function publicClient(): Promise<void> {
    let c = new WebClient(o.base, freshAddress());
    let made = 0;
    while (running()) {
      if (made >= LOOKUPS_PER_ADDRESS) {
        c = new WebClient(o.base, freshAddress());
        made = 0;
      }
      await guarded('track', async () => {
        const tracked = o.ledger.tracked();
        const pick = tracked.length ? tracked[Math.floor(Math.random() * tracked.length)]! : null;
        let t0 = performance.now();
        if (!c.token) {
          const page = await c.get('/kk/track');
          rec.time('track', performance.now() - t0);
          if (page.status !== 200) throw new RequestFailure('GET /kk/track', page.status);
          if (!pick) return;
        }
        if (!pick) {
          await new Promise((r) => setTimeout(r, 100));
          return;
        }
        made++;
        t0 = performance.now();
        const r = await c.post('/kk/track', {
          by: 'access',
          'a-trackingCode': pick.trackingCode!,
          'a-accessCode': pick.accessCode!,
        });
        rec.time('track', performance.now() - t0);
        if (r.status !== 200) throw new RequestFailure('POST /kk/track', r.status);
        if (!r.body.includes(pick.trackingCode!.slice(0, 5)))
          throw new Error('the status page does not show the case looked up');
      });
    }
  }

  async function applicant(): Promise<void> {
    while (running()) {
      const n = applicationSeq++;
      // A new applicant each time: a fresh address, within the submissions allowed per address.
      await guarded('apply', async () => {
        try {
          await applyOnline(
            o.base,
            freshAddress(),
            submissionOf(o.run, n, o.officeCode),
            o.ledger,
            (_k, ms) => rec.time('apply', ms),
          );
        } catch (e) {
          counts.applyFailed++;
          throw e;
        }
      });
    }
  }

  async function team(i: number): Promise<void> {
    const as = async (login: string) => {
      const c = new StaffClient(o.base, freshAddress(), rec);
      await c.signIn(login, STAFF_PASSWORD_OF(o));
      return c;
    };
    let clerk: StaffClient, records: StaffClient, officer: StaffClient, head: StaffClient;
    try {
      [clerk, records, officer, head] = await Promise.all([
        as(o.staff.clerks[i % teams]!),
        as(o.staff.records[i % teams]!),
        as(o.staff.officers[i % teams]!),
        as(o.staff.heads[i % teams]!),
      ]);
    } catch (e) {
      rec.error('sign-in', (e as Error).message);
      return;
    }
    let n = 0;
    while (running()) {
      const seq = n++;
      await guarded('intake', async () => {
        const rng = SyntheticRandom.of('load-counter', o.run, i, seq);
        const a = missionaryApplication(
          rng,
          'missionary-registration',
          { ...LOAD_PLACE, code: o.officeCode },
          today,
          'kk',
        );
        const { kind, officeCode: _office, ...application } = a;
        const opened = await clerk.timed('intake', () =>
          clerk.json('POST', '/api/v1/cases', { kind, language: 'kk', application, consent: true }),
        );
        if (opened.status !== 201)
          throw new RequestFailure(`open ${JSON.stringify(opened.body)}`, opened.status);
        counts.opened++;
        const id = opened.body.id as string;
        let v = opened.body.version as number;
        const act = async (who: StaffClient, kind: Kind, body: Record<string, unknown>) => {
          const r = await who.timed(kind, () =>
            who.json('POST', `/api/v1/cases/${id}/actions`, { ...body, expectedVersion: v }),
          );
          if (r.status !== 200)
            throw new RequestFailure(
              `${String(body.kind)} ${JSON.stringify(r.body).slice(0, 200)}`,
              r.status,
            );
          v = r.body.version as number;
        };
        // Every other case comes with one document short: §16, refused for an incomplete set.
        const items = completeItems(kind, a, version);
        const refused = seq % 2 === 1;
        await act(records, 'intake', { kind: 'stamp', itemsPresent: refused ? items.slice(1) : items });
        if (!refused) {
          await act(officer, 'decision', { kind: 'take_for_review' });
          await act(officer, 'decision', { kind: 'propose' });
          await act(head, 'decision', { kind: 'sign' });
        } else {
          await act(officer, 'decision', { kind: 'draft_refusal' });
          await act(head, 'decision', { kind: 'sign_refusal' });
        }
        counts.decided++;
        // The office's worklist, as staff look at it between cases.
        const list = await records.timed('worklist', () => records.page('/kk/staff/cases'));
        if (list.status !== 200) throw new RequestFailure('GET /kk/staff/cases', list.status);
      });
    }
  }

  async function desk(i: number): Promise<void> {
    const { deskId, login } = o.staff.desks[i]!;
    const c = new StaffClient(o.base, freshAddress(), rec);
    try {
      await c.signIn(login, STAFF_PASSWORD_OF(o));
    } catch (e) {
      rec.error('sign-in', (e as Error).message);
      return;
    }
    while (running()) {
      await guarded('queue', async () => {
        const called = await c.timed('queue', () =>
          c.json('POST', `/api/v1/queue/desks/${deskId}/call-next`),
        );
        if (called.status !== 200)
          throw new RequestFailure(`call-next ${JSON.stringify(called.body)}`, called.status);
        const ticketId = called.body.ticketId as string | null;
        if (!ticketId) {
          // Nobody waiting: the desk looks at the hall's list before calling again.
          const w = await c.timed('queue', () => c.json('GET', '/api/v1/queue/waiting'));
          if (w.status !== 200) throw new RequestFailure('GET /api/v1/queue/waiting', w.status);
          return;
        }
        counts.called++;
        for (const act of ['start', 'finish']) {
          const r = await c.timed('queue', () =>
            c.json('POST', `/api/v1/queue/desks/${deskId}/tickets/${ticketId}/acts`, { act }),
          );
          if (r.status !== 200) throw new RequestFailure(`${act} ${JSON.stringify(r.body)}`, r.status);
        }
        counts.served++;
      });
    }
  }

  const t0 = performance.now();
  // Clients join over the first seconds (at most a quarter of the run), not all in one instant:
  // a hundred sign-ins' password hashes at once measure the start, not the service.
  const rampMs = Math.min(5_000, (o.seconds * 1000) / 4);
  await Promise.all(
    Array.from({ length: o.clients }, async (_, i) => {
      await new Promise((r) => setTimeout(r, (rampMs * i) / o.clients));
      const role = roleOf(i, o.clients, teams, o.staff.desks.length);
      const desks = Math.min(o.staff.desks.length, Math.max(1, Math.floor(o.clients / 25)));
      if (role === 'desk') return desk(i);
      if (role === 'team') return team(i - desks);
      if (role === 'applicant') return applicant();
      return publicClient();
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const overall = rec.figures(KINDS);
  const byKind: Partial<Record<Kind, KindFigures>> = {};
  for (const k of KINDS) if (rec.times.has(k) || rec.errors.has(k)) byKind[k] = rec.figures([k]);
  return {
    clients: o.clients,
    seconds: round(seconds),
    requests: overall.requests,
    requestsPerSecond: round(overall.requests / seconds),
    errors: overall.errors,
    rateLimited: overall.rateLimited,
    overall,
    byKind,
    firstErrors: rec.firstErrors,
    applications: {
      acknowledged: o.ledger.acknowledged.length,
      unanswered: o.ledger.unanswered.length,
      failed: counts.applyFailed,
    },
    cases: { opened: counts.opened, decided: counts.decided },
    queue: { called: counts.called, served: counts.served },
  };
}

const STAFF_PASSWORD_OF = (o: MixedLoadOptions) => o.staff.password;

export function describeMixedLoad(r: MixedLoadResult): string {
  const f = (k: KindFigures) =>
    `${String(k.requests)} req, p50 ${String(k.p50)} / p95 ${String(k.p95)} / p99 ${String(k.p99)} ms` +
    (k.errors ? `, ${String(k.errors)} errors` : '') +
    (k.rateLimited ? `, ${String(k.rateLimited)} × 429` : '');
  return [
    `${String(r.clients)} clients × ${String(r.seconds)} s: ${String(r.requests)} requests (${String(r.requestsPerSecond)}/s), ` +
      `${String(r.errors)} errors, ${String(r.rateLimited)} × 429`,
    `  overall: ${f(r.overall)}`,
    ...Object.entries(r.byKind).map(([k, v]) => `  ${k}: ${f(v)}`),
    `  applications acknowledged ${String(r.applications.acknowledged)}, unanswered ${String(r.applications.unanswered)}, failed ${String(r.applications.failed)}; ` +
      `counter cases opened ${String(r.cases.opened)}, decided ${String(r.cases.decided)}; tickets called ${String(r.queue.called)}, served ${String(r.queue.served)}`,
    ...r.firstErrors.map((e) => `  error: ${e}`),
  ].join('\n');
}

/**
 * The baseline of the same run: GET /healthz from the same number of closed-loop clients for the same
 * time, timed the same way (the cost of the HTTP stack and the machine, without the service's work).
 */
export async function runHealthzBaseline(
  base: string,
  clients: number,
  seconds: number,
): Promise<KindFigures & { requestsPerSecond: number }> {
  const times: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(30_000) });
          await res.text();
          times.push(performance.now() - t);
          if (res.status !== 200) errors++;
        } catch {
          errors++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    errors,
    rateLimited: 0,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    requestsPerSecond: round(times.length / elapsed),
  };
}
