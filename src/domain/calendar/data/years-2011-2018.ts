import type { CalendarYearData } from '../calendar-year-data.js';
import { decree, kurbanAit, transfer } from './year-helpers.js';

// Years 2011–2018. Transfers are "О переносе дня (дней) отдыха" decrees of the Government under
// the Labour Code (2007 Code until 2015, then art. 85 p. 3 of the 2015 Code). Where a decree's
// number or date is null it was not confirmed from a publication; the transfer itself is stated by
// the source named.

const D2012 = decree(
  'Постановление Правительства Республики Казахстан «О переносе дня отдыха» (с субботы 29 декабря на понедельник 31 декабря 2012 года)',
  '1538',
  null,
  'adilet.zan.kz/kaz/docs/P1200001538; zonakz.net, 05.12.2012 (KazTAG)',
);
const D2013_OCT = decree(
  'Постановление Правительства Республики Казахстан о переносе дня отдыха с субботы 12 октября на понедельник 14 октября 2013 года',
  null,
  null,
  'tengrinews.kz/kazakhstan_news/tri-dnya-otdohnut-kazahstantsyi-na-kurban-ayt-243177 (primeminister.kz)',
);
const D2013_DEC = decree(
  'Постановление Правительства Республики Казахстан о переносе дня отдыха с субботы 28 декабря 2013 года на пятницу 3 января 2014 года',
  null,
  null,
  'mgorod.kz, 07.12.2013 (KazTAG, primeminister.kz)',
);
const D2014_MAY = decree(
  'Постановление Правительства Республики Казахстан о переносе дней отдыха с воскресенья 4 мая на пятницу 2 мая и с воскресенья 11 мая на четверг 8 мая 2014 года',
  null,
  null,
  'profinance.kz, 18.04.2014; mgorod.kz (Tengrinews, primeminister.kz)',
);
const D2016_MAR = decree(
  'Постановление Правительства Республики Казахстан о переносе дня отдыха с субботы 5 марта на понедельник 7 марта 2016 года',
  null,
  null,
  'zonakz.net, 15.02.2016 (KazTAG, primeminister.kz); ng.kz (Tengrinews)',
);
const D2017 = decree(
  'Постановление Правительства Республики Казахстан о переносе дней отдыха в 2017 году',
  null,
  null,
  'tengrinews.kz/news/321080 (1 July 2017 a working day for 7 July); 18→20 March only in a third-party production calendar (xmlcalendar kz/2017), not yet confirmed from the decree',
);
const D2018 = decree(
  'Постановление Правительства Республики Казахстан «О переносе дней отдыха в 2018 году»',
  null,
  null,
  'primeminister.kz/en/news/15835; pro1c.kz «Какие дни отдыха переносятся в 2018 году»',
);

export const YEARS_2011_2018: CalendarYearData[] = [
  {
    year: 2011,
    kurbanAit: kurbanAit(
      '2011-11-06',
      'Tengrinews.kz, August 2011 (meshit.kz): «Курбан-айт в 2011 году будет праздноваться 6 ноября… в 2011 он выпадает на воскресенье»',
    ),
    transfers: [],
    note: 'No transfer decree for 2011 was found; a Saturday 5 March → Monday 7 March report (vkurse.kz) fits 2011 and 2022 alike and is kept under 2022, where it is confirmed.',
  },
  {
    year: 2012,
    kurbanAit: kurbanAit('2012-10-26', 'not yet confirmed from an announcement: astronomical date of Eid al-Adha 2012'),
    transfers: [transfer('2012-12-29', '2012-12-31', D2012)],
  },
  {
    year: 2013,
    kurbanAit: kurbanAit('2013-10-15', 'tengrinews.kz 243177: «В этом году он выпадает на вторник, 15 октября»'),
    transfers: [transfer('2013-10-12', '2013-10-14', D2013_OCT), transfer('2013-12-28', '2014-01-03', D2013_DEC)],
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
