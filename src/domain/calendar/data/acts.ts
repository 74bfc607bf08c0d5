import type { LegalAct } from '../calendar-year-data.js';

// The acts behind the holiday rules. A number or date left null was not confirmed from a
// publication at the time of writing; `source` says where the fact itself was read and, for a
// null, that it was looked for.

export const LAW_ON_HOLIDAYS: LegalAct = {
  kind: 'law',
  title: 'Закон Республики Казахстан «О праздниках в Республике Казахстан» (ст. 1–3 — праздники, ст. 5 — праздничные дни)',
  number: '267',
  date: '2001-12-13',
  source: 'adilet.zan.kz/rus/docs/Z010000267_ (art. 5: «При совпадении выходного и праздничного дней выходным днем является следующий после праздничного рабочий день», quoted by tengrinews.kz, 18.08.2011)',
};

export const LAW_FIRST_PRESIDENT_DAY: LegalAct = {
  kind: 'law',
  title: 'Закон Республики Казахстан «О внесении дополнения в Закон Республики Казахстан «О праздниках в Республике Казахстан»» (День Первого Президента — 1 декабря)',
  number: null,
  date: '2011-12-14',
  source:
    'kt.kz 1153549186 (Kazakhstan Today, «Astana. December 14»: the President has signed the law); 365info.kz, 28.11.2014 (signed on 14 December 2011, first observed on 1 December 2012); adopted by the Senate on 10 December 2011 (tengrinews.kz 246501; inform.kz a3590570). Number not found',
};

export const LAW_DEFENDER_DAY: LegalAct = {
  kind: 'law',
  title: 'Закон Республики Казахстан «О внесении дополнения в Закон Республики Казахстан «О праздниках в Республике Казахстан»» (День защитника Отечества — 7 мая)',
  number: null,
  date: null,
  source:
    'yk.kz 89602, 19.10.2012 17:53 (Akorda press service: the President has signed the law; the day of signing is not stated); adopted by Parliament on 4 October 2012 (time.kz, 07.05.2014, Novosti-Kazakhstan); first day off on 7 May 2013. Number and date not found',
};

export const LAW_2022_CULTURE_AND_HOLIDAYS: LegalAct = {
  kind: 'law',
  title: 'Закон Республики Казахстан «О внесении изменений и дополнений в некоторые законодательные акты Республики Казахстан по вопросам кинематографии, культуры и праздников» (25 октября — День Республики; День Независимости — только 16 декабря; 1 декабря исключено)',
  number: null,
  date: '2022-09-29',
  // Sources disagree on the day of signing: zakon.kz 6027799 says 28 September 2022; Akorda's
  // announcement of 29 September (el.kz 51370, baigenews.kz 139315 via Kazinform) and the later
  // Government decree quoted by vestikavkaza.ru 409599 («Законом от 29 сентября 2022 года») give
  // the 29th, which is kept. No affected date lies between the two, so the rules hold either way.
  source:
    'total.kz, el.kz 51370 and baigenews.kz 139315, 29.09.2022 (Akorda: signed); vestikavkaza.ru 409599 («Законом от 29 сентября 2022 года»); vecher.kz, December 2022: 17 December 2022 no longer a holiday, 19 December a working day. Number not found',
};

export const CONSTITUTION_2026: LegalAct = {
  kind: 'constitution',
  title: 'Конституция Республики Казахстан, принятая на республиканском референдуме 15 марта 2026 года, ст. 94 п. 2: «День принятия Конституции на республиканском референдуме является государственным праздником» (в силе с 1 июля 2026 года)',
  number: null,
  date: '2026-03-15',
  source: 'zakon.kz, 04.03.2026 (art. 94 of the draft); taspanews.kz, 18.03.2026 (Ministry of Labour: 30 August is no longer a holiday from 2026; 15 March is observed from 2027)',
};

export const LABOUR_CODE_2007: LegalAct = {
  kind: 'code',
  title: 'Трудовой кодекс Республики Казахстан, ст. 96 п. 4 (первый день Курбан айта и 7 января — выходные дни, не переносятся)',
  number: '251-III',
  date: '2007-05-15',
  source: 'zakon.kz, December 2011 (item 4 of art. 96: 7 January is a day off, not moved when it falls on a weekend); yk-news.kz, 2014 (no transfer for Kurban Ait on a Saturday)',
};

export const LABOUR_CODE_2015: LegalAct = {
  kind: 'code',
  title: 'Трудовой кодекс Республики Казахстан, ст. 84 п. 5 (первый день Курбан айта и 7 января — выходные дни), ст. 85 п. 3 (перенос выходных дней)',
  number: '414-V',
  date: '2015-11-23',
  source: 'pro1c.kz (art. 84 p. 5); primeminister.kz, 2018 (art. 85 p. 3: the Government may move days off)',
};
