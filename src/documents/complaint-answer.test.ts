// §21, §23, §25: the answer to a complaint as an outgoing letter, in Kazakh and Russian: every value
// given is found again in what pdftotext reads back, long reasons run onto further pages, and an
// acting head signs with «м.а.» / «и.о.».
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderComplaintAnswer, type ComplaintAnswerData } from './complaint-answer.js';
import { complaintAnswerValues } from './expected-values-test-helper.js';
import { pdfInfo, pdfText } from './pdf-test-helper.js';
import type { PlainDate } from '../domain/time/plain-date.js';

function answer(lang: 'kk' | 'ru', over: Partial<ComplaintAnswerData> = {}): ComplaintAnswerData {
  return {
    letterhead: {
      name: { kk: 'Астана қаласының дін істері басқармасы', ru: 'Управление по делам религий города Астаны' },
      address: { kk: 'Астана қ., Бейбітшілік к-сі, 11', ru: 'Астана қ., Бейбітшілік к-сі, 11' },
      phone: '8 (7172) 55-66-77',
      emblemPath: null,
    },
    outgoingNumber: '71-000/2026/0042',
    date: '2026-11-20' as PlainDate,
    addressee: { name: 'Сейітқалиев Ерлан Маратұлы', address: 'Астана қ., Абай даңғылы, 1, 5-пәтер' },
    complaint: {
      incomingNumber: '71-000/2026/0117',
      registeredOn: '2026-11-02' as PlainDate,
      caseTrackingCode: 'TK7F3K9QX2',
    },
    outcome: 'partly',
    consequence: 'reopen',
    reasons:
      lang === 'kk'
        ? 'Құжаттар толық ұсынылған.\nӨтініш қайта қаралады.'
        : 'Документы были представлены полностью.\nЗаявление будет рассмотрено повторно.',
    signatory: {
      position: lang === 'kk' ? 'Басқарма басшысы' : 'Руководитель управления',
      name: 'Ә. Нұрланова',
      acting: false,
    },
    ...over,
  };
}

describe('the answer to a complaint (§21, §25)', () => {
  it('prints every value in kk and ru, with the decision and the right to go to court (§23)', async () => {
    for (const lang of ['kk', 'ru'] as const) {
      for (const outcome of ['upheld', 'partly', 'rejected'] as const) {
        const data = answer(lang, { outcome, consequence: outcome === 'rejected' ? 'none' : 'reopen' });
        const text = pdfText(await renderComplaintAnswer(data, { lang }));
        for (const v of complaintAnswerValues(data, lang))
          assert.ok(text.includes(v), `${lang} ${outcome}: ${v}`);
      }
    }
  });

  it('an acting head signs as acting; long reasons go on to a second page; no case, no address', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `Довод ${i + 1}: обстоятельства проверены.`).join('\n');
    const data = answer('ru', {
      reasons: long,
      addressee: { name: 'Сейітқалиев Ерлан', address: null },
      complaint: {
        incomingNumber: '71-000/2026/0118',
        registeredOn: '2026-11-03' as PlainDate,
        caseTrackingCode: null,
      },
      signatory: { position: 'руководителя управления', name: 'Ә. Нұрланова', acting: true },
    });
    const pdf = await renderComplaintAnswer(data, { lang: 'ru' });
    const text = pdfText(pdf);
    assert.ok(pdfInfo(pdf).pages >= 2);
    assert.ok(text.includes('и.о. руководителя управления'));
    assert.ok(text.includes('Довод 40: обстоятельства проверены.'));
    assert.ok(!text.includes('код отслеживания'));
    for (const v of complaintAnswerValues(data, 'ru')) assert.ok(text.includes(v), v);
  });
});
