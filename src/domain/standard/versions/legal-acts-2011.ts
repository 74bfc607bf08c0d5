import type { LegalAct } from '../legal-act.js';
import { plainDate } from '../deps.js';

// The acts behind the 2011 version, with where each fact was found. Unknown dates stay null.

export const DECREE_2011_20: LegalAct = {
  id: 'gov-decree-2011-01-21-20',
  kind: 'government-decree',
  number: '20',
  adopted: plainDate('2011-01-21'),
  title: {
    kk: '«Миссионерлерді және заңды тұлға белгілері жоқ саны аз діни топтарды есептік тіркеуді және қайта тіркеуді жүргізу» мемлекеттік қызмет көрсету стандартын бекіту туралы',
    ru: 'Об утверждении стандарта государственной услуги «Проведение учетной регистрации и перерегистрации миссионеров и малочисленных религиозных групп, не имеющих признаков юридического лица»',
    en: 'On approval of the state service standard "Registration and re-registration of missionaries and of small religious groups without legal personality"',
  },
  // САПП = Собрание актов Президента и Правительства РК. The issue is cited by Decree No. 211 of
  // 7 February 2012, point 3 (its Russian text, zakon.uchet.kz/rus/docs/P1200000211). The day of
  // first official publication could not be established: see STANDARD_2011.effectiveFromNote.
  publication: { source: 'САПП Республики Казахстан, 2011 г., № 13, ст. 166', date: null },
  commencement: 'from the day of its first official publication (point 2 of the decree)',
  foundIn:
    'seed/standard-2011-kk.txt (decree text; the approval stamp prints "2010", a misprint); САПП issue as cited in Decree No. 211 of 07.02.2012',
};

export const DECREE_2011_888: LegalAct = {
  id: 'gov-decree-2011-08-01-888',
  kind: 'government-decree',
  number: '888',
  adopted: plainDate('2011-08-01'),
  title: {
    kk: 'ҚР Үкіметінің 2011.08.01 № 888 қаулысы (19-тармақ жаңа редакцияда)',
    ru: 'Постановление Правительства РК от 01.08.2011 № 888 (пункт 19 в новой редакции)',
    en: 'Government Decree No. 888 of 1 August 2011 (new wording of clause 19)',
  },
  publication: null,
  commencement: 'not established',
  foundIn: 'seed/standard-2011-kk.txt, note under clause 19',
};

export const DECREE_2012_211: LegalAct = {
  id: 'gov-decree-2012-02-07-211',
  kind: 'government-decree',
  number: '211',
  adopted: plainDate('2012-02-07'),
  title: {
    kk: 'ҚР Үкіметінің 2012.02.07 № 211 қаулысы',
    ru: 'Постановление Правительства РК от 07.02.2012 № 211 «Об утверждении стандарта государственной услуги «Проведение регистрации и перерегистрации лиц, осуществляющих миссионерскую деятельность»',
    en: 'Government Decree No. 211 of 7 February 2012, approving the standard "Registration and re-registration of persons carrying out missionary activity" and repealing Decree No. 20',
  },
  publication: null,
  commencement: 'ten calendar days after the day of its first official publication',
  foundIn: 'seed/standard-2011-kk.txt (repeal note); zakon.uchet.kz/rus/docs/P1200000211 (title, point 3)',
};

export const LAW_1992_RELIGION: LegalAct = {
  id: 'law-1992-01-15',
  kind: 'law',
  number: '1128-XII',
  adopted: plainDate('1992-01-15'),
  title: {
    kk: '«Діни сенім бостандығы және діни бірлестіктер туралы» Қазақстан Республикасының Заңы',
    ru: 'Закон Республики Казахстан «О свободе вероисповедания и религиозных объединениях»',
    en: 'Law of the Republic of Kazakhstan "On freedom of religion and religious associations"',
  },
  publication: null,
  commencement: 'not needed here (in force throughout 2011; replaced by Law No. 483-IV)',
  foundIn:
    'seed/standard-2011-kk.txt, clause 3 (article 6-2); the number 1128-XII is as commonly cited, not checked',
};

export const LAW_2011_483: LegalAct = {
  id: 'law-2011-10-11-483-IV',
  kind: 'law',
  number: '483-IV',
  adopted: plainDate('2011-10-11'),
  title: {
    kk: '«Діни қызмет және діни бірлестіктер туралы» Қазақстан Республикасының Заңы',
    ru: 'Закон Республики Казахстан «О религиозной деятельности и религиозных объединениях»',
    en: 'Law of the Republic of Kazakhstan "On religious activity and religious associations"',
  },
  publication: {
    source:
      '«Егемен Қазақстан» 15.10.2011 № 497-500 (26892); «Казахстанская правда» 15.10.2011 № 330-331 (26721-26722)',
    date: plainDate('2011-10-15'),
  },
  commencement: 'see its article 25',
  foundIn: 'publication data as printed on a copy of the law (kzgov.docdat.com/docs/969/index-789176.html)',
};

export const ACTS_2011: readonly LegalAct[] = [
  DECREE_2011_20,
  DECREE_2011_888,
  DECREE_2012_211,
  LAW_1992_RELIGION,
  LAW_2011_483,
];
