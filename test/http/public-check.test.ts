// The public check of certificates and references (domain.md §6, §17): by number and by the QR's seal,
// as pages (negotiated language, /kk|ru|en) and as JSON (checked against the OpenAPI document). Every
// status; forged, altered, unknown-key, revoked-key and malformed seals each with their own words; a
// true seal that no longer matches the registry; the published keys; and nothing religious in any
// answer. The rate limit has its own suite below.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { Ajv, type ValidateFunction } from 'ajv';
import * as ajvFormats from 'ajv-formats';
import type { FormatsPlugin } from 'ajv-formats';
import type { InjectOptions } from 'fastify';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { SENTINELS } from '../helpers/personal-data.js';
import { GROUP_NAME, officeWithStaff, signedCase, type Office } from '../helpers/signed-cases.js';
import { findIssuedDocument, setIssuedDocumentStatus } from '../../src/db/issued-documents-store.js';
import { activeSealSigner, revokeSealKey, rotateSealKey } from '../../src/app/documents/seal-keys.js';
import { decodeCompactText, encodeCompactText } from '../../src/documents/seal/compact-text.js';
import { sealQrText } from '../../src/documents/seal/seal.js';
import { Ed25519Signer, generateSealKeys } from '../../src/documents/seal/signer.js';
import { instantAtWallTime } from '../../src/domain/calendar/index.js';
import { CONFESSIONS_2011 } from '../../src/domain/standard/confessions.js';
import { addDays, plainDate, plainDateAt } from '../../src/domain/time/plain-date.js';
import { translate, type Lang } from '../../src/i18n/i18n.js';
import type { MessageKey } from '../../src/i18n/catalogue.js';
import { formatLegalDate } from '../../src/views/legal-date.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are checked against the document */
type Json = any;

const formats = ajvFormats as unknown as { default: FormatsPlugin & { default?: FormatsPlugin } };
const addFormats: FormatsPlugin = formats.default.default ?? formats.default;
const PUBLIC_URL = 'https://tirkeu.example.kz';
const origin = { ip: null, requestId: 'test' };

/** The text of the element with this id (tags dropped, entities of «&» and quotes undone). */
function textOf(html: string, id: string): string | null {
  const m = new RegExp(`id="${id}"[^>]*>([\\s\\S]*?)</p>`).exec(html);
  return m
    ? m[1]!
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .trim()
    : null;
}

/** What a forger who edits the sealed lines would print (the signature kept). */
function editSeal(seal: string, edit: (lines: string[]) => string[]): string {
  const hash = seal.indexOf('#');
  const [payload, keyId, sig] = seal.slice(hash + 1).split('.') as [string, string, string];
  const lines = edit(decodeCompactText(Buffer.from(payload, 'base64url'))!.split('\n'));
  return `${seal.slice(0, hash)}#${Buffer.from(encodeCompactText(lines.join('\n'))).toString('base64url')}.${keyId}.${sig}`;
}

const CONFESSIONS_USED = ['evangelical-baptist', 'bahai'];
const RELIGIOUS = [
  SENTINELS.affiliation,
  'Sentinel Faith',
  'баптист', // the inviting association's name (Астана баптистер қауымы) and the confession
  ...CONFESSIONS_USED,
  ...CONFESSIONS_2011.filter((c) => CONFESSIONS_USED.includes(c.id)).flatMap((c) => Object.values(c.name)),
];

describeEachDatabase('the public check (domain.md §6, §17)', (get) => {
  let t: TestApp;
  let office: Office;
  let openapi: Json;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validators = new Map<string, ValidateFunction>();
  const bodies: string[] = [];
  const db = () => get().database.db;

  /** Every answer is kept (for the last test); a JSON answer is checked against the document. */
  async function call(opts: InjectOptions & { url: string }) {
    const r = await t.app.inject(opts);
    bodies.push(r.body, JSON.stringify(r.headers));
    if (opts.url.startsWith('/api/')) {
      const template = Object.keys(openapi.paths).find((p) =>
        new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(opts.url),
      );
      assert.ok(template, `${opts.url} is documented`);
      const method = (opts.method ?? 'GET').toLowerCase();
      const schema =
        openapi.paths[template][method]?.responses[String(r.statusCode)]?.content?.['application/json']
          ?.schema;
      assert.ok(schema, `${method} ${template} ${r.statusCode} is a documented answer: ${r.body}`);
      const key = `${method} ${template} ${r.statusCode}`;
      const validate = validators.get(key) ?? ajv.compile(schema);
      validators.set(key, validate);
      assert.ok(validate(r.json()), `${key}: ${JSON.stringify(validate.errors)} in ${r.body}`);
    }
    return r;
  }
  const page = (url: string, lang: Lang = 'kk') =>
    call({ method: 'GET', url, headers: { 'accept-language': lang } });
  const api = (url: string, lang: Lang = 'en') =>
    call({ method: 'GET', url, headers: { 'accept-language': lang } });
  const postSeal = (seal: string, lang: Lang = 'ru') =>
    call({ method: 'POST', url: `/${lang}/check/seal`, payload: { seal } });
  const apiSeal = (seal: string, lang: Lang = 'en') =>
    call({ method: 'POST', url: '/api/check/seal', payload: { seal }, headers: { 'accept-language': lang } });
  const sealOf = async (number: string) => (await findIssuedDocument(db(), number))!.sealText!;

  before(async () => {
    t = await buildTestApp(get().database, { PUBLIC_URL, CHECK_RATE_LIMIT: '100000' });
    office = await officeWithStaff(t.deps);
    openapi = (await t.app.inject({ url: '/api/openapi.json' })).json();
  });
  after(() => t.close());

  it('documents its three API routes in the OpenAPI document', () => {
    for (const [method, path] of [
      ['get', '/api/check/keys'],
      ['get', '/api/check/{office}/{year}/{seq}'],
      ['post', '/api/check/seal'],
    ] as const) {
      const op = openapi.paths[path]?.[method];
      assert.ok(op, `${method} ${path}`);
      assert.deepEqual(op.tags, ['check']);
      assert.ok(op.responses['429'], `${method} ${path} documents the rate limit`);
    }
  });

  it('a valid certificate by number: the page in every language, the JSON, and only the key fields', async () => {
    const { number } = await signedCase(t.deps, office, 'missionary');
    const row = (await findIssuedDocument(db(), number))!;
    for (const lang of ['kk', 'ru', 'en'] as const) {
      for (const url of [`/check/${number}`, `/${lang}/check/${number}`]) {
        const r = await page(url, lang);
        assert.equal(r.statusCode, 200, url);
        assert.match(r.body, new RegExp(`<html lang="${lang}"`));
        assert.equal(textOf(r.body, 'check-status'), translate(lang, 'check.status.valid'));
        for (const v of [number, row.holder, row.territory, formatLegalDate(plainDate(row.issuedOn), lang)])
          assert.ok(r.body.includes(v), `${url}: ${v}`);
        assert.ok(r.body.includes(formatLegalDate(plainDate(row.validUntil!), lang)));
        assert.ok(!r.body.includes(SENTINELS.passport), 'no passport number');
        assert.match(r.body, /<form method="post" action="\/\w\w\/check\/seal"[^>]*id="seal-form"/);
      }
      // The unprefixed page's language switch leads to the same document in each language.
      const r = await page(`/check/${number}`, lang);
      assert.ok(r.body.includes(`href="/ru/check/${number}"`));
    }
    const j = await api(`/api/check/${number}`, 'ru');
    assert.equal(j.statusCode, 200);
    assert.deepEqual(j.json(), {
      number,
      kind: 'certificate',
      holder: row.holder,
      territory: row.territory,
      issuedOn: row.issuedOn,
      validUntil: row.validUntil,
      status: 'valid',
      statusText: translate('ru', 'check.status.valid'),
      reason: null,
      successorNumber: null,
      checkedOn: plainDateAt(t.deps.now(), 'Asia/Almaty'),
      source: 'system',
    });
  });

  it('a reference: no expiry, the group as holder, in words on the page', async () => {
    const { number } = await signedCase(t.deps, office, 'group');
    const j = (await api(`/api/check/${number}`)).json();
    assert.equal(j.kind, 'reference');
    assert.equal(j.holder, GROUP_NAME);
    assert.equal(j.validUntil, null);
    assert.equal(j.status, 'valid');
    const r = await page(`/en/check/${number}`);
    assert.ok(r.body.includes(translate('en', 'check.no_expiry')));
    assert.ok(r.body.includes(GROUP_NAME));
  });

  it('superseded, annulled (its reason in words, never free text) and replaced (naming the successor)', async () => {
    const [old, renewed, lost, duplicate, annulled] = [
      await signedCase(t.deps, office, 'missionary'),
      await signedCase(t.deps, office, 'missionary'),
      await signedCase(t.deps, office, 'group'),
      await signedCase(t.deps, office, 'group'),
      await signedCase(t.deps, office, 'missionary'),
    ];
    const at = t.deps.now();
    await db().transaction(async (tx) => {
      await setIssuedDocumentStatus(
        tx,
        old.number,
        { status: 'superseded', successorNumber: renewed.number },
        at,
      );
      await setIssuedDocumentStatus(
        tx,
        lost.number,
        { status: 'replaced', successorNumber: duplicate.number },
        at,
      );
      await setIssuedDocumentStatus(
        tx,
        annulled.number,
        { status: 'annulled', reason: 'court_decision' },
        at,
      );
    });
    const expect = [
      [old.number, 'superseded', null, renewed.number],
      [lost.number, 'replaced', null, duplicate.number],
      [annulled.number, 'annulled', 'court_decision', null],
    ] as const;
    for (const [number, status, reason, successor] of expect) {
      const j = (await api(`/api/check/${number}`, 'kk')).json();
      assert.deepEqual([j.status, j.reason, j.successorNumber], [status, reason, successor], number);
      assert.equal(j.statusText, translate('kk', `check.status.${status}`));
      for (const lang of ['kk', 'ru', 'en'] as const) {
        const r = await page(`/${lang}/check/${number}`);
        assert.equal(textOf(r.body, 'check-status'), translate(lang, `check.status.${status}`));
        if (successor)
          assert.ok(r.body.includes(`href="/${lang}/check/${successor}"`), 'the successor linked');
        if (reason)
          assert.ok(
            r.body.includes(
              translate(lang, 'check.reason', { reason: translate(lang, `check.reason.${reason}`) }),
            ),
          );
      }
    }
    // The successor is valid itself.
    assert.equal((await api(`/api/check/${duplicate.number}`)).json().status, 'valid');
  });

  it('a status change is refused when it makes no sense, and changes nothing', async () => {
    const a = await signedCase(t.deps, office, 'missionary');
    const at = t.deps.now();
    const refused = async (change: Parameters<typeof setIssuedDocumentStatus>[2], problem: string) => {
      await assert.rejects(
        db().transaction((tx) => setIssuedDocumentStatus(tx, a.number, change, at)),
        (e: Error & { problem?: string }) => e.problem === problem,
      );
      assert.equal((await findIssuedDocument(db(), a.number))!.status, 'valid');
    };
    await refused({ status: 'annulled', reason: 'because I say so' as never }, 'REASON_REQUIRED');
    await refused({ status: 'replaced', successorNumber: '' }, 'SUCCESSOR_REQUIRED');
    await refused({ status: 'replaced', successorNumber: a.number }, 'SUCCESSOR_IS_ITSELF');
    await refused(
      { status: 'superseded', successorNumber: `${office.code}/2026/1-9999` },
      'SUCCESSOR_NOT_FOUND',
    );
    await db().transaction((tx) =>
      setIssuedDocumentStatus(tx, a.number, { status: 'annulled', reason: 'issued_in_error' }, at),
    );
    await assert.rejects(
      db().transaction((tx) =>
        setIssuedDocumentStatus(tx, a.number, { status: 'superseded', successorNumber: null }, at),
      ),
      (e: Error & { problem?: string }) => e.problem === 'NOT_VALID_NOW',
    );
    await assert.rejects(
      db().transaction((tx) =>
        setIssuedDocumentStatus(
          tx,
          '99-999/2026/1-0001',
          { status: 'superseded', successorNumber: null },
          at,
        ),
      ),
      (e: Error & { problem?: string }) => e.problem === 'NOT_FOUND',
    );
  });

  it('bad numbers: malformed, unknown, a stray space; the number form', async () => {
    for (const bad of ['35-004/2026/3-0009', '35-004-A/2026/1-0009', 'x/y/z', '35-004/2026/1-9']) {
      const r = await page(`/ru/check/${bad}`);
      assert.equal(r.statusCode, 400, bad);
      assert.ok(r.body.includes(translate('ru', 'check.errors.number_format')), bad);
      const j = await api(`/api/check/${bad}`, 'ru');
      assert.equal(j.statusCode, 400, bad);
      assert.equal(j.json().error.code, 'VALIDATION_FAILED');
      assert.deepEqual(j.json().error.fields, { number: 'number_format' });
    }
    const unknown = `${office.code}/2026/1-9999`;
    const r = await page(`/kk/check/${unknown}`);
    assert.equal(r.statusCode, 404);
    assert.equal(textOf(r.body, 'check-status'), translate('kk', 'check.not_found', { number: unknown }));
    const j = await api(`/api/check/${unknown}`, 'kk');
    assert.equal(j.statusCode, 404);
    assert.equal(j.json().error.code, 'NOT_FOUND');
    assert.equal(j.json().error.message, translate('kk', 'error.NOT_FOUND'));

    const { number } = await signedCase(t.deps, office, 'group');
    // Typed with a stray space: moved to the document's one address.
    const spaced = await page(`/check/%20${number}`);
    assert.equal(spaced.statusCode, 301);
    assert.equal(spaced.headers.location, `/check/${number}`);

    const form = await page(`/en/check?number=${encodeURIComponent(` ${number.toLowerCase()} `)}`);
    assert.equal(form.statusCode, 303);
    assert.equal(form.headers.location, `/en/check/${number}`);
    const empty = await page('/en/check?number=');
    assert.equal(empty.statusCode, 400);
    assert.ok(empty.body.includes(translate('en', 'check.errors.number_required')));
    assert.match(empty.body, /class="error-summary"/);
    const wrong = await page('/en/check?number=hello');
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /id="number"[^>]*value="hello"/);
    const landing = await page('/check', 'ru');
    assert.equal(landing.statusCode, 200);
    assert.match(landing.body, /<html lang="ru"/);
    assert.match(landing.body, /<form method="get" action="\/ru\/check"/);
  });

  it('a genuine seal, on the page (each language) and in JSON', async () => {
    const { number } = await signedCase(t.deps, office, 'missionary');
    const seal = await sealOf(number);
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const r = await postSeal(seal, lang);
      assert.equal(r.statusCode, 200);
      assert.equal(textOf(r.body, 'check-verdict'), translate(lang, 'check.verdict.genuine'));
      assert.equal(textOf(r.body, 'check-status'), translate(lang, 'check.status.valid'));
    }
    const j = (await apiSeal(seal)).json();
    assert.equal(j.verdict, 'genuine');
    assert.equal(j.message, translate('en', 'check.verdict.genuine'));
    assert.equal(j.sealed.number, number);
    assert.equal(j.document.number, number);
    assert.deepEqual(j.differs, []);
    // Pasted with surrounding white space, as people paste.
    assert.equal((await apiSeal(`\n  ${seal}  \n`)).json().verdict, 'genuine');
  });

  it('forged, altered, unknown key and malformed seals: each its own answer, the registry record beside it', async () => {
    const { number } = await signedCase(t.deps, office, 'missionary');
    const other = await signedCase(t.deps, office, 'missionary');
    const seal = await sealOf(number);
    const row = (await findIssuedDocument(db(), number))!;
    const fields = {
      number,
      holder: row.holder,
      territory: row.territory,
      issued: plainDate(row.issuedOn),
      validUntil: row.validUntil ? plainDate(row.validUntil) : null,
    };
    const stranger = crypto.generateKeyPairSync('ed25519').privateKey;
    const cases: [string, string, string][] = [
      // The registry's own fields, signed by someone else under the service's key id.
      ['forged', await sealQrText(fields, new Ed25519Signer(stranger, row.sealKeyId!), PUBLIC_URL), 'forged'],
      // A genuine seal moved onto another document's number.
      ['moved', seal.replace(`/check/${number}#`, `/check/${other.number}#`), 'forged'],
      ['longer validity', editSeal(seal, ([h, tt, i]) => [h!, tt!, i!, '20991231']), 'altered'],
      ['another holder', editSeal(seal, ([, ...rest]) => ['Басқа Адам', ...rest]), 'altered'],
      ['unknown key', await sealQrText(fields, generateSealKeys().signer, PUBLIC_URL), 'unknown_key'],
      ['no fragment', `${PUBLIC_URL}/check/${number}`, 'malformed'],
      ['cut short', seal.slice(0, -12), 'malformed'],
      ['words', 'this is not a seal at all', 'malformed'],
      ['a bad number', seal.replace(`/check/${number}#`, '/check/35-004/2026/9-0001#'), 'malformed'],
    ];
    for (const [what, text, verdict] of cases) {
      const j = (await apiSeal(text, 'kk')).json();
      assert.equal(j.verdict, verdict, what);
      assert.equal(j.message, translate('kk', `check.verdict.${verdict}` as MessageKey), what);
      assert.equal(j.sealed, null, `${what}: an untrue seal's text is not repeated as if it were true`);
      if (verdict !== 'malformed') assert.ok(j.document, `${what}: the registry's record is shown`);
      const r = await postSeal(text, 'ru');
      assert.equal(r.statusCode, 200, what);
      assert.equal(
        textOf(r.body, 'check-verdict'),
        translate('ru', `check.verdict.${verdict}` as MessageKey),
      );
    }
    // Each verdict reads differently in each language.
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const words = ['forged', 'altered', 'unknown_key', 'malformed', 'revoked_key', 'genuine'].map((v) =>
        translate(lang, `check.verdict.${v}` as MessageKey),
      );
      assert.equal(new Set(words).size, words.length);
    }
    // Bad requests: nothing pasted, far too long, not the API's shape.
    const empty = await postSeal('   ', 'en');
    assert.equal(empty.statusCode, 400);
    assert.ok(empty.body.includes(translate('en', 'check.errors.seal_required')));
    const long = await postSeal(`${seal}${'A'.repeat(3000)}`, 'en');
    assert.equal(long.statusCode, 400);
    assert.ok(long.body.includes(translate('en', 'check.errors.seal_too_long')));
    assert.equal((await apiSeal(`${seal}${'A'.repeat(2100)}`)).json().verdict, 'malformed');
    for (const payload of [
      {},
      { seal: 5 },
      { seal: 'x', more: 1 },
      { seal: 'x'.repeat(5000) },
      { seal: '' },
    ]) {
      const r = await call({ method: 'POST', url: '/api/check/seal', payload });
      assert.equal(r.statusCode, 400, JSON.stringify(payload).slice(0, 40));
      assert.equal(r.json().error.code, 'VALIDATION_FAILED');
    }
    const notJson = await call({
      method: 'POST',
      url: '/api/check/seal',
      payload: 'seal=x',
      headers: { 'content-type': 'text/plain' },
    });
    assert.ok([400, 415].includes(notJson.statusCode), String(notJson.statusCode));
  });

  it('a true seal whose registry record now differs, and a true seal with no record', async () => {
    const { number } = await signedCase(t.deps, office, 'missionary');
    const seal = await sealOf(number);
    await db().execute(
      sql`update issued_documents set holder = 'Мюллер Иоганн Петрович' where number = ${number}`,
    );
    const j = (await apiSeal(seal, 'ru')).json();
    assert.equal(j.verdict, 'differs');
    assert.deepEqual(j.differs, ['holder']);
    assert.equal(
      j.message,
      translate('ru', 'check.verdict.differs', { fields: translate('ru', 'check.field.holder') }),
    );
    assert.equal(j.document.holder, 'Мюллер Иоганн Петрович');
    assert.notEqual(j.sealed.holder, j.document.holder);

    const ghost = `${office.code}/2026/2-0999`;
    const signer = await db().transaction((tx) =>
      activeSealSigner(tx, { actor: null, ip: null, requestId: 't', now: new Date() }),
    );
    const unregistered = await sealQrText(
      { number: ghost, holder: 'Бос', territory: 'Жоқ', issued: plainDate('2026-01-05'), validUntil: null },
      signer,
      PUBLIC_URL,
    );
    const u = (await apiSeal(unregistered, 'en')).json();
    assert.equal(u.verdict, 'unregistered');
    assert.equal(u.document, null);
  });

  it('rotation keeps old documents checkable; a revoked key is no longer trusted, the registry status still shown', async () => {
    const first = await signedCase(t.deps, office, 'missionary');
    const rotated = await rotateSealKey(t.deps, null, origin);
    const second = await signedCase(t.deps, office, 'group');
    const [a, b] = [
      await findIssuedDocument(db(), first.number),
      await findIssuedDocument(db(), second.number),
    ];
    assert.equal(a!.sealKeyId, rotated.retired);
    assert.equal(b!.sealKeyId, rotated.active);
    assert.equal((await apiSeal(a!.sealText!)).json().verdict, 'genuine', 'a retired key still verifies');
    assert.equal((await apiSeal(b!.sealText!)).json().verdict, 'genuine');

    await revokeSealKey(t.deps, null, origin, rotated.retired!, 'Кілт жария болды');
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const j = (await apiSeal(a!.sealText!, lang)).json();
      assert.equal(j.verdict, 'revoked_key');
      assert.equal(j.message, translate(lang, 'check.verdict.revoked_key'));
      assert.equal(j.document.status, 'valid', 'the registry still says what it says');
      const r = await postSeal(a!.sealText!, lang);
      assert.equal(textOf(r.body, 'check-verdict'), translate(lang, 'check.verdict.revoked_key'));
      assert.equal(textOf(r.body, 'check-status'), translate(lang, 'check.status.valid'));
      // "Revoked" is said of the key, never of the document.
      assert.notEqual(j.document.statusText, translate(lang, 'check.key_status.revoked'));
    }
    assert.equal((await apiSeal(b!.sealText!)).json().verdict, 'genuine', 'the new key is untouched');
    // The number check is about the registry, whatever the key.
    assert.equal((await api(`/api/check/${first.number}`)).json().status, 'valid');
  });

  it('publishes the keys: the page in each language and JSON, statuses and dates, never a private half', async () => {
    const j = await api('/api/check/keys');
    assert.equal(j.statusCode, 200);
    assert.match(String(j.headers['cache-control']), /max-age=300/);
    const { keys } = j.json();
    const rows = await db().execute(sql`select key_id, status from seal_keys order by created_at, key_id`);
    assert.deepEqual(
      keys.map((k: Json) => [k.keyId, k.status]),
      (rows as unknown as { rows: { key_id: string; status: string }[] }).rows.map((r) => [
        r.key_id,
        r.status,
      ]),
    );
    assert.ok(keys.some((k: Json) => k.status === 'revoked' && k.revokedAt));
    assert.ok(keys.some((k: Json) => k.status === 'active' && !k.retiredAt));
    for (const lang of ['kk', 'ru', 'en'] as const) {
      for (const url of [`/${lang}/check/keys`, '/check/keys']) {
        const r = await page(url, lang);
        assert.equal(r.statusCode, 200);
        for (const k of keys) assert.ok(r.body.includes(k.publicKey) && r.body.includes(k.keyId));
        assert.ok(r.body.includes(translate(lang, 'check.key_status.revoked')));
        assert.ok(!/PRIVATE KEY|Кілт жария/.test(r.body), 'no private half, no revocation reason');
      }
    }
    assert.ok(!/PRIVATE KEY|Кілт жария/.test(j.body));
  });

  it('the page carries the seal-reading script and works without it (plain forms)', async () => {
    const { number } = await signedCase(t.deps, office, 'missionary');
    const r = await page(`/check/${number}`);
    assert.match(r.body, /<script src="\/static\/check\.js" defer/);
    assert.match(r.body, /<textarea[^>]*name="seal"/);
    const js = await t.app.inject({ url: '/static/check.js' });
    assert.equal(js.statusCode, 200);
    assert.match(js.body, /location\.hash/);
    assert.match(js.body, /seal-form/);
    // The check page is also linked from every page's menu.
    assert.match((await page('/ru/')).body, /href="\/ru\/check"/);
  });

  it('expired from the day after valid-until, by the legal day of the office (Asia/Almaty)', async () => {
    const { number } = await signedCase(t.deps, office, 'missionary');
    const validUntil = plainDate((await findIssuedDocument(db(), number))!.validUntil!);
    const lastMinute = instantAtWallTime(validUntil, 23 * 60 + 59, 'Asia/Almaty');
    const nextDay = instantAtWallTime(addDays(validUntil, 1), 1, 'Asia/Almaty');
    // Still the valid-until day in UTC: only the office's zone makes it the next legal day.
    assert.equal(nextDay.toISOString().slice(0, 10), validUntil);
    t.advance(lastMinute.getTime() + 20_000 - t.deps.now().getTime());
    let j = (await api(`/api/check/${number}`, 'ru')).json();
    assert.equal(j.status, 'valid');
    assert.equal(j.checkedOn, validUntil);
    t.advance(nextDay.getTime() - t.deps.now().getTime());
    j = (await api(`/api/check/${number}`, 'ru')).json();
    assert.equal(j.status, 'expired');
    assert.equal(j.checkedOn, addDays(validUntil, 1));
    assert.equal(
      j.statusText,
      translate('ru', 'check.status.expired', { date: formatLegalDate(validUntil, 'ru') }),
    );
    const r = await page(`/kk/check/${number}`);
    assert.equal(
      textOf(r.body, 'check-status'),
      translate('kk', 'check.status.expired', { date: formatLegalDate(validUntil, 'kk') }),
    );
    // A true seal of an expired document: genuine, and the status says expired.
    const s = (await apiSeal(await sealOf(number))).json();
    assert.deepEqual([s.verdict, s.document.status], ['genuine', 'expired']);
    // A decision outweighs the calendar: an annulled certificate reads annulled, not expired.
    await db().transaction((tx) =>
      setIssuedDocumentStatus(tx, number, { status: 'annulled', reason: 'activity_ended' }, t.deps.now()),
    );
    assert.equal((await api(`/api/check/${number}`)).json().status, 'annulled');
  });

  it('no answer of this suite holds anything religious (§17), nor the passport number', () => {
    assert.ok(bodies.length > 100, `${bodies.length} answers seen`);
    const all = bodies.join('\n');
    for (const word of RELIGIOUS) assert.ok(!all.toLowerCase().includes(word.toLowerCase()), word);
    assert.ok(!all.includes(SENTINELS.passport));
  });
});
