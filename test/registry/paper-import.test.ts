// The paper past (issue 6): `tirkeu registry import FILE.csv [--dry-run]` round-trips the sample
// register of docs/: a dry run and a run with bad rows report every problem row with its line and
// write nothing; a real run loads every row in one transaction (registrants, unsealed documents with
// source 'paper', their events, the registers continued, audited); a second run imports nothing;
// the public check and the registry's search find what was imported.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { actorOf } from '../helpers/registry.js';
import { ensureOrganisation } from '../../src/app/organisations/ensure-organisation.js';
import { importPaperRegister } from '../../src/app/registry/import-paper-register.js';
import { searchRegistry } from '../../src/app/registry/search-registry.js';
import { checkDocumentNumber } from '../../src/app/documents/check-document.js';
import { runRegistryCommand } from '../../src/cli/commands/registry.js';
import { queryRows } from '../../src/db/database.js';

const SAMPLE = fs.readFileSync(new URL('../../docs/registry-import-sample.csv', import.meta.url), 'utf8');
const origin = { ip: null, requestId: 'test' };
const BAD_ROWS = [
  '35-004,certificate,15,2019-06-01,2020-05-31,Жұмабаев,Ерлан,,,,850315300129,KZ,,Қарағанды облысы,islam,,',
  '35-004,certificate,35-004/2019/1-0012,2019-03-04,2020-03-03,Мюллер,Иоганн,,,,,DE,C4X7Z9K21,Теміртау,,,',
  '99-999,certificate,1,2019-06-01,2020-05-31,Омаров,Марат,,,,,RU,7512345,Қарағанды облысы,,,',
  '35-004,certificate,16,2019-06-01,,Омаров,Марат,,,,,RU,7512345,Қарағанды облысы,,,',
  '35-004,certificate,17,2019-06-01,2020-05-31,Омаров,Марат,,,,,RU,7512345,Қарағанды облысы,,annulled,',
];

describeEachDatabase('paper register import (issue 6)', (get) => {
  let t: TestApp;
  const offices: Record<string, string> = {};
  const db = () => get().database.db;
  const count = async (q: string) =>
    (await queryRows<{ n: number }>(db(), sql.raw(`select count(*)::int as n ${q}`)))[0]!.n;
  const nothingWritten = async () => {
    assert.equal(await count("from issued_documents where source = 'paper'"), 0);
    assert.equal(await count('from registrants'), 0);
    assert.equal(await count('from registration_events'), 0);
    assert.equal(await count("from audit_events where action = 'registry.paper_imported'"), 0);
  };

  before(async () => {
    t = await buildTestApp(get().database);
    t.deps.now = () => new Date('2026-03-10T06:00:00Z');
    for (const code of ['35-004', '71-000'])
      offices[code] = (
        await db().transaction((tx) =>
          ensureOrganisation(
            tx,
            { actor: null, ip: null, requestId: null, now: new Date() },
            {
              code,
              kind: 'service_office',
              regionCode: code.slice(0, 2),
              nameKk: `Бөлім ${code}`,
              nameRu: `Отдел ${code}`,
              nameEn: null,
              timeZone: 'Asia/Almaty',
            },
          ),
        )
      ).id;
  });
  after(() => t.close());

  it('a dry run of the sample register: six rows to import, nothing written', async () => {
    const r = await importPaperRegister(t.deps, origin, SAMPLE, { dryRun: true });
    assert.deepEqual(r.problems, []);
    assert.equal(r.rows, 6);
    assert.equal(r.toImport, 6);
    assert.deepEqual(r.offices, { '35-004': 4, '71-000': 2 });
    assert.equal(r.imported, 0);
    await nothingWritten();
  });

  it('bad rows: every one reported with its line and reason; a real run writes nothing at all', async () => {
    const text = `${SAMPLE.trimEnd()}\n${BAD_ROWS.join('\n')}\n`;
    for (const dryRun of [true, false]) {
      const r = await importPaperRegister(t.deps, origin, text, { dryRun });
      assert.deepEqual(
        r.problems.map((p) => [p.line, p.reasons]),
        [
          [8, ['iin 850315300129: IIN_CHECK_DIGIT']],
          [9, ['number 35-004/2019/1-0012 is also on line 2']],
          [10, ['office_code 99-999: no such service office']],
          [11, ['valid_until is empty: a certificate has one']],
          [
            12,
            [
              'annulment_reason (empty): court_decision, registering_body_decision, issued_in_error or activity_ended',
            ],
          ],
        ],
      );
      assert.equal(r.imported, 0);
      await nothingWritten();
    }
    // Not a CSV at all, and a header that is not the template's.
    const broken = await importPaperRegister(t.deps, origin, 'office_code,kind\n"35-004,certificate\n', {
      dryRun: false,
    });
    assert.equal(broken.problems[0]?.line, 2);
    assert.match(broken.problems[0]!.reasons[0]!, /not readable as CSV/);
    const header = await importPaperRegister(t.deps, origin, 'office,kind,number\n35-004,certificate,1\n', {
      dryRun: true,
    });
    assert.deepEqual(header.problems, [
      {
        line: 1,
        reasons: [
          'unknown column office',
          'missing column office_code',
          'missing column issued_on',
          'missing column territory',
        ],
      },
    ]);
    await nothingWritten();
  });

  it('a real run loads every row in one go: registrants, unsealed paper documents, events, registers, audit', async () => {
    const r = await importPaperRegister(t.deps, origin, SAMPLE, { dryRun: false });
    assert.deepEqual(r.problems, []);
    assert.equal(r.imported, 6);
    const docs = await queryRows<{
      number: string;
      source: string;
      seal_text: string | null;
      status: string;
      status_reason: string | null;
      registrant_id: string | null;
      holder: string;
    }>(
      db(),
      sql`select number, source, seal_text, status, status_reason, registrant_id, holder from issued_documents order by number`,
    );
    assert.deepEqual(
      docs.map((d) => [d.number, d.status, d.status_reason]),
      [
        ['35-004/2018/2-0003', 'valid', null],
        ['35-004/2019/1-0012', 'valid', null],
        ['35-004/2019/1-0013', 'valid', null],
        ['35-004/2019/1-0014', 'annulled', 'registering_body_decision'],
        ['71-000/2017/2-0004', 'valid', null],
        ['71-000/2020/1-0007', 'superseded', null],
      ],
    );
    assert.ok(docs.every((d) => d.source === 'paper' && d.seal_text === null && d.registrant_id !== null));
    assert.equal(docs.find((d) => d.number === '35-004/2019/1-0013')?.holder, 'Жұмабаев Нұрлан Серікұлы');
    assert.equal(await count("from registrants where kind = 'person'"), 4);
    assert.equal(await count("from registrants where kind = 'group'"), 2);
    const events = await queryRows<{ kind: string; document_number: string; data: { confession?: string } }>(
      db(),
      sql`select kind, document_number, data from registration_events order by document_number`,
    );
    assert.equal(events.length, 6);
    assert.ok(events.every((e) => e.kind === 'imported_from_paper'));
    assert.equal(events.find((e) => e.document_number === '35-004/2019/1-0013')?.data.confession, 'islam');
    // domain.md §5: the registers continue after the paper's numbers.
    const next = await queryRows<{ code: string; register: string; year: number; next_seq: number }>(
      db(),
      sql`select o.code, c.register, c.year, c.next_seq from register_counters c
          join organisations o on o.id = c.organisation_id order by 1, 2, 3`,
    );
    assert.deepEqual(
      next.map((n) => [n.code, n.register, n.year, n.next_seq]),
      [
        ['35-004', 'certificate', 2019, 15],
        ['35-004', 'reference', 2018, 4],
        ['71-000', 'certificate', 2020, 8],
        ['71-000', 'reference', 2017, 5],
      ],
    );
    const audit = await queryRows<{ chain_id: string; data: { documents: number } }>(
      db(),
      sql`select chain_id, data from audit_events where action = 'registry.paper_imported' order by chain_id`,
    );
    assert.deepEqual(
      audit.map((a) => [a.chain_id, a.data.documents]),
      [
        ['audit:35-004', 4],
        ['audit:71-000', 2],
      ],
    );
  });

  it('a second run imports nothing and fails on nothing; the same number with other details is a problem', async () => {
    const again = await importPaperRegister(t.deps, origin, SAMPLE, { dryRun: false });
    assert.deepEqual(again.problems, []);
    assert.equal(again.imported, 0);
    assert.equal(again.alreadyImported, 6);
    const changed = SAMPLE.replace('"Қарағанды облысы, Теміртау қаласы"', 'Теміртау');
    const r = await importPaperRegister(t.deps, origin, changed, { dryRun: false });
    assert.deepEqual(r.problems, [
      { line: 2, reasons: ['number 35-004/2019/1-0012 was imported before with other details'] },
    ]);
    assert.equal(await count("from issued_documents where source = 'paper'"), 6);
  });

  it('the public check and the registry find the paper registrations', async () => {
    const expired = await checkDocumentNumber(t.deps, '35-004/2019/1-0013');
    assert.equal(expired.status, 'expired');
    assert.equal(expired.holder, 'Жұмабаев Нұрлан Серікұлы');
    const annulled = await checkDocumentNumber(t.deps, '35-004/2019/1-0014');
    assert.equal(annulled.status, 'annulled');
    assert.equal(annulled.reason, 'registering_body_decision');
    const group = await checkDocumentNumber(t.deps, '35-004/2018/2-0003');
    assert.equal(group.status, 'valid');
    assert.equal(group.validUntil, null);

    const clerk = await actorOf(t.deps, offices['35-004']!, ['clerk']);
    const byName = await searchRegistry(t.deps, clerk, { name: 'Zhumabaev Nurlan' });
    assert.equal(byName.hits[0]?.name, 'Жұмабаев Нұрлан Серікұлы');
    assert.equal(byName.hits[0]?.document?.source, 'paper');
    assert.equal(byName.hits[0]?.visibility, 'full');
    const byConfession = await searchRegistry(t.deps, clerk, {
      confession: 'lutheran',
      officeCode: '35-004',
    });
    assert.deepEqual(
      byConfession.hits.map((h) => h.name),
      ['Мюллер Иоганн'],
    );
  });

  it('the command: exit 1 with the problem lines, 2 on a usage mistake, 0 on a clean dry run', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-paper-'));
    try {
      const bad = path.join(dir, 'bad.csv');
      fs.writeFileSync(bad, `${SAMPLE.trimEnd()}\n${BAD_ROWS[0]!}\n`);
      const r1 = await runRegistryCommand(t.deps, ['import', bad, '--dry-run']);
      assert.equal(r1.code, 1);
      assert.match(r1.stderr, /^line 8: iin 850315300129: IIN_CHECK_DIGIT$/m);
      assert.match(r1.stderr, /dry run: nothing written/);
      const good = path.join(dir, 'good.csv');
      fs.writeFileSync(good, SAMPLE);
      const r2 = await runRegistryCommand(t.deps, ['import', good, '--dry-run']);
      assert.equal(r2.code, 0, r2.stderr);
      assert.match(r2.stdout, /6 rows: 0 to import, 6 already imported, 0 with problems/);
      assert.equal((await runRegistryCommand(t.deps, ['import'])).code, 2);
      assert.equal((await runRegistryCommand(t.deps, ['import', good, '--force'])).code, 2);
      assert.equal((await runRegistryCommand(t.deps, ['import', path.join(dir, 'none.csv')])).code, 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
