import type { CalendarYearData } from '../calendar-year-data.js';
import { decree, kurbanAit, ministryOrder, transfer } from './year-helpers.js';

// Years 2019–2026. From 2024 the Minister of Labour and Social Protection moves days off by order
// (Labour Code art. 85 p. 3); before, the Government did so by decree. Decree numbers come from the
// adilet.zan.kz document codes (see years-2011-2018.ts), unless a source quoted states them. The
// orders of 2024 and 2025 carry adilet codes of another series (G24G…), not known to carry the
// order number, so their numbers stay null.

const ADILET = 'adilet.zan.kz/kaz/docs/';
const HOLIDAYS_LIST = 'listed for the year by vacanza/holidays (holidays/countries/kazakhstan.py)';

const D2019 = decree(
  'Постановление Правительства Республики Казахстан «О переносе дней отдыха в 2019 году»',
  '888',
  null,
  `${ADILET}P1800000888 (a decree of 2018; ${HOLIDAYS_LIST}, with 4 → 10 May 2019); almaty.tv 1323 (Sputnik): days off 7, 9, 10, 11, 12 May 2019 — Saturday 4 May worked for Friday 10 May`,
);
const D2020 = decree(
  'Постановление Правительства Республики Казахстан «О переносе дней отдыха в 2020 году»',
  '820',
  null,
  `${ADILET}P1900000820 (a decree of 2019; ${HOLIDAYS_LIST}); kyzylorda-news.kz 31660 (text of the decree, primeminister.kz): «с воскресенья 5 января 2020 года на пятницу 3 января 2020 года, с понедельника 11 мая 2020 года на пятницу 8 мая 2020 года, с воскресенья 20 декабря 2020 года на пятницу 18 декабря 2020 года». The draft (ianews.kz, September 2019) had 16 → 8 May; the decree moved Monday 11 May instead`,
);
const D2021 = decree(
  'Постановление Правительства Республики Казахстан «О переносе дня отдыха в 2021 году»',
  '930',
  null,
  `${ADILET}P2000000930 (a decree of 2020; ${HOLIDAYS_LIST}); kt.kz 1377917736 (the Government decree: Saturday 3 July a working day, the day off moved to Monday 5 July); draft: КазТАГ, 15.10.2020`,
);
const D2022 = decree(
  'Постановление Правительства Республики Казахстан «О переносе дней отдыха в 2022 году»',
  '713',
  '2021-10-06',
  'pm.kz/en/news/kr-ukimeti-2022-zhyly-demalys-kunderin-auystyrudy-bekitti-1195927 (the Prime Minister\'s site: «Government Decree No. 713 of Oct. 6, 2021», text: 5 → 7 March and 27 → 29 August 2022); optimism.kz, 28.09.2022 (Financial Times Kazakhstan); pavlodar.city 19683',
);
const D2022_OCT = decree(
  'Постановление Правительства Республики Казахстан о дополнении постановления от 6 октября 2021 года № 713 (с субботы 22 октября на понедельник 24 октября 2022 года)',
  '796',
  null,
  `${ADILET}P2200000796 (a decree of 2022, ${HOLIDAYS_LIST}); nur.kz 1991748 (primeminister.kz); ortcom.kz/ru/novosti/1665217461`,
);
const D2023 = decree(
  'Постановление Правительства Республики Казахстан «О переносе дня отдыха в 2023 году»',
  '326',
  '2023-04-25',
  `date: zakon.kz 6395425 («Опубликовано постановление правительства от 25 апреля 2023 года "О переносе дня отдыха в 2023 году"») and altainews.kz 45774; number: ${ADILET}P2300000326 (${HOLIDAYS_LIST}); forbes.kz, 28.04.2023`,
);
const O2024 = ministryOrder(
  'Приказ исполняющего обязанности Министра труда и социальной защиты населения Республики Казахстан «О переносе дня отдыха в 2024 году»',
  null,
  '2024-04-17',
  'mail.kz, 18.04.2024 (Zakon.kz: «подписал приказ от 17 апреля 2024 года "О переносе дня отдыха в 2024 году"»); nur.kz 2087000 (signed on 17 April, published on the Ministry site on 18 April); ru.sputniknews.kz, 18.04.2024 (text: «В соответствии с пунктом 3 статьи 85 Трудового кодекса… Перенести день отдыха с субботы 4 мая 2024 года на среду 8 мая 2024 года»). Number not found: its adilet code G24G0000109 (listed for 2024 by vacanza/holidays) belongs to a series not known to carry the order number',
);
const O2025 = ministryOrder(
  'Приказ Министра труда и социальной защиты населения Республики Казахстан о переносе дня отдыха (с воскресенья 5 января 2025 года на пятницу 3 января 2025 года)',
  null,
  null,
  'energy-city.kz (Ministry of Labour press service): «В соответствии с приказом министра, выходной день с воскресенья, 5 января 2025 года, будет перенесен на пятницу, 3 января 2025 года». Number and date not found: its adilet code G24G0000436 (listed for 2025 by vacanza/holidays) belongs to a series not known to carry the order number',
);

export const YEARS_2019_2026: CalendarYearData[] = [
  {
    year: 2019,
    kurbanAit: kurbanAit('2019-08-11', 'kokshetau.online (egov.kz calendar 2019): «В 2019 году первый день Курбан-айта приходится на 11 августа»'),
    transfers: [transfer('2019-05-04', '2019-05-10', D2019)],
  },
  {
    year: 2020,
    kurbanAit: kurbanAit('2020-07-31', 'kz.kursiv.media, 29.06.2020'),
    transfers: [
      transfer('2020-01-05', '2020-01-03', D2020),
      // The Monday that was Victory Day's substitute (9 May fell on a Saturday) became a working day.
      transfer('2020-05-11', '2020-05-08', D2020),
      transfer('2020-12-20', '2020-12-18', D2020),
    ],
  },
  {
    year: 2021,
    kurbanAit: kurbanAit('2021-07-20', 'kt.kz 1377917736: «the first day of this holiday - July 20 will be a day off»'),
    transfers: [transfer('2021-07-03', '2021-07-05', D2021)],
  },
  {
    year: 2022,
    kurbanAit: kurbanAit('2022-07-09', 'nur.kz 1973723 (egov.kz): Saturday 9 July, no transfer'),
    transfers: [
      transfer('2022-03-05', '2022-03-07', D2022),
      transfer('2022-08-27', '2022-08-29', D2022),
      transfer('2022-10-22', '2022-10-24', D2022_OCT),
    ],
  },
  {
    year: 2023,
    kurbanAit: kurbanAit('2023-06-28', 'altainews.kz 45774: «первый день Курбан-байрама - 28 июня»'),
    transfers: [transfer('2023-07-01', '2023-07-07', D2023)],
  },
  {
    year: 2024,
    kurbanAit: kurbanAit('2024-06-16', 'golos-naroda.kz, 07.06.2024 (ДУМК: «16 июня – первый день праздника Курбан айт»); altyalash.kz: 17 June stays a working day'),
    transfers: [transfer('2024-05-04', '2024-05-08', O2024)],
    note: 'The Ministry of Labour published its 2024 production calendar with Kurban Ait on 17 June (248 working days); ДУМК fixed 16 June, a Sunday, so 17 June was worked (249 working days).',
  },
  {
    year: 2025,
    kurbanAit: kurbanAit('2025-06-06', 'mgorod.kz: «В 2025 году он начнётся в пятницу, 6 июня»'),
    transfers: [transfer('2025-01-05', '2025-01-03', O2025)],
  },
  {
    year: 2026,
    kurbanAit: kurbanAit('2026-05-27', 'zakon.kz 6496885, 06.11.2025 and kazpravda.kz, 14.01.2026 (ДУМК calendar 2026)'),
    transfers: [],
    note: 'The Ministry of Labour production calendar for 2026 (prg.kz, 05.12.2025; news.mail.ru, 10.12.2025) lists weekend substitutes only. 30 August 2026 is not a holiday (Constitution of 2026, art. 94 p. 2).',
  },
];
