import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { STANDARD_2011 } from '../../domain/standard/index.js';
import { plainDate } from '../../domain/time/plain-date.js';
import {
  clauseWords,
  kkDativeDate,
  kkLocativeDate,
  signatoryPosition,
  standardCitation,
  validUntilSentence,
} from './legal-words.js';

describe('legal wording', () => {
  it('puts the Kazakh month in the dative before «дейін» and the locative before an act', () => {
    const dative = [
      'қаңтарға',
      'ақпанға',
      'наурызға',
      'сәуірге',
      'мамырға',
      'маусымға',
      'шілдеге',
      'тамызға',
      'қыркүйекке',
      'қазанға',
      'қарашаға',
      'желтоқсанға',
    ];
    dative.forEach((m, i) => {
      const d = plainDate(`2027-${String(i + 1).padStart(2, '0')}-02`);
      assert.equal(kkDativeDate(d), `2027 жылғы 2 ${m}`);
    });
    assert.equal(kkLocativeDate(plainDate('2011-01-21')), '2011 жылғы 21 қаңтардағы');
    assert.equal(kkLocativeDate(plainDate('2011-09-01')), '2011 жылғы 1 қыркүйектегі');
    assert.equal(kkLocativeDate(plainDate('2011-04-30')), '2011 жылғы 30 сәуірдегі');
  });

  it('writes annex 5 «valid until» in each language', () => {
    const d = plainDate('2027-03-15');
    assert.equal(validUntilSentence(d, 'kk'), 'Осы куәлік 2027 жылғы 15 наурызға дейін жарамды');
    assert.equal(validUntilSentence(d, 'ru'), 'Настоящее свидетельство действительно до 15 марта 2027 года');
    assert.equal(validUntilSentence(d, 'en'), 'This certificate is valid until 15 March 2027');
  });

  it('marks an acting head «м.а.» after the position in Kazakh, «и.о.» before it in Russian', () => {
    const acting = { position: 'Басқарма басшысының', name: 'А. Сейтқали', acting: true };
    assert.equal(signatoryPosition(acting, 'kk'), 'Басқарма басшысының м.а.');
    assert.equal(
      signatoryPosition({ ...acting, position: 'руководителя управления' }, 'ru'),
      'и.о. руководителя управления',
    );
    assert.equal(
      signatoryPosition({ ...acting, acting: false, position: 'Басқарма басшысы' }, 'kk'),
      'Басқарма басшысы',
    );
  });

  it('names clauses as legal texts do', () => {
    assert.equal(clauseWords('§11.1', 'kk'), '11-тармақтың 1) тармақшасы');
    assert.equal(clauseWords('§11.2', 'ru'), 'подпункт 2) пункта 11');
    assert.equal(clauseWords('§11, §15', 'kk'), '11-тармақ, 15-тармақ');
    assert.equal(clauseWords('§11, §15', 'en'), 'clause 11, clause 15');
    assert.equal(clauseWords('annex 7', 'ru'), 'annex 7');
  });

  it('cites the standard by the decree that approved it, in the case a sentence needs', () => {
    assert.equal(
      standardCitation(STANDARD_2011, 'kk', 'genitive'),
      'Қазақстан Республикасы Үкіметінің 2011 жылғы 21 қаңтардағы № 20 қаулысымен бекітілген «Миссионерлерді және заңды тұлға белгілері жоқ саны аз діни топтарды есептік тіркеуді және қайта тіркеуді жүргізу» мемлекеттік қызмет көрсету стандартының',
    );
    assert.equal(
      standardCitation(STANDARD_2011, 'ru'),
      'стандарт государственной услуги «Проведение учетной регистрации и перерегистрации миссионеров и малочисленных религиозных групп, не имеющих признаков юридического лица», утвержденный постановлением Правительства Республики Казахстан от 21 января 2011 года № 20',
    );
    assert.match(
      standardCitation(STANDARD_2011, 'ru', 'genitive'),
      /^стандарта .*, утвержденного постановлением/,
    );
  });
});
