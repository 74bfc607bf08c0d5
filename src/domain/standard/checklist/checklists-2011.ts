import type { ApplicationKind } from '../application-kind.js';
import type { Checklist, ChecklistItem, ChecklistQuestion } from './checklist.js';

// §11 of the 2011 standard (seed/standard-2011-kk.txt, clause 11). Kazakh names follow the seed
// word for word where it names the document; Russian is an official-style rendering; English plain.
// Product decisions, each recorded in the item's note:
//  - §11.1 religious materials are required only when the missionary means to use some
//    ("әдебиетті ... және (немесе) ... өзге де заттарды"): a missionary without materials cannot
//    be refused for not bringing any.
//  - The representative's power of attorney follows from §11's opening words ("тұтынушы (не
//    сенімхат бойынша өкілі)") and §15; it is asked for only when a representative acts.
//  - §11.2 premises: one document of three kinds satisfies the item.

export const QUESTIONS_2011: readonly ChecklistQuestion[] = [
  {
    id: 'representative',
    name: {
      kk: 'Құжаттарды сенімхат бойынша өкіл тапсыра ма?',
      ru: 'Документы подает представитель по доверенности?',
      en: 'Is a representative with a power of attorney handing in the documents?',
    },
    options: [
      { value: 'yes', name: { kk: 'Иә', ru: 'Да', en: 'Yes' } },
      { value: 'no', name: { kk: 'Жоқ', ru: 'Нет', en: 'No' } },
    ],
  },
  {
    id: 'religiousMaterials',
    name: {
      kk: 'Миссионерлік қызметке діни мазмұндағы материалдар пайдаланыла ма?',
      ru: 'Будут ли в миссионерской деятельности использоваться материалы религиозного содержания?',
      en: 'Will religious materials be used in the missionary activity?',
    },
    options: [
      { value: 'yes', name: { kk: 'Иә', ru: 'Да', en: 'Yes' } },
      { value: 'no', name: { kk: 'Жоқ', ru: 'Нет', en: 'No' } },
    ],
  },
  {
    id: 'premisesOwner',
    name: {
      kk: 'Үй-жайдың иесі кім?',
      ru: 'Кто собственник помещения?',
      en: 'Who owns the premises?',
    },
    options: [
      { value: 'natural-person', name: { kk: 'Жеке тұлға', ru: 'Физическое лицо', en: 'A natural person' } },
      { value: 'legal-entity', name: { kk: 'Заңды тұлға', ru: 'Юридическое лицо', en: 'A legal entity' } },
    ],
  },
];

const REPRESENTATIVE_POWER_OF_ATTORNEY: ChecklistItem = {
  id: 'representative-power-of-attorney',
  name: {
    kk: 'Өкілдің сенімхаты және жеке басын куәландыратын құжаты',
    ru: 'Доверенность представителя и документ, удостоверяющий его личность',
    en: "The representative's power of attorney and identity document",
  },
  form: 'shown',
  clause: '§11, §15',
  condition: { kind: 'answer', question: 'representative', oneOf: ['yes'] },
  when: {
    kk: 'өкіл әрекет еткен жағдайда',
    ru: 'если действует представитель',
    en: 'if a representative acts for you',
  },
  alternatives: [],
  perPerson: null,
  note: {
    kk: 'Өкіл әрекет еткенде ғана (11-тармақ: «тұтынушы (не сенімхат бойынша өкілі)»).',
    ru: 'Только если действует представитель (пункт 11: «потребитель (либо его представитель по доверенности)»).',
    en: 'Only when a representative acts (clause 11: "the consumer (or a representative under a power of attorney)").',
  },
};

const MISSIONARY_ITEMS: readonly ChecklistItem[] = [
  {
    id: 'missionary-application',
    name: {
      kk: 'Ұстанатын діни ұстанымы, миссионерлік қызмет аумағы мен мерзімі көрсетілген өтініш (7-қосымша)',
      ru: 'Заявление с указанием исповедуемого вероучения, территории и срока миссионерской деятельности (приложение 7)',
      en: 'Application stating the religious affiliation, territory and term of the missionary activity (annex 7)',
    },
    form: 'original',
    clause: '§11.1',
    condition: { kind: 'always' },
    when: null,
    alternatives: [],
    perPerson: null,
    note: null,
  },
  {
    id: 'mandate-copy',
    name: {
      kk: 'Миссионерлік қызметті жүзеге асыру құқығына діни бірлестік берген сенімхаттың немесе өзге де құжаттың көшірмесі',
      ru: 'Копия доверенности или иного документа, выданного религиозным объединением на право осуществления миссионерской деятельности',
      en: 'Copy of the power of attorney or other document by which a religious association grants the right to carry out missionary activity',
    },
    form: 'copy',
    clause: '§11.1',
    condition: { kind: 'always' },
    when: null,
    alternatives: [],
    perPerson: null,
    note: null,
  },
  {
    id: 'sending-association-registration-copy',
    name: {
      kk: 'Миссионер өкілдік ететін діни бірлестіктің өз елінің заңнамасына сәйкес ресми тіркелгендігін куәландыратын тіркеу туралы куәліктің немесе өзге де құжаттың көшірмесі',
      ru: 'Копия свидетельства о регистрации или иного документа, удостоверяющего официальную регистрацию религиозного объединения, которое представляет миссионер, в соответствии с законодательством своей страны',
      en: 'Copy of the registration certificate or other document proving that the religious association the missionary represents is officially registered under the law of its country',
    },
    form: 'copy',
    clause: '§11.1',
    condition: { kind: 'always' },
    when: null,
    alternatives: [],
    perPerson: null,
    note: null,
  },
  {
    id: 'invitation',
    name: {
      kk: 'Қазақстан Республикасында тіркелген діни бірлестіктің шақыруы',
      ru: 'Приглашение религиозного объединения, зарегистрированного в Республике Казахстан',
      en: 'Invitation from a religious association registered in the Republic of Kazakhstan',
    },
    form: 'original',
    clause: '§11.1',
    condition: { kind: 'always' },
    when: null,
    alternatives: [],
    perPerson: null,
    note: null,
  },
  {
    id: 'religious-materials',
    name: {
      kk: 'Әдебиет, аудио-бейнематериалдар және (немесе) миссионерлік қызметке арналған діни мақсаттағы өзге де заттар',
      ru: 'Литература, аудио- и видеоматериалы и (или) иные предметы религиозного назначения, предназначенные для миссионерской деятельности',
      en: 'Literature, audio and video materials and/or other religious items intended for the missionary activity',
    },
    form: 'items',
    clause: '§11.1',
    condition: { kind: 'answer', question: 'religiousMaterials', oneOf: ['yes'] },
    when: {
      kk: 'діни мазмұндағы материалдар пайдаланылатын болса',
      ru: 'если будут использоваться материалы религиозного содержания',
      en: 'if religious materials will be used',
    },
    alternatives: [],
    perPerson: null,
    note: {
      kk: 'Тіркелгеннен кейін діни мазмұндағы материалдарды қосымша пайдалану жергілікті атқарушы органдармен келісіледі.',
      ru: 'Дополнительное использование материалов религиозного содержания после учетной регистрации согласовывается с местными исполнительными органами.',
      en: 'Using further religious materials after registration is agreed separately with the local executive body.',
    },
  },
  {
    id: 'identity-document-shown',
    name: {
      kk: 'Белгіленген тәртіппен тіркелген паспорт немесе жеке басын куәландыратын өзге де құжат',
      ru: 'Паспорт, зарегистрированный в установленном порядке, или иной документ, удостоверяющий личность',
      en: 'Passport registered in the established procedure (for a foreigner: with migration registration), or another identity document',
    },
    form: 'shown',
    clause: '§11.1',
    condition: { kind: 'always' },
    when: null,
    alternatives: [],
    perPerson: null,
    note: {
      kk: 'Көрсетіледі, тапсырылмайды.',
      ru: 'Предъявляется, не сдается.',
      en: 'Shown, not handed in.',
    },
  },
  REPRESENTATIVE_POWER_OF_ATTORNEY,
];

const GROUP_ITEMS: readonly ChecklistItem[] = [
  {
    id: 'group-application',
    name: {
      kk: 'Есептік тіркеу немесе қайта тіркеу туралы өтініш (8-қосымша)',
      ru: 'Заявление об учетной регистрации или перерегистрации (приложение 8)',
      en: 'Application for registration or re-registration (annex 8)',
    },
    form: 'original',
    clause: '§11.2',
    condition: { kind: 'always' },
    when: null,
    alternatives: [],
    perPerson: null,
    note: null,
  },
  {
    id: 'leader-and-member-id-copies',
    name: {
      kk: 'Топ басшысы мен мүшелерінің жеке куәлігінің немесе паспортының көшірмесі',
      ru: 'Копии удостоверений личности или паспортов руководителя и членов группы',
      en: "Copies of the identity cards or passports of the group's leader and members",
    },
    form: 'copy',
    clause: '§11.2',
    condition: { kind: 'always' },
    when: null,
    alternatives: [],
    perPerson: {
      kk: 'топ басшысы мен әрбір мүше',
      ru: 'руководитель и каждый член группы',
      en: 'the leader and each member',
    },
    note: null,
  },
  {
    id: 'premises-document-copy',
    name: {
      kk: 'Топтың орналасқан жерін растайтын құжаттың көшірмесі',
      ru: 'Копия документа, подтверждающего местонахождение группы',
      en: "Copy of a document proving the group's location",
    },
    form: 'copy',
    clause: '§11.2',
    condition: { kind: 'always' },
    when: null,
    alternatives: [
      { id: 'lease-contract', name: { kk: 'жалдау шарты', ru: 'договор аренды', en: 'lease contract' } },
      {
        id: 'purchase-contract',
        name: { kk: 'сатып алу-сату шарты', ru: 'договор купли-продажи', en: 'purchase contract' },
      },
      {
        id: 'registered-title',
        name: {
          kk: 'жылжымайтын мүлікке құқықтарын тіркеу туралы мөртабан басылған, жылжымайтын мүлікке құқықты растайтын құжат',
          ru: 'правоустанавливающий документ на недвижимое имущество со штампом о государственной регистрации прав',
          en: 'title document to the real estate bearing the stamp of registration of rights',
        },
      },
    ],
    perPerson: null,
    note: {
      kk: 'Үш құжаттың біреуі жеткілікті.',
      ru: 'Достаточно одного из трех документов.',
      en: 'One of the three kinds is enough.',
    },
  },
  {
    id: 'owner-consent',
    name: {
      kk: 'Үй-жай иесі – жеке тұлғаның үй-жайды саны аз діни топтың тұратын жері ретінде бергені туралы келісімі',
      ru: 'Согласие собственника помещения – физического лица на предоставление помещения в качестве местонахождения малочисленной религиозной группы',
      en: "Consent of the premises' owner, a natural person, to the premises being the group's location",
    },
    form: 'original',
    clause: '§11.2',
    condition: { kind: 'answer', question: 'premisesOwner', oneOf: ['natural-person'] },
    when: {
      kk: 'үй-жайдың иесі жеке тұлға болса',
      ru: 'если собственник помещения – физическое лицо',
      en: 'if the owner of the premises is a natural person',
    },
    alternatives: [],
    perPerson: null,
    note: null,
  },
  REPRESENTATIVE_POWER_OF_ATTORNEY,
];

const missionary = (kind: ApplicationKind): Checklist => ({
  kind,
  questions: ['representative', 'religiousMaterials'],
  items: MISSIONARY_ITEMS,
});
const group = (kind: ApplicationKind): Checklist => ({
  kind,
  questions: ['representative', 'premisesOwner'],
  items: GROUP_ITEMS,
});

export const CHECKLISTS_2011: Readonly<Record<ApplicationKind, Checklist>> = {
  'missionary-registration': missionary('missionary-registration'),
  'missionary-re-registration': missionary('missionary-re-registration'),
  'group-registration': group('group-registration'),
  'group-re-registration': group('group-re-registration'),
};
