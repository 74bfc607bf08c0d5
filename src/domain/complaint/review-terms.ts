import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { addDays, comparePlainDates, plainDate, type PlainDate } from '../time/plain-date.js';

// §25: "review follows the terms set by law". The law changed while the service ran, so the term is a
// dated rule: which act applied on which dates, what it says, and how far each fact was verified
// (the way the national calendar keeps its acts, domain/calendar/data/acts.ts). A complaint gets the
// term in force on the day it was registered; a later act never moves a stored due day.

export interface ReviewTermAct {
  title: { kk: string; ru: string; en: string };
  number: string;
  adopted: PlainDate;
  article: string;
}

export interface ReviewTerm {
  id: string;
  /** First day the rule applies (registration day), inclusive. */
  from: PlainDate;
  /** Last day it applies, inclusive; null while in force. */
  to: PlainDate | null;
  count: number;
  unit: 'calendar' | 'working';
  acts: readonly ReviewTermAct[];
  /** What was checked, where, and what stays open. */
  verified: 'confirmed' | 'partly' | 'unconfirmed';
  note: string;
}

const LAW_2007_221: ReviewTermAct = {
  title: {
    kk: '«Жеке және заңды тұлғалардың өтініштерін қарау тәртібі туралы» Қазақстан Республикасының Заңы',
    ru: 'Закон Республики Казахстан «О порядке рассмотрения обращений физических и юридических лиц»',
    en: 'Law of the Republic of Kazakhstan "On the procedure for considering appeals of individuals and legal entities"',
  },
  number: '221-III',
  adopted: plainDate('2007-01-12'),
  article: 'ст. 8',
};

const LAW_2013_88: ReviewTermAct = {
  title: {
    kk: '«Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасының Заңы',
    ru: 'Закон Республики Казахстан «О государственных услугах»',
    en: 'Law of the Republic of Kazakhstan "On state services"',
  },
  number: '88-V',
  adopted: plainDate('2013-04-15'),
  article: 'ст. 25, п. 2',
};

const CODE_2020_350: ReviewTermAct = {
  title: {
    kk: 'Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі',
    ru: 'Административный процедурно-процессуальный кодекс Республики Казахстан',
    en: 'Administrative Procedural Code of the Republic of Kazakhstan',
  },
  number: '350-VI',
  adopted: plainDate('2020-06-29'),
  article: 'ст. 91',
};

export const REVIEW_TERMS: readonly ReviewTerm[] = [
  {
    id: 'law-221-III',
    from: plainDate('2007-01-12'),
    to: plainDate('2013-04-14'),
    count: 15,
    unit: 'calendar',
    acts: [LAW_2007_221],
    verified: 'unconfirmed',
    note:
      'Fifteen calendar days (extendable to thirty) as commonly cited; the article text was not found in ' +
      'the sources searched. The start is the adoption day, not a confirmed commencement.',
  },
  {
    id: 'law-88-V',
    from: plainDate('2013-04-15'),
    to: plainDate('2021-06-30'),
    count: 5,
    unit: 'working',
    acts: [LAW_2013_88],
    verified: 'partly',
    note:
      'A complaint to the service provider: five working days from its registration. The wording ' +
      '"подлежит рассмотрению в течение пяти рабочих дней со дня ее регистрации" was read in a service ' +
      "standard built on this article (gp14.kz, «Порядок обжалования»); the law's own text and its " +
      'commencement day were not read, so the start is the adoption day.',
  },
  {
    id: 'law-88-V-with-appc',
    from: plainDate('2021-07-01'),
    to: null,
    count: 5,
    unit: 'working',
    acts: [LAW_2013_88, CODE_2020_350],
    verified: 'partly',
    note:
      'From 1 July 2021 complaints follow the Administrative Procedural Code (art. 91: to the body whose ' +
      'act is complained of, court after the pre-trial complaint, art. 91 p. 5 — cited by adilet.zan.kz ' +
      'V2000021772); its general term of fifteen working days (art. 76) yields to a special law, and ' +
      'art. 25 of the Law on state services keeps five working days for the service provider. The ' +
      'amended article itself was not read.',
  },
];

/** The term in force on the day a complaint was registered. */
export function reviewTermFor(day: PlainDate, terms: readonly ReviewTerm[] = REVIEW_TERMS): ReviewTerm {
  const term = terms.find(
    (t) => comparePlainDates(t.from, day) <= 0 && (t.to === null || comparePlainDates(day, t.to) <= 0),
  );
  if (!term) throw new RangeError(`no complaint review term for ${day}`);
  return term;
}

/** The due day: the n-th (working or calendar) day after registration. A calendar-day term ending
 *  on a day off moves to the next working day. */
export function complaintDueDay(
  registeredOn: PlainDate,
  term: ReviewTerm,
  calendar: WorkingDayCalendar,
): PlainDate {
  if (term.unit === 'working') return calendar.addWorkingDays(registeredOn, term.count);
  return calendar.addWorkingDays(addDays(registeredOn, term.count), 0);
}
