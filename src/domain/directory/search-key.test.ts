import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { searchKey } from './search-key.js';

test('"Аккол" finds "Ақкөл"; every Kazakh letter folds to its Russian stand-in', () => {
  assert.ok(searchKey('Ақкөл ауданы').includes(searchKey('Аккол')));
  assert.equal(searchKey('ӘҒҚҢӨҰҮҺІЁ'), 'агкноуухие');
  assert.equal(searchKey('  Өскемен   қаласы '), 'оскемен каласы');
});

test('property: folding is idempotent and keeps the length', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...'абвӘәғҒқҚңөұүһіёЁ xyz') }), (s) => {
      const k = searchKey(s);
      assert.equal(searchKey(k), k);
      assert.doesNotMatch(k, /[әғқңөұүһіё]/u);
    }),
  );
});
