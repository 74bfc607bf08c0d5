import type { Localized } from '../localized.js';

// The fields of annexes 7 and 8 as printed, for the blank forms (§12), the portal and the counter.
// Each maps to the input paths that carry its value (missionary-application.ts,
// group-application.ts); the printed label is the Kazakh text of the seed.
export interface FormField {
  id: string;
  label: Localized;
  /** Paths in the application input that fill this line. */
  paths: readonly string[];
  /** Lines the applicant fills in by hand on paper only (the signature). */
  paperOnly: boolean;
}

export interface FormDescriptor {
  annex: string;
  title: Localized;
  fields: readonly FormField[];
}

export interface ApplicationForms {
  missionary: FormDescriptor;
  group: FormDescriptor;
}

const SIGNATURE: FormField = {
  id: 'signature',
  label: { kk: 'Өтініш берушінің қолы', ru: 'Подпись заявителя', en: "Applicant's signature" },
  paths: [],
  paperOnly: true,
};
const DATE: FormField = {
  id: 'applicationDate',
  label: { kk: 'Өтініш берілген күн', ru: 'Дата подачи заявления', en: 'Date of application' },
  paths: ['applicationDate'],
  paperOnly: false,
};
const TERRITORY: FormField = {
  id: 'territory',
  label: {
    kk: 'Қызметін жүзеге асыратын аумақ',
    ru: 'Территория осуществления деятельности',
    en: 'Territory of activity',
  },
  paths: ['territory'],
  paperOnly: false,
};

// Annex 8 prints the territory line in the passive («Қызметі жүзеге асырылатын аумақ», seed line 831),
// annex 7 in the active voice: each form keeps its own wording.
const GROUP_TERRITORY: FormField = {
  ...TERRITORY,
  label: { ...TERRITORY.label, kk: 'Қызметі жүзеге асырылатын аумақ' },
};

export const ANNEX_7_2011: FormDescriptor = {
  annex: 'annex 7',
  title: {
    kk: 'Миссионерлерді есептік тіркеу және қайта тіркеу туралы өтініш',
    ru: 'Заявление об учетной регистрации и перерегистрации миссионеров',
    en: 'Application for registration and re-registration of a missionary',
  },
  fields: [
    {
      id: 'registeringBody',
      label: {
        kk: 'өтінішті тіркеуші органның атауы',
        ru: 'наименование регистрирующего органа',
        en: 'Registering body',
      },
      paths: ['officeCode'],
      paperOnly: false,
    },
    {
      id: 'applicantName',
      label: {
        kk: 'Өтініш берушінің тегі, аты, әкесінің аты',
        ru: 'Фамилия, имя, отчество заявителя',
        en: "Applicant's surname, name, patronymic",
      },
      paths: [
        'applicant.surname',
        'applicant.name',
        'applicant.patronymic',
        'applicant.latinSurname',
        'applicant.latinGivenNames',
      ],
      paperOnly: false,
    },
    {
      id: 'address',
      label: { kk: 'Орналасқан мекенжайы', ru: 'Адрес местонахождения', en: 'Address' },
      paths: ['address'],
      paperOnly: false,
    },
    {
      id: 'identityDocument',
      label: {
        kk: 'Жеке басын куәландыратын құжат (уақыты, нөмірі, құжатты берген орган)',
        ru: 'Документ, удостоверяющий личность (дата, номер, орган, выдавший документ)',
        en: 'Identity document (date, number, issuing authority)',
      },
      paths: [
        'applicant.identityDocument',
        'applicant.iin',
        'applicant.citizenship',
        'applicant.migrationRegistration',
      ],
      paperOnly: false,
    },
    {
      id: 'affiliation',
      label: { kk: 'Діни ұстанымы', ru: 'Вероисповедание', en: 'Religious affiliation' },
      paths: ['affiliation'],
      paperOnly: false,
    },
    {
      id: 'term',
      label: {
        kk: 'Миссионерлік қызметінің мерзімі',
        ru: 'Срок миссионерской деятельности',
        en: 'Term of missionary activity',
      },
      paths: ['term.from', 'term.to'],
      paperOnly: false,
    },
    TERRITORY,
    SIGNATURE,
    DATE,
  ],
};

export const ANNEX_8_2011: FormDescriptor = {
  annex: 'annex 8',
  title: {
    kk: 'Заңды тұлға белгілері жоқ саны аз діни топтарды есептік тіркеу және қайта тіркеу туралы өтініш',
    ru: 'Заявление об учетной регистрации и перерегистрации малочисленных религиозных групп, не имеющих признаков юридического лица',
    en: 'Application for registration and re-registration of a small religious group without legal personality',
  },
  fields: [
    {
      id: 'registeringBody',
      label: {
        kk: 'өтінішті тіркеуші органның атауы, мекен жайы',
        ru: 'наименование и адрес регистрирующего органа',
        en: 'Registering body and its address',
      },
      paths: ['officeCode'],
      paperOnly: false,
    },
    {
      id: 'groupNameAndAffiliation',
      label: {
        kk: 'Діни топтың атауы, оның діни ұстанымы',
        ru: 'Наименование религиозной группы, ее вероисповедание',
        en: 'Name of the religious group and its affiliation',
      },
      paths: ['groupName', 'affiliation'],
      paperOnly: false,
    },
    {
      id: 'leaderName',
      label: {
        kk: 'Топ басшысының тегі, аты, әкесінің аты',
        ru: 'Фамилия, имя, отчество руководителя группы',
        en: "Group leader's surname, name, patronymic",
      },
      paths: ['leader'],
      paperOnly: false,
    },
    {
      id: 'adultMemberCount',
      label: {
        kk: 'Кәмелетке толған мүшелерінің саны',
        ru: 'Количество совершеннолетних членов',
        en: 'Number of adult members',
      },
      paths: ['adultMemberCount', 'members'],
      paperOnly: false,
    },
    {
      id: 'location',
      label: {
        kk: 'Діни топтың орналасқан жері',
        ru: 'Местонахождение религиозной группы',
        en: "Group's location",
      },
      paths: ['location', 'premises'],
      paperOnly: false,
    },
    {
      id: 'religiousBuilding',
      label: {
        kk: 'Діни құрылыстың бар болуы',
        ru: 'Наличие культового сооружения',
        en: 'Religious building, if any',
      },
      paths: ['religiousBuilding'],
      paperOnly: false,
    },
    GROUP_TERRITORY,
    SIGNATURE,
    DATE,
  ],
};
