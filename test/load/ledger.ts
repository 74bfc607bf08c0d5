// Issue 11 §3: online applications sent through the portal's real pages (the forms a browser without
// script posts: start, every step, check, send) by simulated applicants over HTTP, each from its own
// client address through the trusted-proxy header (X-Forwarded-For; the server runs with
// TRUST_PROXY=127.0.0.1, so the per-address limits stay on). The ledger keeps every submission the
// server acknowledged — the send answered 303 to the "sent" page — with what was sent, and
// `verifyLedger` proves each one is in the database, complete (every field as sent) and exactly once.
//
// Each application carries a marker unique to the run and the submission (the number of the sending
// association's registration document, a free-text field of annex 7), so it can be found, and counted,
// even when the server died before the client could read its tracking code.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Database } from '../../src/db/database.js';
import { missionaryApplication, type Place } from '../../src/app/demo/synthetic-applications.js';
import { SyntheticRandom } from '../../src/app/demo/synthetic-random.js';
import { plainDateAt } from '../../src/domain/time/plain-date.js';
import { stepsOf } from '../../src/views/pages/portal/apply-steps.js';

const KIND = 'missionary-registration';
/** Where the marker sits in the application (annex 7: the sending association's registration number). */
const MARKER_PATH = ['sendingAssociation', 'registrationDocument', 'number'] as const;
const MARKER_FIELD = MARKER_PATH.join('.');

/** A request unanswered this long is an error (a slow answer on a loaded machine is not). */
export const REQUEST_TIMEOUT_MS = 60_000;

/** A fresh client address for the n-th simulated client: 10.x.y.z (n from 1 to 16 million). */
export function addressOf(n: number): string {
  return `10.${String((n >> 16) & 255)}.${String((n >> 8) & 255)}.${String(n & 255)}`;
}

/** A browser without script over fetch: its cookies, the last form's CSRF token, one client address. */
export class WebClient {
  private readonly cookies = new Map<string, string>();
  token = '';
  constructor(
    readonly base: string,
    readonly address: string,
    /** Per-request time limit: a server that stops answering fails the request, not the run. */
    readonly timeoutMs = REQUEST_TIMEOUT_MS,
  ) {}

  headers(extra: Record<string, string> = {}): Record<string, string> {
    return {
      'x-forwarded-for': this.address,
      cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      ...extra,
    };
  }

  keep(res: Response): void {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i);
      const value = pair!.slice(i + 1);
      if (value === '' || /max-age=0(;|$)/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  async get(p: string): Promise<{ status: number; body: string; location: string }> {
    const res = await fetch(`${this.base}${p}`, {
      headers: this.headers(),
      redirect: 'manual',
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    this.keep(res);
    const body = await res.text();
    this.token = /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? this.token;
    return { status: res.status, body, location: res.headers.get('location') ?? '' };
  }

  async post(
    p: string,
    fields: Record<string, string>,
  ): Promise<{ status: number; body: string; location: string }> {
    const res = await fetch(`${this.base}${p}`, {
      method: 'POST',
      headers: this.headers({ 'content-type': 'application/x-www-form-urlencoded' }),
      body: new URLSearchParams({ ...fields, _csrf: this.token }).toString(),
      redirect: 'manual',
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    this.keep(res);
    const body = await res.text();
    this.token = /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? this.token;
    return { status: res.status, body, location: res.headers.get('location') ?? '' };
  }
}

/** The values of an object by field path (`applicant.identityDocument.number`), as the forms post them. */
export function flatten(o: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (o === undefined || o === null) return out;
  if (typeof o !== 'object') {
    out[prefix] = String(o);
    return out;
  }
  for (const [k, v] of Object.entries(o)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

export interface Submission {
  /** Unique to the run and the submission; stored in the application (MARKER_FIELD). */
  marker: string;
  officeCode: string;
  language: 'kk' | 'ru';
  /** The application's fields as posted, by field path (without consent and the form's row counts). */
  fields: Record<string, string>;
}

/** The office the applications go to, as the synthetic data need it (addresses, territory). */
export const LOAD_PLACE: Omit<Place, 'code'> = {
  regional: false,
  townKk: 'Астана',
  townRu: 'Астана',
  regionNameKk: 'Астана қаласы',
  regionNameRu: 'город Астана',
};

/** The n-th application of a run: a valid annex 7 application, deterministic from (run, n). */
export function submissionOf(run: string, n: number, officeCode: string, now = new Date()): Submission {
  const rng = SyntheticRandom.of('load', run, n);
  const language = n % 3 === 0 ? 'ru' : 'kk';
  const today = plainDateAt(now, 'Asia/Almaty');
  const a = missionaryApplication(rng, KIND, { ...LOAD_PLACE, code: officeCode }, today, language);
  a.sendingAssociation.registrationDocument.number = markerOf(run, n);
  const { kind: _k, officeCode: _o, applicationDate: _d, ...posted } = a;
  return { marker: markerOf(run, n), officeCode, language, fields: flatten(posted) };
}

const markerOf = (run: string, n: number) => `LD-${run}-${String(n)}`;

/** A run's name: short, unique, safe inside the marker. */
export const newRunId = (): string => randomBytes(4).toString('hex');

export interface Acknowledged extends Submission {
  /** Read from the "sent" page; null when the server died before the client could read it. */
  trackingCode: string | null;
  accessCode: string | null;
  address: string;
}

export class Ledger {
  readonly acknowledged: Acknowledged[] = [];
  /** Sends whose answer never came (the connection failed): they may or may not be stored. */
  readonly unanswered: Submission[] = [];
  /** Submissions refused or failed before the send, by what happened (`step applicant 500`, …). */
  readonly failures: { marker: string; what: string }[] = [];
  /** Sends answered 429 (a limit the mix should stay within). */
  rateLimited = 0;

  /** Acknowledged applications with both codes (for look-ups). */
  tracked(): Acknowledged[] {
    return this.acknowledged.filter((a) => a.trackingCode && a.accessCode);
  }
}

export class RequestFailure extends Error {
  constructor(
    readonly what: string,
    readonly status: number,
  ) {
    super(`${what} answered ${String(status)}`);
  }
}

/** One request of the application's journey, timed, for the load generator's latency figures. */
export type Timed = (kind: string, ms: number, status: number) => void;

/**
 * One applicant from `address` sends `s` through the pages. Resolves once the submission is
 * acknowledged (and written to the ledger); throws a RequestFailure (a refused or failed request) or
 * the network's error. A send whose answer never came is noted as unanswered before rethrowing.
 */
export async function applyOnline(
  base: string,
  address: string,
  s: Submission,
  ledger: Ledger,
  timed: Timed = () => undefined,
): Promise<Acknowledged> {
  const c = new WebClient(base, address);
  const lang = s.language;
  const step = async <T extends { status: number }>(
    what: string,
    expect: number,
    request: () => Promise<T>,
  ): Promise<T> => {
    const t0 = performance.now();
    let r: T;
    try {
      r = await request();
    } catch (e) {
      ledger.failures.push({ marker: s.marker, what: `${what}: ${(e as Error).message}` });
      throw e;
    }
    timed('apply', performance.now() - t0, r.status);
    if (r.status !== expect) {
      if (r.status === 429) ledger.rateLimited++;
      ledger.failures.push({ marker: s.marker, what: `${what} ${String(r.status)}` });
      throw new RequestFailure(what, r.status);
    }
    return r;
  };
  await step('GET apply', 200, () => c.get(`/${lang}/apply?office=${s.officeCode}`));
  await step('POST start', 303, () =>
    c.post(`/${lang}/apply/start`, { kind: KIND, language: s.language, officeCode: s.officeCode }),
  );
  const rows = Object.keys(s.fields).filter((k) => /^materials\.\d+\.title$/.test(k)).length;
  const values = {
    ...s.fields,
    materialRows: String(Math.max(1, rows)),
    // The form's checkboxes, ticked as a person would: "a representative acts", the §17 consent.
    ...(Object.keys(s.fields).some((k) => k.startsWith('representative.'))
      ? { 'representative.acts': 'on' }
      : {}),
    consent: 'on',
  };
  for (const st of stepsOf(KIND)) {
    const r = await step(`POST ${st}`, 303, () => c.post(`/${lang}/apply/${st}`, { ...values, go: 'next' }));
    const next = st === 'contact' ? '/apply/check' : null;
    if (next && !r.location.endsWith(next)) throw new RequestFailure(`${st} led to ${r.location}`, r.status);
  }
  const check = await step('GET check', 200, () => c.get(`/${lang}/apply/check`));
  const key = /name="key" value="([^"]+)"/.exec(check.body)?.[1] ?? randomBytes(16).toString('base64url');
  let sent: { status: number; location: string };
  const t0 = performance.now();
  try {
    sent = await c.post(`/${lang}/apply/send`, { key });
  } catch (e) {
    // The send left; whether it was stored is unknown. It must be there at most once.
    ledger.unanswered.push(s);
    throw e;
  }
  timed('apply', performance.now() - t0, sent.status);
  if (sent.status !== 303 || !sent.location.endsWith('/apply/sent')) {
    if (sent.status === 429) ledger.rateLimited++;
    ledger.failures.push({ marker: s.marker, what: `POST send ${String(sent.status)} ${sent.location}` });
    throw new RequestFailure('POST send', sent.status);
  }
  // Acknowledged: the server said it was sent. The codes are on the next page.
  const entry: Acknowledged = { ...s, trackingCode: null, accessCode: null, address };
  ledger.acknowledged.push(entry);
  const page = await step('GET sent', 200, () => c.get(`/${lang}/apply/sent`));
  const tracking = /id="tracking-code">\s*<strong>([^<]+)<\/strong>/.exec(page.body)?.[1];
  const access = /id="access-code">\s*<strong>([^<]+)<\/strong>/.exec(page.body)?.[1];
  if (!tracking || !access) throw new RequestFailure('the sent page without codes', page.status);
  entry.trackingCode = tracking.replace(/-/g, '');
  entry.accessCode = access.replace(/-/g, '');
  return entry;
}

export interface LedgerReport {
  acknowledged: number;
  /** Acknowledged, not found in the database. */
  missing: string[];
  /** Found more than once (acknowledged or unanswered). */
  duplicated: string[];
  /** Found, but a field differs from what was sent, or not sent, or under another tracking code. */
  incomplete: { marker: string; why: string }[];
  /** Unanswered sends found stored (once): allowed, reported for the record. */
  unansweredStored: number;
  ok: boolean;
}

interface StoredRow {
  marker: string;
  tracking_code: string;
  state: string;
  office_code: string;
  language: string;
  data: unknown;
  submitted: boolean;
}

/**
 * Checks the ledger against the database: every acknowledged application is there exactly once, sent
 * (not a draft), at its office, in its language, under its tracking code, with every field as posted;
 * no unanswered send is there twice. `target`: an open database, a PostgreSQL URL or an embedded
 * data folder (opened and closed here; the server on it must be stopped).
 */
export async function verifyLedger(target: Database | string, ledger: Ledger): Promise<LedgerReport> {
  const own =
    typeof target === 'string'
      ? await openDatabase(
          /^postgres(ql)?:\/\//.test(target)
            ? { kind: 'postgres', url: target, poolMax: 2 }
            : { kind: 'embedded', dataDir: target },
        )
      : null;
  const database = own ?? (target as Database);
  try {
    const markers = [...ledger.acknowledged, ...ledger.unanswered].map((a) => a.marker);
    const rows = markers.length
      ? await queryRows<StoredRow>(
          database.db,
          sql`select a.data #>> ${`{${MARKER_PATH.join(',')}}`} as marker, c.tracking_code, c.state,
                     o.code as office_code, c.language, a.data, oa.submitted_at is not null as submitted
                from case_applications a
                join cases c on c.id = a.case_id
                join organisations o on o.id = c.organisation_id
                left join online_applications oa on oa.case_id = c.id
               where a.data #>> ${`{${MARKER_PATH.join(',')}}`} like 'LD-%'`,
        )
      : [];
    const byMarker = new Map<string, StoredRow[]>();
    const wanted = new Set(markers);
    for (const r of rows)
      if (wanted.has(r.marker)) byMarker.set(r.marker, [...(byMarker.get(r.marker) ?? []), r]);
    const report: LedgerReport = {
      acknowledged: ledger.acknowledged.length,
      missing: [],
      duplicated: [],
      incomplete: [],
      unansweredStored: 0,
      ok: false,
    };
    for (const a of ledger.acknowledged) {
      const found = byMarker.get(a.marker) ?? [];
      if (found.length === 0) {
        report.missing.push(a.marker);
        continue;
      }
      if (found.length > 1) report.duplicated.push(a.marker);
      const why = differences(a, found[0]!);
      if (why) report.incomplete.push({ marker: a.marker, why });
    }
    for (const u of ledger.unanswered) {
      const found = byMarker.get(u.marker) ?? [];
      if (found.length > 1) report.duplicated.push(u.marker);
      if (found.length === 1) report.unansweredStored++;
    }
    report.ok = !report.missing.length && !report.duplicated.length && !report.incomplete.length;
    return report;
  } finally {
    await own?.close();
  }
}

/** What differs between an acknowledged submission and its stored row; '' when nothing does. */
function differences(a: Acknowledged, row: StoredRow): string {
  const out: string[] = [];
  if (a.trackingCode && row.tracking_code !== a.trackingCode)
    out.push(`tracking code ${row.tracking_code} ≠ ${a.trackingCode}`);
  if (!row.submitted) out.push('not marked sent');
  if (row.state === 'draft') out.push('still a draft');
  if (row.office_code !== a.officeCode) out.push(`office ${row.office_code} ≠ ${a.officeCode}`);
  if (row.language !== a.language) out.push(`language ${row.language} ≠ ${a.language}`);
  const stored = flatten(row.data);
  for (const [k, v] of Object.entries(a.fields))
    if (stored[k] !== v) out.push(`${k}: ${JSON.stringify(stored[k])} ≠ ${JSON.stringify(v)}`);
  for (const k of Object.keys(stored))
    if (!(k in a.fields) && !['kind', 'officeCode', 'applicationDate'].includes(k))
      out.push(`${k}: stored, not sent`);
  return out.join('; ');
}

export function describeReport(r: LedgerReport): string {
  return (
    `${String(r.acknowledged)} acknowledged: ${String(r.missing.length)} missing, ` +
    `${String(r.duplicated.length)} duplicated, ${String(r.incomplete.length)} incomplete` +
    (r.unansweredStored ? ` (${String(r.unansweredStored)} unanswered sends stored once)` : '') +
    (r.incomplete.length ? `; first: ${r.incomplete[0]!.marker} ${r.incomplete[0]!.why}` : '')
  );
}

export { MARKER_FIELD };
