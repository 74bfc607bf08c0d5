import type { CalendarYearData } from '../calendar-year-data.js';
import { decree, kurbanAit, transfer } from './year-helpers.js';

// Years 2011–2018. Transfers are "О переносе дня (дней) отдыха" decrees of the Government under
// the Labour Code (2007 Code until 2015, then art. 85 p. 3 of the 2015 Code). A decree's number
// is taken from its document code on adilet.zan.kz, where "P" + two digits of the year + the
// zero-padded number name the decree (P1200001538 is decree No. 1538 of 2012, whose text was read);
// the codes of the other decrees were found in the reference list of the python-holidays
// Kazakhstan module (vacanza/holidays, holidays/countries/kazakhstan.py), each year's transfers
// there matching the news reports named. A date stays null: no source read states it.

const ADILET = 'adilet.zan.kz/kaz/docs/';
const HOLIDAYS_LIST = 'listed for the year by vacanza/holidays (holidays/countries/kazakhstan.py)';

const D2011_MAR = decree(
  'Постановление Правительства Республики Казахстан «О переносе дня отдыха» (с субботы 5 марта на понедельник 7 марта 2011 года)',
  '167',
  null,
  `${ADILET}P1100000167 (${HOLIDAYS_LIST}, with 5 → 7 March 2011); vkurse.kz/p/1006293 («суббота 5 марта будет рабочим днем и он переносится на понедельник 7 марта») fits the 2011 calendar. No Kazakh news report of 2011 was found: the weakest-sourced transfer here`,
);
const D2011_AUG = decree(
  'Постановление Правительства Республики Казахстан «О переносе дня отдыха» (с субботы 27 августа на понедельник 29 августа 2011 года)',
  '948',
  null,
  `${ADILET}P1100000948 (${HOLIDAYS_LIST}, with 27 → 29 August 2011); mgorod.kz/news/kazaxstancy-na-den-konstitucii-otdoxnut-odin-den (Tengrinews, 2016): the 27 → 29 August transfer was real in 2011, «23 августа 2011 года … Карим Масимов подписал постановление о переносе выходного». tengrinews.kz 194954 (18.08.2011) still expected one day off: it predates the decree`,
);
const D2012_MAR = decree(
  'Постановление Правительства Республики Казахстан «О переносе дня отдыха» (с воскресенья 11 марта на пятницу 9 марта 2012 года)',
  '268',
  null,
  `${ADILET}P1200000268 (${HOLIDAYS_LIST}, with 11 → 9 March 2012); no news report of it was found`,
);
const D2012_APR = decree(
  'Постановление Правительства Республики Казахстан «О переносе дня отдыха» (с субботы 28 апреля на понедельник 30 апреля 2012 года)',
  '458',
  null,
  `${ADILET}P1200000458 (${HOLIDAYS_LIST}); en.tengrinews.kz 9185, 17.04.2012 (Prime Minister's website, text of the decree: «to transfer the day off from Saturday April 28 to Monday April 30»)`,
);
const D2012 = decree(
  'Постановление Правительства Республики Казахстан «О переносе дня отдыха» (с субботы 29 декабря на понедельник 31 декабря 2012 года)',
  '1538',
  null,
  `${ADILET}P1200001538 (text read); zonakz.net, 05.12.2012 (KazTAG); trend.az 2095982, 06.12.2012 (signed by Prime Minister S. Akhmetov, primeminister.kz)`,
);
const D2013_MAY = decree(
  'Постановление Правительства Республики Казахстан «О переносе дня отдыха» (с субботы 4 мая на пятницу 10 мая 2013 года)',
  '345',
  null,
  `${ADILET}P1300000345 (${HOLIDAYS_LIST}); azh.kz/en/news/view/1364, 23.04.2013 (Prime Minister's website: «the day off shall be moved from Saturday May 4 to Friday May 10, 2013»)`,
);
const D2013_OCT = decree(
  'Постановление Правительства Республики Казахстан о переносе дня отдыха с субботы 12 октября на понедельник 14 октября 2013 года',
  '1068',
  null,
  `${ADILET}P1300001068 (${HOLIDAYS_LIST}); tengrinews.kz/kazakhstan_news/tri-dnya-otdohnut-kazahstantsyi-na-kurban-ayt-243177 (primeminister.kz)`,
);
const D2013_DEC = decree(
  'Постановление Правительства Республики Казахстан о переносе дня отдыха с субботы 28 декабря 2013 года на пятницу 3 января 2014 года',
  '1322',
  null,
  `${ADILET}P1300001322 (${HOLIDAYS_LIST}); mgorod.kz, 07.12.2013 (KazTAG, primeminister.kz)`,
);
const D2014_MAY = decree(
  'Постановление Правительства Республики Казахстан о переносе дней отдыха с воскресенья 4 мая на пятницу 2 мая и с воскресенья 11 мая на четверг 8 мая 2014 года',
  '365',
  null,
  `${ADILET}P1400000365 (${HOLIDAYS_LIST}); profinance.kz, 18.04.2014; mgorod.kz (Tengrinews, primeminister.kz)`,
);
const D2016_MAR = decree(
  'Постановление Правительства Республики Казахстан о переносе дня отдыха с субботы 5 марта на понедельник 7 марта 2016 года',
  '67',
  null,
  `${ADILET}P1600000067 (${HOLIDAYS_LIST}); zonakz.net, 15.02.2016 (KazTAG, primeminister.kz); ng.kz 21143 (Tengrinews)`,
);
const D2017 = decree(
  'Постановление Правительства Республики Казахстан о переносе дней отдыха в 2017 году',
  '5',
  null,
  `${ADILET}P1700000005 (${HOLIDAYS_LIST}, with 18 → 20 March and 1 → 7 July 2017); tengrinews.kz/news/321080 (1 July 2017 a working day for 7 July); magnolia.kz 20789 (Tengrinews, 2017: «перенос дней отдыха в 2017 году коснулся лишь Наурыза и Дня столицы»)`,
);
const D2018 = decree(
  'Постановление Правительства Республики Казахстан «О переносе дней отдыха в 2018 году»',
  '864',
  null,
  `${ADILET}P1700000864 (a decree of 2017; ${HOLIDAYS_LIST}); primeminister.kz/en/news/15835; nur.kz 1709587 (primeminister.kz); pro1c.kz «Какие дни отдыха переносятся в 2018 году»`,
);

export const YEARS_2011_2018: CalendarYearData[] = [
  {
    year: 2011,
    kurbanAit: kurbanAit(
      '2011-11-06',
      'Tengrinews.kz, August 2011 (meshit.kz): «Курбан-айт в 2011 году будет праздноваться 6 ноября… в 2011 он выпадает на воскресенье»',
    ),
    transfers: [transfer('2011-03-05', '2011-03-07', D2011_MAR), transfer('2011-08-27', '2011-08-29', D2011_AUG)],
  },
  {
    year: 2012,
    kurbanAit: kurbanAit(
      '2012-10-26',
      'not confirmed from an announcement: astronomical date of Eid al-Adha 2012, also the date listed by vacanza/holidays (KazakhstanIslamicHolidays)',
    ),
    transfers: [
      transfer('2012-03-11', '2012-03-09', D2012_MAR),
      transfer('2012-04-28', '2012-04-30', D2012_APR),
      transfer('2012-12-29', '2012-12-31', D2012),
    ],
  },
  {
    year: 2013,
    kurbanAit: kurbanAit('2013-10-15', 'tengrinews.kz 243177: «В этом году он выпадает на вторник, 15 октября»'),
    transfers: [
      transfer('2013-05-04', '2013-05-10', D2013_MAY),
      transfer('2013-10-12', '2013-10-14', D2013_OCT),
      transfer('2013-12-28', '2014-01-03', D2013_DEC),
    ],
  },
  {
    year: 2014,
    kurbanAit: kurbanAit('2014-10-04', 'yk-news.kz/node/10882: first day on Saturday 4 October, no transfer'),
    transfers: [transfer('2014-05-04', '2014-05-02', D2014_MAY), transfer('2014-05-11', '2014-05-08', D2014_MAY)],
  },
  {
    year: 2015,
    kurbanAit: kurbanAit('2015-09-24', 'kapital.kz 36862 (egov.kz calendar 2015); altyn-orda.kz (NUR.KZ)'),
    transfers: [],
    note: 'The egov.kz calendar for 2015 (kapital.kz 36862) lists weekend substitutes only.',
  },
  {
    year: 2016,
    kurbanAit: kurbanAit('2016-09-12', 'ng.kz 23385 (ДУМК, Серикбай кажы Ораз); kapital.kz 52183'),
    transfers: [transfer('2016-03-05', '2016-03-07', D2016_MAR)],
  },
  {
    year: 2017,
    kurbanAit: kurbanAit('2017-09-01', 'inbusiness.kz (Kazinform): first day on Friday 1 September'),
    transfers: [transfer('2017-03-18', '2017-03-20', D2017), transfer('2017-07-01', '2017-07-07', D2017)],
  },
  {
    year: 2018,
    kurbanAit: kurbanAit('2018-08-21', 'kazlenta.kz (egov.kz calendar 2018); mgorod.kz, 27.07.2018'),
    transfers: [
      transfer('2018-03-03', '2018-03-09', D2018),
      transfer('2018-04-28', '2018-04-30', D2018),
      transfer('2018-05-05', '2018-05-08', D2018),
      transfer('2018-08-25', '2018-08-31', D2018),
      transfer('2018-12-29', '2018-12-31', D2018),
    ],
  },
];
