import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LANGS } from '../localized.js';
import { STANDARD_2011 } from '../versions/standard-2011.js';
import { describeService } from './describe-service.js';
import { quantityPhrases } from './quantity-phrases.js';

const ORDER = [
  'provider',
  'result',
  'documents',
  'terms',
  'refusal',
  'fee',
  'schedule',
  'queue',
  'building',
  'handover',
  'complaints',
  'forms',
  'information',
];

describe('describeService — §4, §12', () => {
  it('gives the same structure in kk, ru and en, with every placeholder filled', () => {
    const shapes = LANGS.map((lang) => {
      const d = describeService(STANDARD_2011, lang);
      assert.deepEqual(
        d.sections.map((s) => s.id),
        ORDER,
      );
      const text = JSON.stringify(d);
      assert.doesNotMatch(text, /\{\w+\}/, lang);
      for (const s of d.sections) {
        assert.ok(s.heading.trim() !== '', `${lang} ${s.id}`);
        for (const p of [...s.paragraphs, ...s.after]) assert.ok(p.trim() !== '', `${lang} ${s.id}`);
      }
      return d.sections.map((s) => [s.id, s.paragraphs.length, s.lists.map((l) => l.items.map((i) => i.id))]);
    });
    assert.deepEqual(shapes[1], shapes[0]);
    assert.deepEqual(shapes[2], shapes[0]);
  });

  it('marks English as unofficial', () => {
    assert.equal(describeService(STANDARD_2011, 'kk').official, true);
    assert.equal(describeService(STANDARD_2011, 'ru').notice, null);
    const en = describeService(STANDARD_2011, 'en');
    assert.equal(en.official, false);
    assert.match(en.notice ?? '', /unofficial/);
  });

  it('lists the §11 documents from the checklists, one list per subject', () => {
    const docs = describeService(STANDARD_2011, 'ru').sections.find((s) => s.id === 'documents');
    assert.deepEqual(
      docs?.lists.map((l) => l.kinds),
      [
        ['missionary-registration', 'missionary-re-registration'],
        ['group-registration', 'group-re-registration'],
      ],
    );
    const missionary = docs?.lists[0]?.items ?? [];
    assert.deepEqual(
      missionary.map((i) => i.id),
      STANDARD_2011.checklists['missionary-registration'].items.map((i) => i.id),
    );
    const passport = missionary.find((i) => i.id === 'identity-document-shown');
    assert.equal(passport?.form, 'предъявляется');
    const group = docs?.lists[1]?.items ?? [];
    const consent = group.find((i) => i.id === 'owner-consent');
    assert.equal(consent?.when, 'если собственник помещения – физическое лицо');
    assert.equal(group.find((i) => i.id === 'premises-document-copy')?.oneOf.length, 3);
    assert.equal(group.find((i) => i.id === 'leader-and-member-id-copies')?.when, null);
  });

  it('states the §7 and §16 figures of the version, grammatically', () => {
    const text = (lang: 'kk' | 'ru' | 'en', id: string) =>
      describeService(STANDARD_2011, lang)
        .sections.find((s) => s.id === id)
        ?.paragraphs.join(' ') ?? '';
    assert.match(text('kk', 'terms'), /7 жұмыс күні/);
    assert.match(text('kk', 'terms'), /30 минуттан аспайды/);
    assert.match(text('ru', 'terms'), /– 7 рабочих дней/);
    assert.match(text('ru', 'terms'), /не более 30 минут/);
    assert.match(text('ru', 'refusal'), /в течение 3 рабочих дней/);
    assert.match(text('en', 'terms'), /7 working days/);
    assert.match(text('en', 'refusal'), /within 3 working days/);
    assert.match(text('kk', 'fee'), /тегін/);
    assert.match(text('ru', 'queue'), /без предварительной записи/);
  });

  it('names the refusal grounds and the blank forms of the version', () => {
    const kk = describeService(STANDARD_2011, 'kk');
    const refusal = kk.sections.find((s) => s.id === 'refusal');
    assert.deepEqual(
      refusal?.lists[0]?.items.map((i) => i.text),
      [STANDARD_2011.refusalGrounds[0]?.name.kk],
    );
    const forms = kk.sections.find((s) => s.id === 'forms');
    assert.deepEqual(
      forms?.lists[0]?.items.map((i) => i.id),
      ['annex 7', 'annex 8'],
    );
  });
});

describe('quantity phrases', () => {
  it('agrees Russian nouns with numbers', () => {
    const ru = quantityPhrases('ru');
    assert.deepEqual([1, 2, 5, 11, 21, 22, 25].map(ru.workingDays), [
      '1 рабочий день',
      '2 рабочих дня',
      '5 рабочих дней',
      '11 рабочих дней',
      '21 рабочий день',
      '22 рабочих дня',
      '25 рабочих дней',
    ]);
    assert.deepEqual([1, 3, 21].map(ru.workingDaysWithin), [
      '1 рабочего дня',
      '3 рабочих дней',
      '21 рабочего дня',
    ]);
    assert.deepEqual([1, 15, 21, 30].map(ru.minutesAtMost), [
      '1 минуты',
      '15 минут',
      '21 минуты',
      '30 минут',
    ]);
    assert.equal(quantityPhrases('en').workingDays(1), '1 working day');
  });
});
