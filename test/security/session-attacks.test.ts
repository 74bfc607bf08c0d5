// Issue 11 §4, session and form attacks, run as an attacker runs them against the app over HTTP:
// forged forms (no token, another session's token, another origin), a planted session id, brute-force
// sign-in (one address spraying many accounts, many addresses on one account), guessing access codes
// on the public track pages, and a tampered audit record found by `tirkeu audit verify` run as a
// process. Every refusal is checked for what it changed: nothing.
//
// Proven elsewhere and not repeated here: a form without its token on the sign-in page and a forged
// token on it (test/http/staff-sign-in.test.ts), a made-up session cookie ignored (same file), the
// per-account lock-out's audit events, the limits of findCaseForApplicant called directly
// (test/portal/applicant-access.test.ts), the chain walk's findings for an edited, deleted or cut
// record (src/db/audit-trail.test.ts) and the CLI on the national chain of an embedded database
// (test/process/cli.test.ts).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { FormClient, pageText } from '../helpers/form-client.js';
import { PASSWORD, seedAccount, seedOffice } from '../helpers/seed.js';
import { missionaryApplication, newIdempotencyKey } from '../helpers/applications.js';
import { openCaseAtCounter } from '../../src/app/cases/open-case-at-counter.js';
import { resolveSession } from '../../src/app/accounts/session.js';
import { sessionIdOf } from '../../src/app/accounts/sign-in.js';
import { startOnlineApplication, submitOnlineApplication } from '../../src/app/portal/online-application.js';
import type { Actor } from '../../src/app/actor.js';
import { openDatabase, queryRows, type Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { translate } from '../../src/i18n/i18n.js';

const ACCOUNT_FAILURES = 3;
const ADDRESS_FAILURES = 6;
const ENV = {
  // The app sits behind a proxy on loopback: X-Forwarded-For names each simulated client.
  TRUST_PROXY: '127.0.0.1',
  SIGNIN_MAX_FAILURES: String(ACCOUNT_FAILURES),
  SIGNIN_ADDRESS_MAX_FAILURES: String(ADDRESS_FAILURES),
};

let addressSeq = 0;
/** A client address no other test of this file uses. */
const freshAddress = () => {
  addressSeq++;
  return `198.51.${Math.floor(addressSeq / 250)}.${(addressSeq % 250) + 1}`;
};

describeEachDatabase('session and form attacks', (get) => {
  let t: TestApp;
  let office: { id: string; code: string };
  before(async () => {
    t = await buildTestApp(get().database, ENV);
    office = await seedOffice(t.deps, { regionCode: '63' });
  });
  after(() => t.close());

  const browser = (address = freshAddress()) => new FormClient(t.app, { 'x-forwarded-for': address });
  const signInFrom = async (c: FormClient, login: string, password: string) => {
    await c.open('/en/staff/sign-in');
    return c.post('/en/staff/sign-in', { login, password });
  };
  const signedIn = async (roles: Parameters<typeof seedAccount>[2]) => {
    const { id, login } = await seedAccount(t.deps, office.id, roles);
    const c = browser();
    assert.equal((await signInFrom(c, login, PASSWORD)).statusCode, 303);
    return { c, id, login };
  };
  const actorOf = async (c: FormClient): Promise<Actor> => {
    const r = await resolveSession(t.deps, c.cookies.get('tirkeu_session')!);
    assert.equal(r.kind, 'live');
    return (r as { actor: Actor }).actor;
  };
  const caseRow = async (id: string) =>
    (
      await queryRows<{ state: string; version: number; actions: string; audits: string }>(
        get().database.db,
        sql`select c.state, c.version,
              (select count(*) from case_actions a where a.case_id = c.id) as actions,
              (select count(*) from audit_events e where e.record_id = c.id::text) as audits
            from cases c where c.id = ${id}`,
      )
    )[0]!;

  it('CSRF: a forged form or API write — no token, another session’s token, another origin — is refused and changes nothing', async () => {
    const victim = await signedIn(['clerk']);
    const opened = await openCaseAtCounter(
      t.deps,
      await actorOf(victim.c),
      { ip: null, requestId: 'test' },
      {
        kind: 'missionary-registration',
        language: 'kk',
        application: missionaryApplication(),
        consent: true,
        idempotencyKey: newIdempotencyKey(),
      },
    );
    const before = await caseRow(opened.id);
    const abandon = `/en/staff/cases/${opened.id}/actions/abandon`;
    const form = () => ({ version: String(opened.version), key: newIdempotencyKey() });

    // The attacker's own session and token: valid, but for the attacker's double-submit cookie.
    const attacker = await signedIn(['clerk']);
    await attacker.c.open('/en/staff');
    const attackersToken = attacker.c.lastToken;
    assert.ok(attackersToken, 'the attacker holds a real token of its own');

    await victim.c.open(`/en/staff/cases/${opened.id}`);
    const forged = [
      await victim.c.post(abandon, form(), { csrf: null }),
      await victim.c.post(abandon, form(), { csrf: attackersToken }),
      // A page on another site posts the victim's browser's cookies with whatever token it can make up.
      await t.app.inject({
        method: 'POST',
        url: abandon,
        headers: {
          origin: 'https://evil.example',
          referer: 'https://evil.example/win-a-prize',
          cookie: [...victim.c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: new URLSearchParams({ ...form(), _csrf: 'a'.repeat(52) }).toString(),
      }),
    ];
    for (const r of forged) {
      assert.equal(r.statusCode, 403, r.body.slice(0, 200));
      assert.ok(pageText(r.body).includes(translate('en', 'error.CSRF_FAILED')));
      assert.ok(!r.body.includes(opened.trackingCode), 'the refusal tells nothing of the case');
    }

    // The API: the token is not readable cross-origin (no CORS grant), and a write with another
    // session's token is refused.
    const csrf = await t.app.inject({
      method: 'GET',
      url: '/api/v1/csrf',
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(csrf.headers['access-control-allow-origin'], undefined);
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/cases',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-csrf-token,content-type',
      },
    });
    assert.equal(preflight.headers['access-control-allow-origin'], undefined);
    assert.equal(preflight.headers['access-control-allow-headers'], undefined);
    const apiForged = await victim.c.get('/api/v1/csrf').then(() =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${opened.id}/actions`,
        headers: {
          cookie: [...victim.c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
          'content-type': 'application/json',
          'idempotency-key': newIdempotencyKey(),
          'x-csrf-token': attackersToken!,
          origin: 'https://evil.example',
        },
        payload: JSON.stringify({ kind: 'abandon', expectedVersion: opened.version }),
      }),
    );
    assert.equal(apiForged.statusCode, 403);
    assert.equal(apiForged.json().error.code, 'CSRF_FAILED');

    assert.deepEqual(await caseRow(opened.id), before, 'no forged request changed the case');
    // The same request with the victim's own token goes through: the token was the only thing missing.
    await victim.c.open(`/en/staff/cases/${opened.id}`);
    const real = await victim.c.post(abandon, form());
    assert.equal(real.statusCode, 303, real.body.slice(0, 300));
    assert.equal((await caseRow(opened.id)).state, 'abandoned');
  });

  it('session fixation: a session id planted before sign-in is never the one after, and gives the planter nothing', async () => {
    // The attacker holds a real, live session of its own and plants its cookie in the victim's browser.
    const attacker = await signedIn(['clerk']);
    const planted = attacker.c.cookies.get('tirkeu_session')!;
    const { id: victimId, login } = await seedAccount(t.deps, office.id, ['head']);
    const victim = browser();
    // The victim has the sign-in form open when the cookie is planted (with a live session the form
    // itself is not shown: GET sign-in goes to the staff page of the session's holder).
    await victim.open('/en/staff/sign-in');
    victim.cookies.set('tirkeu_session', planted);
    const res = await victim.post('/en/staff/sign-in', { login, password: PASSWORD });
    assert.equal(res.statusCode, 303);
    const issued = res.cookies.find((c) => c.name === 'tirkeu_session');
    assert.ok(issued, 'sign-in sets a new session cookie');
    assert.notEqual(issued.value, planted);
    // The planted id still names the attacker only: it never became the victim's session.
    const plantedNow = await resolveSession(t.deps, planted);
    assert.equal(plantedNow.kind, 'live');
    assert.equal((plantedNow as { actor: Actor }).actor.accountId, attacker.id);
    assert.equal((await actorOf(victim)).accountId, victimId);
    const rows = await queryRows<{ id: string }>(
      get().database.db,
      sql`select id from sessions where account_id = ${victimId}`,
    );
    assert.deepEqual(
      rows.map((r) => r.id),
      [sessionIdOf(issued.value)],
      'the database keeps only a hash of the new token',
    );

    // After sign-out the old cookie, replayed, opens nothing.
    const stolen = victim.cookies.get('tirkeu_session')!;
    await victim.open('/en/staff');
    assert.equal((await victim.post('/en/staff/sign-out', {})).statusCode, 303);
    const replay = browser();
    replay.cookies.set('tirkeu_session', stolen);
    const page = await replay.get('/en/staff');
    assert.equal(page.statusCode, 303);
    assert.match(String(page.headers.location), /^\/en\/staff\/sign-in/);
    const api = await t.app.inject({
      method: 'GET',
      url: '/api/v1/cases?list=new',
      headers: { cookie: `tirkeu_session=${stolen}` },
    });
    assert.equal(api.statusCode, 401);
  });

  it('brute force: one address spraying passwords over many accounts is rate limited, whichever account it names next', async () => {
    const address = freshAddress();
    const accounts = await Promise.all(
      Array.from({ length: ADDRESS_FAILURES + 2 }, () => seedAccount(t.deps, office.id, ['clerk'])),
    );
    // One wrong password per account: no account reaches its own lock-out.
    for (const a of accounts.slice(0, ADDRESS_FAILURES)) {
      const r = await signInFrom(browser(address), a.login, 'Spring2026!');
      assert.equal(r.statusCode, 401);
    }
    const next = accounts[ADDRESS_FAILURES]!;
    const limited = await signInFrom(browser(address), next.login, 'Spring2026!');
    assert.equal(limited.statusCode, 429);
    assert.ok(Number(limited.headers['retry-after']) > 0, 'Retry-After says when');
    assert.ok(pageText(limited.body).includes(translate('en', 'error.RATE_LIMITED')));
    // Even the right password is not tried from that address while it is limited…
    const right = await signInFrom(browser(address), next.login, PASSWORD);
    assert.equal(right.statusCode, 429);
    assert.equal(
      right.cookies.find((c) => c.name === 'tirkeu_session'),
      undefined,
    );
    // …while the account itself is not locked: its owner at another address signs in.
    assert.equal((await signInFrom(browser(), next.login, PASSWORD)).statusCode, 303);
    // A successful sign-in does not count against an address: an office's staff behind one NAT.
    const nat = freshAddress();
    for (const a of accounts.slice(0, ADDRESS_FAILURES + 1))
      assert.equal((await signInFrom(browser(nat), a.login, PASSWORD)).statusCode, 303, a.login);
    // And the limit runs out with its window.
    t.advance(16 * 60_000);
    try {
      assert.equal((await signInFrom(browser(address), next.login, PASSWORD)).statusCode, 303);
    } finally {
      t.advance(-16 * 60_000);
    }
  });

  it('brute force: one account tried from many addresses locks, and then refuses the right password too', async () => {
    const { id, login } = await seedAccount(t.deps, office.id, ['head']);
    for (let i = 0; i < ACCOUNT_FAILURES; i++)
      assert.equal((await signInFrom(browser(), login, `guess-${i}`)).statusCode, 401);
    const locked = await signInFrom(browser(), login, PASSWORD);
    assert.equal(locked.statusCode, 401, 'locked: looks like any failure from outside');
    assert.equal(
      locked.cookies.find((c) => c.name === 'tirkeu_session'),
      undefined,
    );
    const rows = await queryRows<{ n: string }>(
      get().database.db,
      sql`select count(*) as n from sessions where account_id = ${id}`,
    );
    assert.equal(Number(rows[0]!.n), 0, 'no session was ever made');
  });

  it('guessing access codes on the track pages: limited per address, and per tracking code from many addresses', async () => {
    const origin = { ip: freshAddress(), requestId: 'test' };
    const started = await startOnlineApplication(t.deps, origin, {
      kind: 'missionary-registration',
      language: 'ru',
      officeCode: office.code,
    });
    const sent = await submitOnlineApplication(t.deps, origin, started.draftToken, {
      application: missionaryApplication(),
      consent: true,
      contact: { email: 'applicant@example.kz', phone: '8 701 234 56 78' },
      idempotencyKey: newIdempotencyKey(),
    });
    const look = async (c: FormClient, accessCode: string, trackingCode = sent.trackingCode) => {
      await c.open('/en/track');
      return c.post('/en/track', {
        by: 'access',
        'a-trackingCode': trackingCode,
        'a-accessCode': accessCode,
      });
    };
    const wrong = (i: number) => `${i}`.padStart(20, 'Q');
    // The right pair answers (the control).
    const ok = await look(browser(), sent.accessCode);
    assert.equal(ok.statusCode, 200);
    assert.ok(ok.body.includes(sent.trackingCode));

    // One address guessing codes of made-up cases: 30 look-ups per 10 minutes, then 429.
    const one = browser();
    let status = 0;
    let tries = 0;
    while (tries < 40) {
      status = (await look(one, wrong(tries), 'ABCDEFGHJK')).statusCode;
      tries++;
      if (status !== 404) break;
    }
    assert.equal(status, 429, 'one address is stopped');
    assert.equal(tries, 31);
    // Its next try is refused even with the right pair.
    assert.equal((await look(one, sent.accessCode)).statusCode, 429);

    // One tracking code guessed from many addresses (each a new client): after 10 wrong codes it
    // pauses for everyone, the owner included, and a guess can no longer be told from a miss.
    for (let i = 0; i < 10; i++) {
      const r = await look(browser(), wrong(i));
      assert.equal(r.statusCode, 404);
      assert.ok(!r.body.includes(office.code), 'a miss tells nothing of the case');
    }
    const paused = await look(browser(), wrong(99));
    assert.equal(paused.statusCode, 429);
    assert.ok(Number(paused.headers['retry-after']) > 0, 'Retry-After says when');
    const owner = await look(browser(), sent.accessCode);
    assert.equal(owner.statusCode, 429);
    assert.ok(!owner.body.includes(office.code));

    // The JSON look-up (POST /api/v1/track) is the same door: the paused code stays paused there, and
    // one address's look-ups are counted across the page and the API together.
    // A script's client: it takes the API's CSRF token like any client, then posts the guess.
    const api = async (address: string, accessCode: string, trackingCode = sent.trackingCode) => {
      const c = browser(address);
      const token = (await c.get('/api/v1/csrf')).json().token as string;
      return t.app.inject({
        method: 'POST',
        url: '/api/v1/track',
        headers: {
          'x-forwarded-for': address,
          'content-type': 'application/json',
          'x-csrf-token': token,
          cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        },
        payload: JSON.stringify({ trackingCode, accessCode }),
      });
    };
    const viaApi = await api(freshAddress(), sent.accessCode);
    assert.equal(viaApi.statusCode, 429, viaApi.body);
    assert.equal(viaApi.json().error.code, 'RATE_LIMITED');
    assert.ok(Number(viaApi.headers['retry-after']) > 0);
    assert.ok(!viaApi.body.includes(office.code));
    const mixed = freshAddress();
    const answers: number[] = [];
    for (let i = 0; i < 15; i++)
      answers.push((await look(browser(mixed), wrong(i), 'ABCDEFGHJK')).statusCode);
    for (let i = 0; i < 15; i++) answers.push((await api(mixed, wrong(i), 'ABCDEFGHJK')).statusCode);
    assert.ok(
      answers.every((x) => x === 404),
      answers.join(),
    );
    assert.equal(
      (await api(mixed, wrong(99), 'ABCDEFGHJK')).statusCode,
      429,
      'the 31st, page and API together',
    );

    // The complaint's track page is limited per address the same way.
    const c = browser();
    await c.open('/en/complaints/track');
    const codes: number[] = [];
    for (let i = 0; i < 31; i++)
      codes.push(
        (await c.post('/en/complaints/track', { trackingCode: 'ABCDEFGHJK', accessCode: wrong(i) }))
          .statusCode,
      );
    assert.ok(
      codes.slice(0, 30).every((s) => s !== 429),
      codes.join(),
    );
    assert.equal(codes[30], 429);
  });

  it('a tampered audit record of an office is found by `tirkeu audit verify`, run as a process', async () => {
    // On the embedded engine the process needs a data folder of its own; on PostgreSQL, the suite's.
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-attack-'));
    let database: Database;
    let env: Record<string, string>;
    let app: TestApp;
    if (get().engine === 'postgres') {
      database = get().database;
      env = { DATABASE_URL: get().url! };
      app = t;
    } else {
      const dataDir = path.join(temp, 'data');
      database = await openDatabase({ kind: 'embedded', dataDir });
      await migrate(database);
      env = { TIRKEU_DATA_DIR: dataDir };
      app = await buildTestApp(database, ENV);
    }
    const tirkeu = () => {
      const r = spawnSync(process.execPath, ['bin/tirkeu.js', 'audit', 'verify'], {
        env: { PATH: process.env.PATH ?? '', HOME: temp, LOG_LEVEL: 'silent', ...env },
        encoding: 'utf8',
        timeout: 120_000,
      });
      return { code: r.status, out: r.stdout + r.stderr };
    };
    try {
      // Real acts of an office over HTTP: a clerk signs in and opens a case through the API.
      const mine = await seedOffice(app.deps, { regionCode: '63' });
      const { login } = await seedAccount(app.deps, mine.id, ['clerk']);
      const c = new FormClient(app.app, { 'x-forwarded-for': freshAddress() });
      await c.open('/en/staff/sign-in');
      assert.equal((await c.post('/en/staff/sign-in', { login, password: PASSWORD })).statusCode, 303);
      const token = (await c.get('/api/v1/csrf')).json().token as string;
      const { officeCode: _o, kind: _k, ...fields } = missionaryApplication();
      const opened = await app.app.inject({
        method: 'POST',
        url: '/api/v1/cases',
        headers: {
          cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
          'content-type': 'application/json',
          'idempotency-key': newIdempotencyKey(),
          'x-csrf-token': token,
        },
        payload: JSON.stringify({
          kind: 'missionary-registration',
          language: 'kk',
          application: fields,
          consent: true,
        }),
      });
      assert.equal(opened.statusCode, 201, opened.body);
      const chain = `audit:${mine.code}`;
      const caseId = (opened.json() as { id: string }).id;
      // The embedded database has one user at a time: the app steps aside while the command runs.
      const embedded = app !== t;
      if (embedded) {
        await app.close();
        await database.close();
      }
      const clean = tirkeu();
      assert.equal(clean.code, 0, clean.out);
      assert.match(clean.out, / 0 broken/);

      // The attacker (or a careless operator) rewrites the case's opening record by SQL, past the
      // append-only triggers, to hide who took the papers in.
      const db = embedded
        ? await openDatabase({ kind: 'embedded', dataDir: env.TIRKEU_DATA_DIR! })
        : database;
      const [row] = await queryRows<{ id: string; seq: string }>(
        db.db,
        sql`select id, seq from audit_events where chain_id = ${chain} and record_id = ${caseId}
            order by seq limit 1`,
      );
      assert.ok(row, 'the case was audited on its office’s chain');
      await db.db.transaction(async (tx) => {
        await tx.execute(sql`set local session_replication_role = replica`);
        await tx.execute(sql`update audit_events set actor_account_id = null where id = ${row.id}`);
      });
      if (embedded) await db.close();
      const tampered = tirkeu();
      assert.equal(tampered.code, 1, tampered.out);
      assert.ok(
        tampered.out.includes(`TAMPERED audit_events chain ${chain} record ${row.seq} (id ${row.id})`),
        tampered.out,
      );
      assert.match(tampered.out, / 1 broken/);
    } finally {
      if (app !== t) {
        await app.close().catch(() => undefined);
        await database.close().catch(() => undefined);
      }
      fs.rmSync(temp, { recursive: true, force: true });
    }
  });
});
