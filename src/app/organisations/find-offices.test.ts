import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  contactNumbers,
  directorySearchKey,
  e164Of,
  groupByRegion,
  matchesWords,
  openStateAt,
  queryWords,
  searchFold,
  sortOffices,
  type OfficeSummary,
} from './find-offices.js';
import { buildDirectory, parseSeed } from '../../domain/directory/index.js';
import { instantAtWallTime } from '../../domain/calendar/index.js';
import { plainDate } from '../../domain/time/plain-date.js';
import type { WeeklySchedule } from '../../domain/time/weekly-schedule.js';

const directory = buildDirectory(parseSeed(fs.readFileSync('seed/standard-2011-kk.txt', 'utf8')));

describe('search folding', () => {
  it('folds case, Kazakh letters and punctuation', () => {
    assert.equal(searchFold('Нұр-Сұлтан'), 'нур султан');
    assert.equal(searchFold('«АҚКӨЛ»'), 'аккол');
    assert.equal(searchFold('М.Жұмабаев атындағы'), 'м жумабаев атындагы');
    assert.deepEqual(queryWords('  Ақкөл   ауданы '), ['аккол', 'ауданы']);
    assert.deepEqual(queryWords('% _ \\'), [], 'LIKE wildcards never reach the query');
  });

  it('keeps a row’s parts apart and drops repeats and gaps', () => {
    assert.equal(
      directorySearchKey(['Степногор', null, 'Степногорск', undefined, 'Степногор']),
      'степногор | степногорск',
    );
  });

  it('every office is found by its own name and town, typed in any case, with or without Kazakh letters', () => {
    const plain: Record<string, string> = {
      ә: 'а',
      ғ: 'г',
      қ: 'к',
      ң: 'н',
      ө: 'о',
      ұ: 'у',
      ү: 'у',
      һ: 'х',
      і: 'и',
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...directory.offices),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom<'name' | 'town' | 'ru'>('name', 'town', 'ru'),
        (office, upper, russianKeyboard, which) => {
          const key = directorySearchKey([
            office.names.kk,
            office.names.ru,
            office.town?.kk,
            office.town?.ru,
          ]);
          let typed =
            which === 'name'
              ? office.names.kk
              : which === 'town'
                ? (office.town?.kk ?? '')
                : (office.names.ru ?? '');
          if (russianKeyboard) typed = typed.toLowerCase().replace(/[әғқңөұүһі]/gu, (c) => plain[c] ?? c);
          if (upper) typed = typed.toUpperCase();
          return matchesWords(key, queryWords(typed));
        },
      ),
    );
  });

  it('does not match what is not there', () => {
    const key = directorySearchKey([
      'Ақкөл ауданының Ішкі саясат бөлімі',
      'Отдел внутренней политики Аккольского района',
    ]);
    assert.ok(matchesWords(key, queryWords('аккол бөлімі')));
    assert.ok(!matchesWords(key, queryWords('аккол басқармасы')));
    assert.ok(!matchesWords(key, queryWords('степногор')));
  });
});

describe('phone numbers', () => {
  it('finds the +7 form of a printed number, the area code inherited when it is left out', () => {
    const e164s = ['+77112500236', '+77112513148'];
    assert.equal(e164Of('8 (7112) 50-02-36', e164s), '+77112500236');
    assert.equal(e164Of('51-31-48', e164s), '+77112513148');
    assert.equal(e164Of('8 (7262) 455-59-85', []), null, 'a digit too many has no +7 form');
    assert.equal(e164Of('2-36', ['+77112500236', '+77113300236']), null, 'ambiguous: no link');
  });

  it('never gives a suspect number a +7 form to dial', () => {
    const numbers = contactNumbers(
      ['8 (71633) 2-18-30', '8 (7162) 25-80-12'],
      ['+77163321830', '+77162258012'],
      [{ field: 'phones', value: '8 (71633) 2-18-30', reason: 'shared area code' }],
      'phones',
    );
    assert.deepEqual(numbers, [
      { printed: '8 (71633) 2-18-30', e164: null, suspect: true },
      { printed: '8 (7162) 25-80-12', e164: '+77162258012', suspect: false },
    ]);
    const cell = contactNumbers(
      ['8 (72237) 3-18-61'],
      ['+77223731861'],
      [{ field: 'phones', value: '8 (72237) 3-18-61,', reason: 'trailing comma' }],
      'phones',
    );
    assert.equal(cell[0]?.suspect, true, 'a flagged cell covers the numbers printed in it');
  });
});

describe('order', () => {
  const office = (code: string, kk: string, ru: string, region: string, regional = false): OfficeSummary => ({
    code,
    kind: regional ? 'regional-department' : 'division',
    region: { code: region, name: { kk: `${region}-kk`, ru: `${region}-ru` } },
    name: { kk, ru },
    town: null,
  });
  const list = [
    office('1', 'Ырғыз', 'Иргиз', '15'),
    office('2', 'Іле', 'Или', '19'),
    office('3', 'Әйтеке би', 'Айтеке би', '15'),
    office('4', 'Ақтөбе облысы', 'Актюбинская область', '15', true),
    office('5', 'Алға', 'Алга', '15'),
  ];

  it('sorts Kazakh names in the Kazakh alphabet and Russian names in the Russian one', () => {
    assert.deepEqual(
      sortOffices(list, 'kk').map((o) => o.name.kk),
      ['Ақтөбе облысы', 'Алға', 'Әйтеке би', 'Ырғыз', 'Іле'],
    );
    assert.deepEqual(
      sortOffices(list, 'ru').map((o) => o.name.ru),
      ['Айтеке би', 'Актюбинская область', 'Алга', 'Или', 'Иргиз'],
    );
    assert.deepEqual(
      sortOffices(list, 'en').map((o) => o.code),
      sortOffices(list, 'ru').map((o) => o.code),
    );
  });

  it('groups by region, the regional department first', () => {
    const groups = groupByRegion(list, 'kk');
    assert.deepEqual(
      groups.map((g) => [g.region.code, g.offices.map((o) => o.code)]),
      [
        ['15', ['4', '5', '3', '1']],
        ['19', ['2']],
      ],
    );
  });
});

describe('open now (§9)', () => {
  const schedule: WeeklySchedule = {
    days: [1, 2, 3, 4, 5],
    open: '09:00',
    close: '18:00',
    break: { start: '13:00', end: '14:00' },
    text: '',
  };
  const zone = 'Asia/Almaty';
  const at = (d: string, minutes: number) => instantAtWallTime(plainDate(d), minutes, zone);

  it('is open in office hours and closed in the break, at night and on holidays', () => {
    assert.deepEqual(openStateAt(schedule, zone, at('2025-11-26', 10 * 60)), { state: 'open' });
    assert.deepEqual(openStateAt(schedule, zone, at('2025-11-26', 13 * 60 + 5)), {
      state: 'closed',
      next: at('2025-11-26', 14 * 60),
    });
    // 16 December, Independence Day (a Tuesday in 2025): closed until the next morning.
    assert.deepEqual(openStateAt(schedule, zone, at('2025-12-16', 10 * 60)), {
      state: 'closed',
      next: at('2025-12-17', 9 * 60),
    });
    // Friday evening: Monday morning.
    assert.deepEqual(openStateAt(schedule, zone, at('2025-11-28', 18 * 60)), {
      state: 'closed',
      next: at('2025-12-01', 9 * 60),
    });
    assert.deepEqual(openStateAt(null, zone, at('2025-11-26', 10 * 60)), { state: 'unknown' });
  });
});
