import type { PlainDate } from '../domain/time/plain-date.js';
import { labelled } from './render/blocks.js';
import { legalDate } from './render/legal-words.js';
import { Sheet } from './render/sheet.js';
import type { DocumentOptions } from './types.js';

// §25: the records service registers a complaint and gives the complainant a talon with the date
// and time of registration and the surname and name of the person who accepted it; progress can
// be asked by phone; review follows the terms set by law. The talon also carries the complaint's
// incoming number and tracking code (domain.md §5).

export interface TalonData {
  /** The office or akimat whose records service registered the complaint. */
  body: string;
  complaintNumber: string;
  trackingCode: string;
  registeredOn: PlainDate;
  /** Local time of registration, «14:35». */
  registeredAt: string;
  acceptedBy: { surname: string; name: string };
  /** The phone to ask about the complaint's progress (annexes 1–4). */
  progressPhone: string;
  /** Where the complainant can follow it online with the tracking code, if published. */
  checkUrl?: string;
}

const T = {
  title: { kk: 'ТАЛОН', ru: 'ТАЛОН', en: 'TALON' },
  subtitle: {
    kk: 'шағымның тіркелгені туралы',
    ru: 'о регистрации жалобы',
    en: 'confirming the registration of a complaint',
  },
  number: {
    kk: 'Шағымның тіркеу нөмірі (Кіріс №):',
    ru: 'Регистрационный номер жалобы (Вх. №):',
    en: 'Registration number (incoming No.):',
  },
  tracking: { kk: 'Бақылау коды:', ru: 'Код отслеживания:', en: 'Tracking code:' },
  date: { kk: 'Тіркелген күні:', ru: 'Дата регистрации:', en: 'Date of registration:' },
  time: { kk: 'Тіркелген уақыты:', ru: 'Время регистрации:', en: 'Time of registration:' },
  acceptedBy: {
    kk: 'Шағымды қабылдаған адамның тегі мен аты:',
    ru: 'Фамилия и имя принявшего жалобу:',
    en: 'Surname and name of the person who accepted it:',
  },
  progress: {
    kk: 'Шағымды қарау барысы туралы ақпаратты мына телефон арқылы алуға болады:',
    ru: 'Информацию о ходе рассмотрения жалобы можно получить по телефону:',
    en: 'Information on the progress of the complaint is given by phone:',
  },
  online: {
    kk: 'Бақылау коды бойынша интернетте:',
    ru: 'По коду отслеживания в интернете:',
    en: 'Online, with the tracking code:',
  },
  terms: {
    kk: 'Шағымды қарау Қазақстан Республикасының заңнамасында белгіленген тәртіппен және мерзімде жүзеге асырылады (стандарттың 25-тармағы).',
    ru: 'Жалоба рассматривается в порядке и сроки, установленные законодательством Республики Казахстан (пункт 25 стандарта).',
    en: 'The complaint is reviewed in the manner and within the time set by the law of the Republic of Kazakhstan (clause 25 of the standard).',
  },
  sign: {
    kk: '(шағымды қабылдаған адамның қолы)',
    ru: '(подпись принявшего жалобу)',
    en: '(signature of the person who accepted it)',
  },
};

export async function renderTalon(data: TalonData, options: DocumentOptions): Promise<Buffer> {
  const sheet = new Sheet({ options, title: `${T.title[options.lang]} ${data.complaintNumber}` });
  const lang = sheet.lang;
  const top = sheet.y;
  const pad = 14;
  const inner = { x: sheet.left + pad, width: sheet.width - 2 * pad };
  sheet.gap(pad);
  sheet.text(data.body, { ...inner, size: 11, align: 'center', gapAfter: 10 });
  sheet.line(sheet.t(T.title), { ...inner, face: 'bold', size: 18, align: 'center' });
  sheet.line(sheet.t(T.subtitle), { ...inner, size: 12, align: 'center', gapAfter: 14 });
  const rows: [string, string][] = [
    [sheet.t(T.number), data.complaintNumber],
    [sheet.t(T.tracking), data.trackingCode],
    [sheet.t(T.date), legalDate(data.registeredOn, lang)],
    [sheet.t(T.time), data.registeredAt],
    [sheet.t(T.acceptedBy), `${data.acceptedBy.surname} ${data.acceptedBy.name}`],
  ];
  for (const [label, value] of rows) labelled(sheet, label, value, { ...inner, gapAfter: 8 });
  sheet.gap(4);
  sheet.text(`${sheet.t(T.progress)} ${data.progressPhone}`, { ...inner, size: 11, gapAfter: 4 });
  if (data.checkUrl) sheet.text(`${sheet.t(T.online)} ${data.checkUrl}`, { ...inner, size: 11, gapAfter: 4 });
  sheet.text(sheet.t(T.terms), { ...inner, size: 10, gapAfter: 28 });
  const ruleX = inner.x + inner.width - 200;
  sheet.rule(ruleX, inner.x + inner.width, sheet.y);
  sheet.gap(1);
  sheet.line(sheet.t(T.sign), { x: ruleX, width: 200, size: 8, align: 'center', minSize: 6 });
  sheet.gap(pad - 6);
  sheet.frame(sheet.left, top, sheet.width, sheet.y - top, 1.25);
  return sheet.finish();
}
