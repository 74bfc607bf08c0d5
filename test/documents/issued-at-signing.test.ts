// domain.md §4, §6: the head's signature enters the certificate or reference in the registry, in the
// same transaction, sealed once with the active key (made on first need, audited on the national
// chain); the stored seal is what every print carries, and it holds nothing religious (§17).
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { SENTINELS } from '../helpers/personal-data.js';
import { GROUP_NAME, officeWithStaff, signedCase, type Office } from '../helpers/signed-cases.js';
import { findCase } from '../../src/db/case-store.js';
import { queryRows } from '../../src/db/database.js';
import { findIssuedDocument } from '../../src/db/issued-documents-store.js';
import { listSealKeys } from '../../src/db/seal-keys-store.js';
import { verificationKeys } from '../../src/app/documents/seal-keys.js';
import { decodeCompactText } from '../../src/documents/seal/compact-text.js';
import { verifySeal } from '../../src/documents/seal/seal.js';
import { plainDateAt } from '../../src/domain/time/plain-date.js';

describeEachDatabase('the registry entry made at signing (domain.md §4, §6)', (get) => {
  let t: TestApp;
  let office: Office;
  before(async () => {
    t = await buildTestApp(get().database, { PUBLIC_URL: 'https://tirkeu.example.kz' });
    office = await officeWithStaff(t.deps);
  });
  after(() => t.close());

  it('a missionary case: a certificate with its number, dates, holder, territory and seal', async () => {
    const keysBefore = await listSealKeys(get().database.db);
    const { caseId, number } = await signedCase(t.deps, office, 'missionary');
    const row = await findIssuedDocument(get().database.db, number);
    const c = await findCase(get().database.db, caseId);
    assert.ok(row && c);
    assert.match(number, new RegExp(`^${office.code}/\\d{4}/1-0001$`));
    assert.equal(row.kind, 'certificate');
    assert.equal(row.caseId, caseId);
    assert.equal(row.organisationId, office.id);
    assert.equal(row.issuedOn, plainDateAt(c.stoppedAt!, 'Asia/Almaty'));
    assert.equal(row.validUntil, c.validUntil);
    assert.equal(row.holder, `${SENTINELS.applicantName.split(' ')[0]} Иоганн`);
    assert.equal(row.territory, 'Астана қаласы');
    assert.equal(row.status, 'valid');
    assert.equal(row.successorNumber, null);

    // One active key, made by this first signing (none existed in this fresh database), audited.
    const keys = await listSealKeys(get().database.db);
    assert.equal(keysBefore.length, 0);
    assert.deepEqual(
      keys.map((k) => [k.keyId, k.status]),
      [[row.sealKeyId, 'active']],
    );
    const audit = await queryRows<{ chain_id: string; action: string; actor_account_id: string | null }>(
      get().database.db,
      sql`select chain_id, action, actor_account_id from audit_events where record_type = 'seal_key'`,
    );
    assert.deepEqual(audit, [
      { chain_id: 'audit:national', action: 'seal_key.created', actor_account_id: null },
    ]);

    // The seal verifies against the published keys and says what the registry says.
    const verdict = verifySeal(row.sealText!, (await verificationKeys(get().database.db)).keys);
    assert.ok(verdict.valid, JSON.stringify(verdict));
    assert.deepEqual(verdict.fields, {
      number,
      holder: row.holder,
      territory: row.territory,
      issued: row.issuedOn,
      validUntil: row.validUntil,
    });
    assert.equal(verdict.checkUrl, `https://tirkeu.example.kz/check/${number}`);
    assert.equal(verdict.keyId, row.sealKeyId);
  });

  it('a group case: a reference, no expiry, the group as holder; the same key seals it', async () => {
    const { number } = await signedCase(t.deps, office, 'group');
    const row = await findIssuedDocument(get().database.db, number);
    assert.ok(row);
    assert.match(number, new RegExp(`^${office.code}/\\d{4}/2-0001$`));
    assert.equal(row.kind, 'reference');
    assert.equal(row.validUntil, null);
    assert.equal(row.holder, GROUP_NAME);
    const keys = await listSealKeys(get().database.db);
    assert.equal(keys.length, 1, 'no second key');
    assert.equal(row.sealKeyId, keys[0]!.keyId);
    const verdict = verifySeal(row.sealText!, (await verificationKeys(get().database.db)).keys);
    assert.ok(verdict.valid && verdict.fields.validUntil === null);
  });

  it('the stored seal carries no religious affiliation or association, nor does any registry column', async () => {
    const { number } = await signedCase(t.deps, office, 'missionary');
    const [row] = await queryRows<Record<string, unknown>>(
      get().database.db,
      sql`select * from issued_documents where number = ${number}`,
    );
    const text = JSON.stringify(row);
    const seal = String(row!.seal_text);
    const payload = decodeCompactText(
      Buffer.from(seal.slice(seal.indexOf('#') + 1).split('.')[0]!, 'base64url'),
    )!;
    for (const secret of [
      SENTINELS.affiliation,
      'Sentinel',
      'evangelical',
      'baptist',
      'Баптист',
      'баптист',
    ]) {
      assert.ok(!text.includes(secret), `${secret} in the registry row`);
      assert.ok(!payload.includes(secret), `${secret} in the seal`);
    }
    assert.ok(!text.includes(SENTINELS.passport), 'no passport number either');
  });

  it('a second signature is refused and issues nothing more', async () => {
    // The head cannot sign a case twice: the second attempt is refused and adds nothing.
    const { caseId, number, version } = await signedCase(t.deps, office, 'missionary');
    const { performCaseAction } = await import('../../src/app/cases/perform-case-action.js');
    await assert.rejects(
      performCaseAction(
        t.deps,
        office.staff.head,
        { ip: null, requestId: 't' },
        caseId,
        version,
        { kind: 'sign' },
        'k-twice',
      ),
    );
    const rows = await queryRows<{ n: string }>(
      get().database.db,
      sql`select count(*) as n from issued_documents where case_id = ${caseId}`,
    );
    assert.equal(Number(rows[0]!.n), 1);
    assert.ok(await findIssuedDocument(get().database.db, number));
  });
});
