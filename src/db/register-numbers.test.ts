import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDatabase } from '../../test/helpers/databases.js';
import { buildTestApp } from '../../test/helpers/app.js';
import { seedOffice } from '../../test/helpers/seed.js';
import { setNextNumber, takeNumber } from './register-numbers.js';

describeEachDatabase('gapless register numbers (domain.md §5)', (get) => {
  it('50 concurrent acts in one office get 50 consecutive numbers, none twice', async () => {
    const t = await buildTestApp(get().database);
    try {
      const office = await seedOffice(t.deps);
      const numbers = await Promise.all(
        Array.from({ length: 50 }, () =>
          get().database.db.transaction((tx) => takeNumber(tx, office.id, 'incoming', 2026)),
        ),
      );
      assert.deepEqual(
        [...numbers].sort((a, b) => a - b),
        Array.from({ length: 50 }, (_, i) => i + 1),
      );
    } finally {
      await t.close();
    }
  });

  it('a rolled-back act gives its number back: no gap', async () => {
    const t = await buildTestApp(get().database);
    try {
      const office = await seedOffice(t.deps);
      const db = get().database.db;
      assert.equal(await db.transaction((tx) => takeNumber(tx, office.id, 'outgoing', 2026)), 1);
      await assert.rejects(
        db.transaction(async (tx) => {
          assert.equal(await takeNumber(tx, office.id, 'outgoing', 2026), 2);
          throw new Error('the act fails after taking its number');
        }),
      );
      assert.equal(await db.transaction((tx) => takeNumber(tx, office.id, 'outgoing', 2026)), 2);
    } finally {
      await t.close();
    }
  });

  it('keeps registers, offices and years apart, and continues a paper register', async () => {
    const t = await buildTestApp(get().database);
    try {
      const a = await seedOffice(t.deps);
      const b = await seedOffice(t.deps);
      const db = get().database.db;
      const take = (org: string, reg: 'incoming' | 'certificate', year: number) =>
        db.transaction((tx) => takeNumber(tx, org, reg, year));
      assert.deepEqual(
        [
          await take(a.id, 'incoming', 2026),
          await take(a.id, 'certificate', 2026),
          await take(b.id, 'incoming', 2026),
          await take(a.id, 'incoming', 2027),
        ],
        [1, 1, 1, 1],
      );
      await db.transaction((tx) => setNextNumber(tx, b.id, 'certificate', 2026, 418));
      assert.equal(await take(b.id, 'certificate', 2026), 418);
      assert.equal(await take(b.id, 'certificate', 2026), 419);
    } finally {
      await t.close();
    }
  });
});
