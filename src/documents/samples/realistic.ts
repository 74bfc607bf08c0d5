import type { SealSource } from '../certificate.js';
import type { DocumentLang, Letterhead } from '../types.js';
import { checklistItem, d, type SampleSet } from './sample-set.js';
import { STANDARD_2011 } from '../../domain/standard/index.js';

// Realistic sample data: the Almaty region's internal-policy department as the seed lists it
// (annex 1 row 4: Талдықорған қаласы, Тәуелсіздік көшесі, 38, 8 (7282) 24-77-22) and its akimat
// (annex 3 row 3); office code 19-000 (domain.md §1). People and groups are invented.

const OFFICE = {
  kk: 'Алматы облысының Ішкі саясат басқармасы',
  ru: 'Управление внутренней политики Алматинской области',
};
const ADDRESS = {
  kk: 'Талдықорған қаласы, Тәуелсіздік көшесі, 38',
  ru: 'г. Талдыкорган, ул. Тауелсиздик, 38',
};
const PHONE = '8 (7282) 24-77-22';

export const LETTERHEAD: Letterhead = {
  name: OFFICE,
  address: ADDRESS,
  phone: PHONE,
  email: 'd-51@yandex.ru',
};

const V = {
  territory: { kk: 'Алматы облысы', ru: 'Алматинской области' },
  city: { kk: 'Талдықорған', ru: 'Талдыкорган' },
  passport: {
    kk: 'N12470385, Қазақстан Республикасы Ішкі істер министрлігі, 2019 жылғы 14 қараша',
    ru: 'N12470385, Министерство внутренних дел Республики Казахстан, 14 ноября 2019 года',
  },
  citizenship: { kk: 'Қазақстан Республикасы', ru: 'Республика Казахстан' },
  affiliation: { kk: 'Протестанттық (лютерандық)', ru: 'Протестантское (лютеранское)' },
  association: {
    kk: '«Қазақстанның Евангелиялық-лютерандық шіркеуі» діни бірлестігі',
    ru: 'религиозное объединение «Евангелическо-лютеранская церковь Казахстана»',
  },
  activity: {
    kk: 'Алматы облысы, Талдықорған қаласы және Ескелді ауданы',
    ru: 'Алматинская область, город Талдыкорган и Ескельдинский район',
  },
  position: {
    kk: 'Алматы облысының Ішкі саясат басқармасының басшысы',
    ru: 'Руководитель управления внутренней политики Алматинской области',
  },
  address: {
    kk: 'Талдықорған қаласы, Қабанбай батыр көшесі, 112, 14-пәтер',
    ru: 'г. Талдыкорган, ул. Кабанбай батыра, 112, кв. 14',
  },
  identity: {
    kk: '2019 жылғы 14 қараша, N12470385, Қазақстан Республикасы Ішкі істер министрлігі',
    ru: '14 ноября 2019 года, N12470385, Министерство внутренних дел Республики Казахстан',
  },
  group: { kk: '«Жаңа өмір» діни тобы', ru: 'религиозная группа «Жаңа өмір»' },
  groupAffiliation: { kk: 'Евангелиялық христиандар', ru: 'Евангельские христиане' },
  groupAddress: {
    kk: 'Алматы облысы, Текелі қаласы, Өтеген батыр көшесі, 7',
    ru: 'Алматинская область, г. Текели, ул. Отеген батыра, 7',
  },
  groupTerritory: { kk: 'Алматы облысы, Текелі қаласы', ru: 'Алматинская область, город Текели' },
  building: { kk: 'жоқ', ru: 'нет' },
  akimat: { kk: 'Алматы облысының әкімдігі', ru: 'Акимат Алматинской области' },
  document: { kk: 'Куәлік', ru: 'Свидетельство' },
  duplicateDoc: { kk: 'Куәліктің телнұсқасы', ru: 'Дубликат свидетельства' },
};

export function realisticSamples(lang: DocumentLang, seal: SealSource): SampleSet {
  const v = <K extends keyof typeof V>(k: K): string => V[k][lang];
  const holder = { surname: 'Әбдіқадыров', name: 'Нұрлан', patronymic: 'Серікұлы' };
  const signatory = { position: v('position'), name: 'Ғ. Сейтқали', acting: false };
  const missionaryApplication = {
    registeringBody: OFFICE[lang],
    applicantName: 'Әбдіқадыров Нұрлан Серікұлы',
    address: v('address'),
    identityDocument: v('identity'),
    affiliation: v('affiliation'),
    term: { from: d('2026-03-16'), to: d('2027-03-15') },
    territory: v('activity'),
    applicationDate: d('2026-03-03'),
  };
  return {
    certificate: {
      territory: v('territory'),
      city: v('city'),
      number: '19-000/2026/1-0009',
      issueDate: d('2026-03-11'),
      holder,
      passport: v('passport'),
      citizenship: v('citizenship'),
      affiliation: v('affiliation'),
      association: v('association'),
      territoryOfActivity: v('activity'),
      validUntil: d('2027-03-15'),
      signatory,
      seal,
    },
    reference: {
      registeringBody: OFFICE[lang],
      city: v('city'),
      number: '19-000/2026/2-0003',
      issueDate: d('2026-03-12'),
      applicant: 'Оспанова Гүлнұр Төлегенқызы',
      groupName: v('group'),
      affiliation: v('groupAffiliation'),
      leader: 'Оспанова Гүлнұр Төлегенқызы',
      address: v('groupAddress'),
      territoryOfActivity: v('groupTerritory'),
      signatory: {
        ...signatory,
        position: lang === 'kk' ? 'Басқарма басшысының' : 'руководителя управления',
        acting: true,
      },
      seal,
    },
    missionaryApplication,
    groupApplication: {
      registeringBody: `${OFFICE[lang]}, ${ADDRESS[lang]}`,
      groupName: v('group'),
      affiliation: v('groupAffiliation'),
      leaderName: 'Оспанова Гүлнұр Төлегенқызы',
      adultMemberCount: 14,
      location: v('groupAddress'),
      religiousBuilding: v('building'),
      territory: v('groupTerritory'),
      applicationDate: d('2026-03-04'),
    },
    receipt: {
      application: { subject: 'missionary', form: missionaryApplication },
      stamp: {
        office: OFFICE[lang],
        incomingNumber: '19-000/2026/0042',
        date: d('2026-03-03'),
        time: '10:42',
      },
      documents: [
        'missionary-application',
        'mandate-copy',
        'sending-association-registration-copy',
        'invitation',
      ].map((id) => checklistItem(id, lang).name),
      materials: [
        {
          title: lang === 'kk' ? 'Інжіл (Жаңа өсиет)' : 'Библия (Новый Завет)',
          kind: 'book',
          language: lang === 'kk' ? 'қазақ тілі' : 'казахский',
          quantity: 20,
        },
        {
          title: lang === 'kk' ? '«Сенім негіздері» кітапшасы' : 'брошюра «Основы веры»',
          kind: 'printed',
          language: lang === 'kk' ? 'орыс тілі' : 'русский',
          quantity: 50,
        },
        {
          title: lang === 'kk' ? 'Уағыздар жинағы' : 'Сборник проповедей',
          kind: 'audio',
          language: lang === 'kk' ? 'қазақ тілі' : 'казахский',
          quantity: 5,
        },
      ],
      trackingCode: 'TK7F3K9QXC',
      receivedBy: 'Жұмабаева Айгерім',
      checkUrl: `${seal.publicUrl}/${lang}/track`,
    },
    refusal: {
      letterhead: LETTERHEAD,
      outgoingNumber: '19-000/2026/0017',
      date: d('2026-03-05'),
      addressee: { name: 'Әбдіқадыров Нұрлан Серікұлы', address: v('address') },
      application: {
        incomingNumber: '19-000/2026/0042',
        date: d('2026-03-03'),
        kind: 'missionary-registration',
      },
      version: STANDARD_2011,
      missing: ['mandate-copy', 'invitation'].map((id) => checklistItem(id, lang)),
      signatory,
      executor: { name: 'Жұмабаева А.', phone: '8 (7282) 24-15-36' },
      complaints: {
        recordsAddress: ADDRESS[lang],
        recordsPhone: PHONE,
        akimat: v('akimat'),
        akimatAddress: ADDRESS[lang],
      },
    },
    talon: {
      body: OFFICE[lang],
      complaintNumber: '19-000/2026/0051',
      trackingCode: 'TK7F3K9QXC',
      registeredOn: d('2026-03-10'),
      registeredAt: '14:35',
      acceptedBy: { surname: 'Жұмабаева', name: 'Айгерім' },
      progressPhone: PHONE,
      checkUrl: `${seal.publicUrl}/${lang}/track`,
    },
    journal: {
      kind: 'certificate',
      office: OFFICE[lang],
      period: { from: d('2026-03-01'), to: d('2026-03-31') },
      entries: [
        {
          number: '19-000/2026/1-0008',
          handedOverOn: d('2026-03-06'),
          holder: 'Ким Виктор Николаевич',
          document: v('document'),
          recipient: lang === 'kk' ? 'Ким В. Н., төлқұжат N10234871' : 'Ким В. Н., паспорт N10234871',
          handedOverBy: 'Жұмабаева А.',
        },
        {
          number: '19-000/2026/1-0009',
          handedOverOn: d('2026-03-12'),
          holder: 'Әбдіқадыров Нұрлан Серікұлы',
          document: v('document'),
          recipient:
            lang === 'kk'
              ? 'Сапарова Ә. Қ., сенімхат № 2-417, 2026 жылғы 10 наурыз'
              : 'Сапарова Ә. Қ., доверенность № 2-417 от 10 марта 2026 года',
          handedOverBy: 'Жұмабаева А.',
        },
        {
          number: '19-000/2026/1-0004',
          handedOverOn: d('2026-03-20'),
          holder: 'Смит Джон',
          document: v('duplicateDoc'),
          recipient:
            lang === 'kk' ? 'Смит Дж., төлқұжат 548712301 (АҚШ)' : 'Смит Дж., паспорт 548712301 (США)',
          handedOverBy: 'Ахметов Б.',
        },
      ],
    },
  };
}
