// The public portal on PostgreSQL (a throwaway database), the service started as in production
// (src/main.ts, DATABASE_URL) with TRUST_PROXY=loopback so that it takes the client address from
// X-Forwarded-For. The per-address limits stay on at their defaults (src/app/portal/portal-limits.ts;
// they are not settings of the service): each simulated applicant is its own address and stays under
// them. Two measurements:
//  1. Status look-ups with the tracking code and access code of real online applications (sent
//     through the use-cases of src/app/portal), 100 connections with autocannon, next to GET /healthz
//     with the same settings, in interleaved rounds: POST /api/v1/track (JSON; the look-up as such)
//     and POST /kk/track (the same look-up rendered as the status page). Requests per second and p95.
//  2. The staff worklist page (GET /kk/staff/cases, signed in as the office's records officer): its
//     latency from one client, quiet, then during a flood of online applications sent through the
//     pages (start, every step, send) by many concurrent applicants, then quiet again.
//   node --import tsx bench/portal.bench.ts
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fork } from 'node:child_process';
import autocannon from 'autocannon';
import { openDatabase, type Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import type { Deps } from '../src/app/deps.js';
import { createAccount } from '../src/app/accounts/create-account.js';
import { signIn } from '../src/app/accounts/sign-in.js';
import { ensureOrganisation } from '../src/app/organisations/ensure-organisation.js';
import { startOnlineApplication, submitOnlineApplication } from '../src/app/portal/online-application.js';
import { DEFAULT_PORTAL_LIMITS } from '../src/app/portal/portal-limits.js';
import { missionaryApplication } from '../src/app/demo/synthetic-applications.js';
import { SyntheticRandom } from '../src/app/demo/synthetic-random.js';
import { stepsOf } from '../src/views/pages/portal/apply-steps.js';
import { plainDateAt } from '../src/domain/time/plain-date.js';
import { postgresServer, withThrowawayDatabase } from './lib/postgres.js';
import { startService, type RunningServer } from './lib/servers.js';
import { standaloneDeps } from '../src/app/standalone-deps.js';

export const TRACK_CONNECTIONS = 100;
/** Online applications sent before the look-ups; each look-up takes the next one's codes. */
const APPLICATIONS = 200;
/** Look-ups per simulated applicant (address): under the limit of 30 per 10 minutes. */
export const LOOKUPS_PER_ADDRESS = 20;
const ROUNDS = 2;
const WARM_UP_S = 3;
/** Concurrent applicants sending applications through the pages during the flood. */
export const FLOOD_APPLICANTS = 20;
const WORKLIST_SECONDS = 15;
const OFFICE = '71-951';
const PASSWORD = 'bench-worklist-password-9';

export interface LoadFigures {
  rps: number;
  p50: number;
  p95: number;
  total: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

export interface Latency {
  runs: number;
  p50: number;
  p95: number;
}

export interface PortalBenchResult {
  server: string;
  /** POST /api/v1/track (JSON). */
  api: { rounds: LoadFigures[]; single: LoadFigures };
  /** POST /kk/track (the page). */
  track: { rounds: LoadFigures[]; single: LoadFigures; pageOnly: LoadFigures; addresses: number };
  healthz: { rounds: LoadFigures[] };
  worklist: {
    quiet: Latency;
    flood: Latency;
    quietAfter: Latency;
    floodSeconds: number;
    sent: number;
    failed: number;
    firstError: string;
    sentPerSecond: number;
    requestsPerSecond: number;
    openBefore: number;
  };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
}

const latency = (xs: number[]): Latency => ({
  runs: xs.length,
  p50: Math.round(percentile(xs, 50) * 100) / 100,
  p95: Math.round(percentile(xs, 95) * 100) / 100,
});

const depsOf = (database: Database): Deps => standaloneDeps(database);

/** A fresh client address for every simulated applicant: 10.x.y.z from a counter. */
let addressSeq = 0;
const addressAt = (n: number): string =>
  `10.${String((n >> 16) & 255)}.${String((n >> 8) & 255)}.${String(n & 255)}`;
const nextAddress = (): string => addressAt(++addressSeq);

/** The form values of an application, by field path, as the pages post them. */
function flat(o: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (o === undefined || o === null) return out;
  if (typeof o !== 'object') {
    out[prefix] = String(o);
    return out;
  }
  for (const [k, v] of Object.entries(o)) flat(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

export interface Seeded {
  codes: { trackingCode: string; accessCode: string }[];
  sessionToken: string;
  formValues: Record<string, string>[];
}

export async function seed(url: string): Promise<Seeded> {
  const database = await openDatabase({ kind: 'postgres', url, poolMax: 4 });
  try {
    await migrate(database);
    const deps = depsOf(database);
    const ctx = { actor: null, ip: null, requestId: 'bench', now: new Date() };
    const office = await database.db.transaction((tx) =>
      ensureOrganisation(tx, ctx, {
        code: OFFICE,
        kind: 'service_office',
        regionCode: '71',
        nameKk: `Өлшеу бөлімі ${OFFICE}`,
        nameRu: `Отдел замеров ${OFFICE}`,
        nameEn: null,
        timeZone: 'Asia/Almaty',
      }),
    );
    const login = `bench.${OFFICE}.records`;
    await createAccount(
      deps,
      null,
      { ip: null, requestId: 'bench' },
      { organisationId: office.id, login, displayName: login, roles: ['records'], password: PASSWORD },
    );
    const session = await signIn(deps, { login, password: PASSWORD }, { ip: null, requestId: 'bench' });
    const today = plainDateAt(new Date(), 'Asia/Almaty');
    const place = {
      code: OFFICE,
      regional: false,
      townKk: 'Астана',
      townRu: 'Астана',
      regionNameKk: 'Астана қаласы',
      regionNameRu: 'город Астана',
    };
    const application = (i: number) =>
      missionaryApplication(
        SyntheticRandom.of('bench', 'portal', i),
        'missionary-registration',
        place,
        today,
        'kk',
      );
    const codes: Seeded['codes'] = [];
    for (let i = 0; i < APPLICATIONS; i++) {
      const origin = { ip: nextAddress(), requestId: 'bench' };
      const started = await startOnlineApplication(deps, origin, {
        kind: 'missionary-registration',
        language: 'kk',
        officeCode: OFFICE,
      });
      const sent = await submitOnlineApplication(deps, origin, started.draftToken, {
        application: application(i),
        consent: true,
        contact: {},
        idempotencyKey: randomBytes(16).toString('base64url'),
      });
      codes.push({ trackingCode: sent.trackingCode, accessCode: sent.accessCode });
    }
    const formValues = Array.from({ length: 50 }, (_, i) => ({
      ...flat({
        ...application(10_000 + i),
        kind: undefined,
        officeCode: undefined,
        applicationDate: undefined,
      }),
      consent: 'on',
    }));
    return { codes, sessionToken: session.token, formValues };
  } finally {
    await database.close();
  }
}

/** The part of an autocannon client that `setupClient` uses. */
interface AutocannonClient {
  setHeadersAndBody(headers: Record<string, string>, body: string): void;
  on(event: 'response', fn: () => void): void;
}

interface Tracker extends PromiseLike<Awaited<ReturnType<typeof autocannon>>> {
  on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}

/** One autocannon run; p95 from every response's time (autocannon's own table has no p95). */
async function loadRun(opts: Record<string, unknown>): Promise<LoadFigures> {
  const times: number[] = [];
  const tracker = (autocannon as unknown as (o: Record<string, unknown>) => Tracker)({
    timeout: 10,
    pipelining: 1,
    ...opts,
  });
  tracker.on('response', (_c, _s, _b, ms) => times.push(ms));
  const r = await tracker;
  return {
    rps: r.requests.average,
    p50: Math.round(percentile(times, 50) * 100) / 100,
    p95: Math.round(percentile(times, 95) * 100) / 100,
    total: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
  };
}

export function describeFigures(f: LoadFigures): string {
  const bad = f.non2xx + f.errors + f.timeouts;
  return (
    `${String(Math.round(f.rps))} req/s, p50 ${String(f.p50)} ms, p95 ${String(f.p95)} ms, ${String(f.total)} requests` +
    (bad ? `, ${String(f.non2xx)} non-2xx, ${String(f.errors)} errors, ${String(f.timeouts)} timeouts` : '')
  );
}

/** A browser's cookies and the last form's CSRF token, over fetch. */
class Visitor {
  private readonly cookies = new Map<string, string>();
  token = '';
  constructor(
    private readonly base: string,
    private readonly address: string,
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return {
      'x-forwarded-for': this.address,
      cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      ...extra,
    };
  }

  private keep(res: Response): void {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
  }

  async get(p: string): Promise<{ status: number; body: string }> {
    const res = await fetch(`${this.base}${p}`, { headers: this.headers(), redirect: 'manual' });
    this.keep(res);
    const body = await res.text();
    this.token = /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? this.token;
    return { status: res.status, body };
  }

  async post(p: string, fields: Record<string, string>): Promise<{ status: number; location: string }> {
    const res = await fetch(`${this.base}${p}`, {
      method: 'POST',
      headers: this.headers({ 'content-type': 'application/x-www-form-urlencoded' }),
      body: new URLSearchParams({ ...fields, _csrf: this.token }).toString(),
      redirect: 'manual',
    });
    this.keep(res);
    await res.text();
    return { status: res.status, location: res.headers.get('location') ?? '' };
  }

  async getJson(p: string): Promise<unknown> {
    const res = await fetch(`${this.base}${p}`, { headers: this.headers(), redirect: 'manual' });
    this.keep(res);
    if (res.status !== 200) throw new Error(`${p} answered ${String(res.status)}`);
    return res.json();
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** One applicant (its own address) through the pages: start, every step, send. Requests made. */
async function applyOnline(base: string, values: Record<string, string>): Promise<number> {
  const v = new Visitor(base, nextAddress());
  let requests = 1;
  await v.get(`/kk/apply?office=${OFFICE}`);
  const started = await v.post('/kk/apply/start', {
    kind: 'missionary-registration',
    language: 'kk',
    officeCode: OFFICE,
  });
  requests++;
  if (started.status !== 303) throw new Error(`start answered ${String(started.status)}`);
  for (const step of stepsOf('missionary-registration')) {
    const r = await v.post(`/kk/apply/${step}`, { ...values, go: 'next' });
    requests++;
    if (r.status !== 303) throw new Error(`step ${step} answered ${String(r.status)}`);
  }
  const page = await v.get('/kk/apply/check');
  requests++;
  const key = /name="key" value="([^"]+)"/.exec(page.body)?.[1] ?? randomBytes(16).toString('base64url');
  const sent = await v.post('/kk/apply/send', { key });
  requests++;
  if (sent.status !== 303 || !sent.location.endsWith('/apply/sent'))
    throw new Error(`send answered ${String(sent.status)} ${sent.location}`);
  return requests;
}

interface FloodCounts {
  sent: number;
  failed: number;
  requests: number;
  firstError: string;
}

interface FloodInput {
  base: string;
  formValues: Record<string, string>[];
  addressFrom: number;
}

/** The flood process: FLOOD_APPLICANTS applicants in a loop until told to stop. */
async function flood(input: FloodInput): Promise<void> {
  addressSeq = input.addressFrom;
  let stop = false;
  process.once('message', () => (stop = true));
  const counts: FloodCounts = { sent: 0, failed: 0, requests: 0, firstError: '' };
  await Promise.all(
    Array.from({ length: FLOOD_APPLICANTS }, async (_, a) => {
      for (let i = 0; !stop; i++) {
        try {
          const made = await applyOnline(input.base, input.formValues[(a + i) % input.formValues.length]!);
          counts.requests += made;
          counts.sent++;
        } catch (e) {
          counts.failed++;
          counts.firstError ||= (e as Error).message;
        }
      }
    }),
  );
  process.send!(counts, () => process.disconnect());
}

async function timeWorklist(base: string, cookie: string, seconds: number): Promise<number[]> {
  const times: number[] = [];
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000 || times.length < 30) {
    const t = performance.now();
    const res = await fetch(`${base}/kk/staff/cases`, { headers: { cookie } });
    await res.text();
    if (res.status !== 200) throw new Error(`the worklist page answered ${String(res.status)}`);
    times.push(performance.now() - t);
  }
  return times;
}

async function measure(url: string, durationS: number): Promise<Omit<PortalBenchResult, 'server'>> {
  const seeded = await seed(url);
  console.log(`  ${String(seeded.codes.length)} online applications sent through the use-cases`);
  const service: RunningServer = await startService(
    'service on PostgreSQL',
    { kind: 'postgres', url },
    { TRUST_PROXY: 'loopback', OUTBOX_WORKER: 'off' },
  );
  try {
    // 1. Look-ups next to /healthz.
    const v = new Visitor(service.base, '127.0.0.1');
    await v.get('/kk/track');
    const apiToken = (await v.getJson('/api/v1/csrf')) as { token: string };
    const firstAddress = addressSeq;
    let applicants = 0;
    /**
     * Each connection is one applicant at a time, with its own address, looking up its own application
     * LOOKUPS_PER_ADDRESS times (as one who checks on it); then the next applicant takes the connection
     * over. The request is built once per applicant, not per look-up: autocannon rebuilding it for every
     * request (setupRequest) cost the load generator twice its CPU per /healthz request, on the cores
     * the service and PostgreSQL share with it.
     */
    const applicantsOf =
      (headers: Record<string, string>, body: (c: Seeded['codes'][number]) => string) =>
      (client: AutocannonClient): void => {
        let answered = 0;
        const next = (): void => {
          const c = seeded.codes[applicants++ % seeded.codes.length]!;
          client.setHeadersAndBody({ ...headers, 'x-forwarded-for': nextAddress() }, body(c));
        };
        next();
        client.on('response', () => {
          if (++answered % LOOKUPS_PER_ADDRESS === 0) next();
        });
      };
    const trackHeaders = {
      cookie: v.cookieHeader(),
      'content-type': 'application/x-www-form-urlencoded',
    };
    const track = {
      url: `${service.base}/kk/track`,
      connections: TRACK_CONNECTIONS,
      method: 'POST',
      setupClient: applicantsOf(trackHeaders, (c) =>
        new URLSearchParams({
          _csrf: v.token,
          by: 'access',
          'a-trackingCode': c.trackingCode,
          'a-accessCode': c.accessCode,
        }).toString(),
      ),
    };
    const apiHeaders = {
      cookie: v.cookieHeader(),
      'x-csrf-token': apiToken.token,
      'content-type': 'application/json',
      'accept-language': 'kk',
    };
    const api = {
      url: `${service.base}/api/v1/track`,
      connections: TRACK_CONNECTIONS,
      method: 'POST',
      setupClient: applicantsOf(apiHeaders, (c) =>
        JSON.stringify({ trackingCode: c.trackingCode, accessCode: c.accessCode }),
      ),
    };
    const healthz = { url: `${service.base}/healthz`, connections: TRACK_CONNECTIONS };
    await loadRun({ ...healthz, duration: WARM_UP_S });
    await loadRun({ ...api, duration: WARM_UP_S });
    await loadRun({ ...track, duration: WARM_UP_S });
    const apiRounds: LoadFigures[] = [];
    const trackRounds: LoadFigures[] = [];
    const healthzRounds: LoadFigures[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const h = await loadRun({ ...healthz, duration: durationS });
      healthzRounds.push(h);
      console.log(`  round ${String(round)} GET /healthz: ${describeFigures(h)}`);
      const a = await loadRun({ ...api, duration: durationS });
      apiRounds.push(a);
      console.log(`  round ${String(round)} POST /api/v1/track: ${describeFigures(a)}`);
      const t = await loadRun({ ...track, duration: durationS });
      trackRounds.push(t);
      console.log(`  round ${String(round)} POST /kk/track: ${describeFigures(t)}`);
    }
    // One connection: the cost of a look-up on its own, without waiting for the others.
    const apiSingle = await loadRun({ ...api, connections: 1, duration: durationS });
    console.log(`  POST /api/v1/track, 1 connection: ${describeFigures(apiSingle)}`);
    const single = await loadRun({ ...track, connections: 1, duration: durationS });
    console.log(`  POST /kk/track, 1 connection: ${describeFigures(single)}`);
    // The track page itself without a look-up (GET: the empty form): the ceiling that rendering a
    // page through the full stack (session, CSRF cookie, layout) sets, whatever the look-up costs.
    const pageOnly = await loadRun({
      url: `${service.base}/kk/track`,
      connections: TRACK_CONNECTIONS,
      duration: durationS,
    });
    console.log(`  GET /kk/track (no look-up): ${describeFigures(pageOnly)}`);
    const addresses = addressSeq - firstAddress;

    // 2. The worklist page, quiet and under a flood of online applications.
    const cookie = `tirkeu_session=${seeded.sessionToken}`;
    await timeWorklist(service.base, cookie, 2); // warm-up
    const quiet = await timeWorklist(service.base, cookie, WORKLIST_SECONDS);
    console.log(`  worklist quiet: ${JSON.stringify(latency(quiet))}`);
    // The applicants run in a process of their own: their requests do not delay this loop's timing.
    const t0 = performance.now();
    const child = fork(fileURLToPath(import.meta.url), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, TIRKEU_BENCH_FLOOD: '1' },
    });
    const done = new Promise<FloodCounts>((resolve, reject) => {
      child.once('message', (m) => resolve(m as FloodCounts));
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`the flood process ended (${String(code)})`)));
    });
    child.send({ base: service.base, formValues: seeded.formValues, addressFrom: addressSeq });
    await new Promise((r) => setTimeout(r, 2_000)); // the flood under way
    const flood = await timeWorklist(service.base, cookie, WORKLIST_SECONDS);
    child.send('stop');
    const { sent, failed, requests, firstError } = await done;
    const floodSeconds = (performance.now() - t0) / 1000;
    console.log(
      `  worklist under flood: ${JSON.stringify(latency(flood))}; ${String(sent)} applications sent, ${String(failed)} failed${firstError ? ` (${firstError})` : ''}`,
    );
    const quietAfter = await timeWorklist(service.base, cookie, WORKLIST_SECONDS);
    console.log(`  worklist quiet again: ${JSON.stringify(latency(quietAfter))}`);
    return {
      api: { rounds: apiRounds, single: apiSingle },
      track: { rounds: trackRounds, single, pageOnly, addresses },
      healthz: { rounds: healthzRounds },
      worklist: {
        quiet: latency(quiet),
        flood: latency(flood),
        quietAfter: latency(quietAfter),
        sent,
        failed,
        firstError,
        floodSeconds: Math.round(floodSeconds * 10) / 10,
        sentPerSecond: sent / floodSeconds,
        requestsPerSecond: requests / floodSeconds,
        openBefore: seeded.codes.length,
      },
    };
  } finally {
    const r = await service.stop();
    if (r.code !== 0)
      console.warn(`  service exited with code ${String(r.code)}, signal ${String(r.signal)}`);
  }
}

export const LOOKUP_LIMIT = DEFAULT_PORTAL_LIMITS.lookupsPerAddress;

export async function runPortalBench(loadSeconds = 10): Promise<PortalBenchResult> {
  const server = await postgresServer();
  if (!('url' in server)) throw new Error(`the portal bench needs PostgreSQL: ${server.skipped}`);
  const r = await withThrowawayDatabase(server.url, (url) => measure(url, loadSeconds));
  return { server: new URL(server.url).host, ...r };
}

if (process.env.TIRKEU_BENCH_FLOOD === '1' && process.send) {
  const input = await new Promise<FloodInput>((resolve) =>
    process.once('message', (m) => resolve(m as FloodInput)),
  );
  await flood(input);
} else if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href
) {
  console.log(JSON.stringify(await runPortalBench(), null, 2));
}
