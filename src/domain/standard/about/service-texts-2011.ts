import type { ServiceContent } from './service-content.js';
import { SERVICE_TEXTS_2011_B } from './service-texts-2011-b.js';

// The 2011 standard's public texts. Kazakh follows seed/standard-2011-kk.txt (clauses cited per
// section); Russian is an official-style rendering of it; English is plain and unofficial.
export const SERVICE_TEXTS_2011: ServiceContent = {
  title: {
    kk: '«Миссионерлерді және заңды тұлға белгілері жоқ саны аз діни топтарды есептік тіркеуді және қайта тіркеуді жүргізу» мемлекеттік қызметі',
    ru: 'Государственная услуга «Проведение учетной регистрации и перерегистрации миссионеров и малочисленных религиозных групп, не имеющих признаков юридического лица»',
    en: 'Registration and re-registration of missionaries and of small religious groups without legal personality',
  },
  unofficialNotice:
    'This English text is an unofficial translation. The Kazakh and Russian texts are the official ones; applications and documents are in Kazakh or Russian.',
  // §1, §2, §3, §6
  provider: {
    heading: { kk: 'Қызметті кім көрсетеді', ru: 'Кто оказывает услугу', en: 'Who provides the service' },
    paragraphs: [
      {
        kk: 'Мемлекеттік қызметті облыстардың (республикалық маңызы бар қалалардың, астананың) жергілікті атқарушы органдарының ішкі саясат басқармалары және аудандардың (облыстық маңызы бар қалалардың) ішкі саясат бөлімдері көрсетеді (стандартқа 1 және 2-қосымшалар).',
        ru: 'Государственную услугу оказывают управления внутренней политики местных исполнительных органов областей (городов республиканского значения, столицы) и отделы внутренней политики районов (городов областного значения) (приложения 1 и 2 к стандарту).',
        en: 'The service is provided by the internal-policy departments of the regional akimats and of the cities of Astana and Almaty, and by the internal-policy divisions of the district and city akimats (annexes 1 and 2 to the standard).',
      },
      {
        kk: 'Мемлекеттік қызмет жеке тұлғаларға көрсетіледі.',
        ru: 'Государственная услуга оказывается физическим лицам.',
        en: 'The service is for natural persons.',
      },
      {
        kk: 'Мемлекеттік қызмет «Діни сенім бостандығы және діни бірлестіктер туралы» Қазақстан Республикасының 1992 жылғы 15 қаңтардағы Заңының 6-2-бабы негізінде жүзеге асырылады.',
        ru: 'Государственная услуга оказывается на основании статьи 6-2 Закона Республики Казахстан от 15 января 1992 года «О свободе вероисповедания и религиозных объединениях».',
        en: 'Legal basis: article 6-2 of the Law of the Republic of Kazakhstan of 15 January 1992 "On freedom of religion and religious associations".',
      },
    ],
  },
  // §5
  result: {
    heading: { kk: 'Қызмет көрсетудің нәтижесі', ru: 'Результат оказания услуги', en: 'What you receive' },
    paragraphs: [
      {
        kk: 'Миссионердің есептік тіркеуден және қайта тіркеуден өткендігі туралы куәлік (5-қосымша), заңды тұлға белгілері жоқ саны аз діни топтың есептік тіркеуден және қайта тіркеуден өткендігі туралы анықтама (6-қосымша) не қызмет көрсетуден бас тартудың дәлелді жауабы.',
        ru: 'Свидетельство об учетной регистрации и перерегистрации миссионера (приложение 5), справка об учетной регистрации и перерегистрации малочисленной религиозной группы, не имеющей признаков юридического лица (приложение 6), либо мотивированный ответ об отказе в оказании услуги.',
        en: 'A certificate of registration of a missionary (annex 5), a reference of registration of a small religious group (annex 6), or a reasoned refusal.',
      },
      {
        kk: 'Куәлік (анықтама) жазбаша түрде қағаз жеткізгіште ресімделеді.',
        ru: 'Свидетельство (справка) оформляется в письменном виде на бумажном носителе.',
        en: 'The certificate or reference is issued on paper.',
      },
    ],
  },
  // §11, §13, §14
  documents: {
    heading: { kk: 'Қажетті құжаттар', ru: 'Необходимые документы', en: 'Documents to bring' },
    paragraphs: [
      {
        kk: 'Мемлекеттік қызмет көрсетуді алу үшін тұтынушы (не сенімхат бойынша өкілі) басқармаға (бөлімге) мынадай құжаттарды ұсынады:',
        ru: 'Для получения государственной услуги потребитель (либо его представитель по доверенности) представляет в управление (отдел) следующие документы:',
        en: 'To receive the service, you (or your representative under a power of attorney) hand in the following at the department or division:',
      },
    ],
    after: [
      {
        kk: 'Құжаттар басқармаға (бөлімге) тапсырылады. Басқарманың (бөлімнің) құжаттамалық қамтамасыз ету қызметінің тіркеу мөртабаны бар (кіріс нөмірі, күні) өтініш көшірмесі құжаттар мен заттардың тапсырылғанына растама болып табылады.',
        ru: 'Документы сдаются в управление (отдел). Подтверждением сдачи документов и предметов является копия заявления со штампом регистрации (входящий номер, дата) службы документационного обеспечения управления (отдела).',
        en: "Hand the documents in at the office. Your proof of hand-in, for the documents and for any items, is a copy of your application stamped by the office's records service with the incoming number and date.",
      },
    ],
  },
  documentForms: {
    original: { kk: 'түпнұсқа', ru: 'оригинал', en: 'original' },
    copy: { kk: 'көшірме', ru: 'копия', en: 'copy' },
    shown: { kk: 'көрсетіледі', ru: 'предъявляется', en: 'shown only' },
    items: { kk: 'заттар тапсырылады', ru: 'сдаются предметы', en: 'items handed in' },
  },
  oneOf: { kk: 'мыналардың бірі:', ru: 'один из следующих:', en: 'one of:' },
  // §7
  terms: {
    heading: { kk: 'Мерзімдер', ru: 'Сроки', en: 'Time limits' },
    paragraphs: [
      {
        kk: 'Мемлекеттік қызмет көрсету мерзімі тұтынушы қажетті құжаттарды тапсырған сәттен бастап – {resultDays}.',
        ru: 'Срок оказания государственной услуги с момента сдачи потребителем необходимых документов – {resultDays}.',
        en: 'The service takes {resultDays} from the moment you hand in the required documents.',
      },
      {
        kk: 'Тұтынушы өтініш берген күні қызметті алуға дейін күтудің рұқсат берілген ең көп уақыты – {queueWait} аспайды.',
        ru: 'Максимально допустимое время ожидания в очереди в день обращения – не более {queueWait}.',
        en: 'Longest wait in the queue on the day you apply: {queueWait}.',
      },
      {
        kk: 'Тұтынушы өтініш берген күні қызмет көрсетудің ең көп уақыты – {service} аспайды.',
        ru: 'Максимальное время обслуживания потребителя в день обращения – не более {service}.',
        en: 'Longest time at the desk on the day you apply: {service}.',
      },
      {
        kk: 'Куәлікті немесе анықтаманы алу кезіндегі күту уақыты – {collectWait} аспайды.',
        ru: 'Время ожидания при получении свидетельства или справки – не более {collectWait}.',
        en: 'Longest wait when you collect the certificate or reference: {collectWait}.',
      },
    ],
  },
  // §16
  refusal: {
    heading: { kk: 'Бас тарту', ru: 'Отказ', en: 'Refusal' },
    groundsHeading: {
      kk: 'Мемлекеттік қызмет көрсетуден бас тартуға негіз:',
      ru: 'Основание для отказа в оказании государственной услуги:',
      en: 'The service can be refused only on this ground:',
    },
    paragraphs: [
      {
        kk: 'Куәлікті (анықтаманы) беруден бас тартылған жағдайда құжаттар пакеті алынғаннан кейін {refusalDays} ішінде тұтынушыға жазбаша түрде дәлелді жауап қайтарылады.',
        ru: 'В случае отказа в выдаче свидетельства (справки) потребителю в течение {refusalDays} после получения пакета документов направляется письменный мотивированный ответ.',
        en: 'If the certificate or reference is refused, you receive a written reasoned answer within {refusalDays} of handing in the documents.',
      },
    ],
  },
  // §8
  fee: {
    heading: { kk: 'Ақысы', ru: 'Стоимость', en: 'Fee' },
    paragraphs: [
      {
        kk: 'Мемлекеттік қызмет тегін көрсетіледі.',
        ru: 'Государственная услуга оказывается бесплатно.',
        en: 'The service is free of charge.',
      },
    ],
  },
  ...SERVICE_TEXTS_2011_B,
};
