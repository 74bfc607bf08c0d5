import type { SealSource } from '../certificate.js';
import type { DocumentLang } from '../types.js';
import { realisticSamples } from './realistic.js';
import { checklistItem, d, type SampleSet } from './sample-set.js';

// The longest values a document may plausibly carry, to prove that nothing leaves the printable
// area: double-barrelled foreign names (each name part up to the forms' 100-character limit),
// the longest Kazakh official names, a territory of activity listing every district of a region,
// a five-digit register sequence, an acting head with a long position, a long public address.

const L = {
  office: {
    kk: 'Шығыс Қазақстан облысы Жергілікті атқарушы органының Ішкі саясат басқармасы (Діни істер жөніндегі бөлім)',
    ru: 'Управление внутренней политики местного исполнительного органа Восточно-Казахстанской области (отдел по делам религий)',
  },
  address: {
    kk: 'Шығыс Қазақстан облысы, Өскемен қаласы, Михаил Горький атындағы көше, 40-үй, әкімшілік ғимараты, 3-қабат, 317-кабинет',
    ru: 'Восточно-Казахстанская область, г. Усть-Каменогорск, улица имени Максима Горького, дом 40, административное здание, 3 этаж, кабинет 317',
  },
  territory: {
    kk: 'Шығыс Қазақстан облысы, Өскемен, Семей, Риддер және Курчатов қалалары, Глубокое, Зайсан, Катонқарағай аудандары',
    ru: 'Восточно-Казахстанской области, городов Усть-Каменогорск, Семей, Риддер и Курчатов, Глубоковского, Зайсанского и Катон-Карагайского районов',
  },
  city: { kk: 'Өскемен (Усть-Каменогорск)', ru: 'Усть-Каменогорск (Өскемен)' },
  passport: {
    kk: 'Испания Корольдігінің паспорты № PAB123456, Испания Ішкі істер министрлігінің Полиция бас басқармасы 2021 жылғы 12 наурызда берген, 2031 жылғы 11 наурызға дейін жарамды; көші-қон тіркеуі № 0123456789, 2026 жылғы 4 қаңтар',
    ru: 'паспорт Королевства Испания № PAB123456, выдан Генеральной дирекцией полиции Министерства внутренних дел Испании 12 марта 2021 года, действителен до 11 марта 2031 года; миграционная регистрация № 0123456789 от 4 января 2026 года',
  },
  citizenship: {
    kk: 'Ұлыбритания және Солтүстік Ирландия Құрама Корольдігі',
    ru: 'Соединённое Королевство Великобритании и Северной Ирландии',
  },
  affiliation: {
    kk: 'Евангелиялық христиан-баптистер (протестанттық бағыт, Халықаралық баптистік одақ)',
    ru: 'Евангельские христиане-баптисты (протестантское направление, Всемирный союз баптистов)',
  },
  association: {
    kk: '«Орталық Азия мен Кавказға арналған Ізгі хабар» евангелиялық христиан-баптистердің халықаралық миссионерлік қауымдастығы (Германия Федеративтік Республикасы, Бад-Хомбург-фор-дер-Хёэ қаласы)',
    ru: 'Международная миссионерская ассоциация евангельских христиан-баптистов «Благая весть для Центральной Азии и Кавказа» (Федеративная Республика Германия, город Бад-Хомбург-фор-дер-Хёэ)',
  },
  activity: {
    kk: 'Шығыс Қазақстан облысы: Өскемен, Семей, Риддер, Курчатов қалалары; Абай, Аягөз, Бесқарағай, Бородулиха, Глубокое, Жарма, Зайсан, Зырян, Катонқарағай, Көкпекті, Күршім, Тарбағатай, Ұлан, Үржар, Шемонаиха аудандары',
    ru: 'Восточно-Казахстанская область: города Усть-Каменогорск, Семей, Риддер, Курчатов; Абайский, Аягозский, Бескарагайский, Бородулихинский, Глубоковский, Жарминский, Зайсанский, Зыряновский, Катон-Карагайский, Кокпектинский, Курчумский, Тарбагатайский, Уланский, Урджарский, Шемонаихинский районы',
  },
  position: {
    kk: 'Шығыс Қазақстан облысы Жергілікті атқарушы органының Ішкі саясат басқармасы басшысының',
    ru: 'руководителя управления внутренней политики местного исполнительного органа Восточно-Казахстанской области',
  },
  group: {
    kk: '«Шығыс Қазақстан облысы Глубокое ауданындағы Інжіл христиандарының "Жаңа өмір" қауымы» саны аз діни тобы',
    ru: 'малочисленная религиозная группа «Община христиан веры евангельской "Новая жизнь" Глубоковского района Восточно-Казахстанской области»',
  },
  akimat: {
    kk: 'Шығыс Қазақстан облысының әкімдігі (облыс әкімінің аппараты)',
    ru: 'Акимат Восточно-Казахстанской области (аппарат акима области)',
  },
};

const HOLDER = {
  surname: 'Фернандес-Гонсалес де ла Торре-Мартинес и Вильяреаль-Эчеверрия',
  name: 'Мария-Александра Исабель Каролина',
  patronymic: 'Хуан-Карлосовна',
};
const LONG_PERSON = 'Абдрахманова-Кенжебаева Гүлнұр-Айгерім Жұмабайқызы';

export function longestSamples(lang: DocumentLang, seal: SealSource): SampleSet {
  const base = realisticSamples(lang, seal);
  const v = <K extends keyof typeof L>(k: K): string => L[k][lang];
  const signatory = { position: v('position'), name: 'Г.-А. Ж. Абдрахманова-Кенжебаева', acting: true };
  const fullHolder = `${HOLDER.surname} ${HOLDER.name} ${HOLDER.patronymic}`;
  const missionaryApplication = {
    registeringBody: v('office'),
    applicantName: `${fullHolder} (FERNANDEZ-GONZALEZ DE LA TORRE-MARTINEZ Y VILLARREAL-ECHEVERRIA MARIA-ALEXANDRA ISABEL CAROLINA)`,
    address: v('address'),
    identityDocument: v('passport'),
    affiliation: v('affiliation'),
    term: { from: d('2026-09-30'), to: d('2027-09-29') },
    territory: v('activity'),
    applicationDate: d('2026-09-28'),
  };
  return {
    certificate: {
      ...base.certificate,
      territory: v('territory'),
      city: v('city'),
      number: '63-018/2026/1-12345',
      issueDate: d('2026-09-30'),
      holder: HOLDER,
      passport: v('passport'),
      citizenship: v('citizenship'),
      affiliation: v('affiliation'),
      association: v('association'),
      territoryOfActivity: v('activity'),
      validUntil: d('2027-09-29'),
      signatory,
    },
    reference: {
      ...base.reference,
      registeringBody: v('office'),
      city: v('city'),
      number: '63-018/2026/2-10234',
      issueDate: d('2026-12-31'),
      applicant: LONG_PERSON,
      groupName: v('group'),
      affiliation: v('affiliation'),
      leader: LONG_PERSON,
      address: v('address'),
      territoryOfActivity: v('activity'),
      signatory,
    },
    missionaryApplication,
    groupApplication: {
      registeringBody: `${v('office')}, ${v('address')}`,
      groupName: v('group'),
      affiliation: v('affiliation'),
      leaderName: LONG_PERSON,
      adultMemberCount: 1250,
      location: v('address'),
      religiousBuilding: v('address'),
      territory: v('activity'),
      applicationDate: d('2026-09-28'),
    },
    receipt: {
      ...base.receipt,
      application: { subject: 'missionary', form: missionaryApplication },
      stamp: {
        office: v('office'),
        incomingNumber: '63-018-A/2026/104857',
        date: d('2026-09-28'),
        time: '17:59',
      },
      documents: [
        'missionary-application',
        'mandate-copy',
        'sending-association-registration-copy',
        'invitation',
        'representative-power-of-attorney',
      ].map((id) => checklistItem(id, lang).name),
      materials: Array.from({ length: 24 }, (_, i) => ({
        title: `${v('association')} — ${i + 1}`,
        kind: (['book', 'printed', 'audio', 'video', 'other'] as const)[i % 5]!,
        language: lang === 'kk' ? 'ағылшын, испан және орыс тілдері' : 'английский, испанский и русский',
        quantity: 1000 + i,
      })),
      receivedBy: LONG_PERSON,
      checkUrl: `${seal.publicUrl}/${lang}/track`,
    },
    refusal: {
      ...base.refusal,
      letterhead: {
        name: { kk: L.office.kk, ru: L.office.ru },
        address: { kk: L.address.kk, ru: L.address.ru },
        phone: '8 (7232) 26-42-54, 26-36-41',
        email: 'ishki-sayasat.departamenti@shygys-qazaqstan.gov.kz',
      },
      outgoingNumber: '63-018/2026/104857',
      addressee: { name: fullHolder, address: v('address') },
      application: {
        incomingNumber: '63-018/2026/104857',
        date: d('2026-09-28'),
        kind: 'group-re-registration',
      },
      missing: [
        'leader-and-member-id-copies',
        'premises-document-copy',
        'owner-consent',
        'representative-power-of-attorney',
      ].map((id) => checklistItem(id, lang)),
      signatory,
      executor: { name: LONG_PERSON, phone: '8 (7232) 26-42-54, ішкі 317' },
      complaints: {
        recordsAddress: v('address'),
        recordsPhone: '8 (7232) 26-42-54',
        akimat: v('akimat'),
        akimatAddress: v('address'),
      },
    },
    talon: {
      ...base.talon,
      body: v('akimat'),
      complaintNumber: '63-018-A/2026/104857',
      acceptedBy: { surname: 'Абдрахманова-Кенжебаева', name: 'Гүлнұр-Айгерім' },
      progressPhone: '8 (7232) 26-42-54, 26-36-41, 8 (800) 080-77-77',
    },
    journal: {
      ...base.journal,
      office: v('office'),
      entries: Array.from({ length: 30 }, (_, i) => ({
        number: `63-018/2026/1-${String(10000 + i)}`,
        handedOverOn: d('2026-09-30'),
        holder: fullHolder,
        document: lang === 'kk' ? 'Куәліктің телнұсқасы' : 'Дубликат свидетельства',
        recipient: `${LONG_PERSON}, ${v('passport')}`,
        handedOverBy: LONG_PERSON,
      })),
    },
  };
}
