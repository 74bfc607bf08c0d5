import type { Localized } from './localized.js';

// §5: the result is a certificate (куәлік, annex 5) for a missionary or a reference (анықтама,
// annex 6) for a group, on paper. These descriptors say WHICH fields each carries and where each
// value comes from — content, not layout (documents/ lays them out). Labels are the printed ones.
export interface ResultField {
  id: string;
  label: Localized;
  /** Where the value comes from in the case, for the renderer and for tests. */
  source: string;
}

export interface ResultDocumentDescriptor {
  kind: 'certificate' | 'reference';
  annex: string;
  title: Localized;
  fields: readonly ResultField[];
  /** Printed at the foot: the head's position and signature, the seal («М.О.» / «М.П.»). */
  signedBy: 'head';
  sealed: boolean;
  /** Only the certificate has a term (domain.md §4: groups have no expiry). */
  hasValidUntil: boolean;
}

export interface ResultDocuments {
  certificate: ResultDocumentDescriptor;
  reference: ResultDocumentDescriptor;
}

const PLACE_NUMBER_DATE: readonly ResultField[] = [
  { id: 'city', label: { kk: 'қ.', ru: 'г.', en: 'City' }, source: "office's city" },
  {
    id: 'number',
    label: { kk: '№', ru: '№', en: 'No.' },
    source: 'certificate/reference number (domain.md §5)',
  },
  { id: 'date', label: { kk: 'күні', ru: 'дата', en: 'Date' }, source: 'date the head signed' },
];

export const CERTIFICATE_2011: ResultDocumentDescriptor = {
  kind: 'certificate',
  annex: 'annex 5',
  title: {
    kk: 'Қазақстан Республикасының _____ (облыс, қала, аудан) аумағында қызметін жүзеге асыратын миссионерді есептік тіркеу және қайта тіркеу туралы КУӘЛІГІ',
    ru: 'СВИДЕТЕЛЬСТВО об учетной регистрации и перерегистрации миссионера, осуществляющего деятельность на территории _____ (область, город, район) Республики Казахстан',
    en: 'CERTIFICATE of registration and re-registration of a missionary working on the territory of _____ (region, city, district) of the Republic of Kazakhstan',
  },
  fields: [
    {
      id: 'territoryInTitle',
      label: { kk: '(облыс, қала, аудан)', ru: '(область, город, район)', en: '(region, city, district)' },
      source: "the office's territory",
    },
    ...PLACE_NUMBER_DATE,
    {
      id: 'fullName',
      label: {
        kk: 'миссионердің тегі, аты, әкесінің аты',
        ru: 'фамилия, имя, отчество миссионера',
        en: "missionary's surname, name, patronymic",
      },
      source: 'applicant.name',
    },
    {
      id: 'passport',
      label: { kk: 'Төлқұжат', ru: 'Паспорт', en: 'Passport' },
      source: 'applicant.identityDocument',
    },
    {
      id: 'citizenship',
      label: { kk: 'Азаматтығы', ru: 'Гражданство', en: 'Citizenship' },
      source: 'applicant.citizenship',
    },
    {
      id: 'affiliation',
      label: {
        kk: 'діни ұстанымы, қай діни бірлестікке жатады',
        ru: 'вероисповедание, к какому религиозному объединению относится',
        en: 'religious affiliation and the association he or she belongs to',
      },
      source: 'affiliation + sendingAssociation.name',
    },
    {
      id: 'territory',
      label: {
        kk: 'Қызметін жүзеге асыратын аумақ',
        ru: 'Территория осуществления деятельности',
        en: 'Territory of activity',
      },
      source: 'territory',
    },
    {
      id: 'validUntil',
      label: {
        kk: 'Осы куәлік … дейін жарамды',
        ru: 'Настоящее свидетельство действительно до',
        en: 'Valid until',
      },
      source: 'certificateValidUntil(version, term.to, issue date)',
    },
    {
      id: 'head',
      label: { kk: 'Орган басшысы', ru: 'Руководитель органа', en: 'Head of the body' },
      source: 'signer',
    },
  ],
  signedBy: 'head',
  sealed: true,
  hasValidUntil: true,
};

export const REFERENCE_2011: ResultDocumentDescriptor = {
  kind: 'reference',
  annex: 'annex 6',
  title: {
    kk: 'Заңды тұлға белгілері жоқ саны аз діни топтарды есептік тіркеу және қайта тіркеу туралы анықтама',
    ru: 'Справка об учетной регистрации и перерегистрации малочисленной религиозной группы, не имеющей признаков юридического лица',
    en: 'Reference of registration and re-registration of a small religious group without legal personality',
  },
  fields: [
    {
      id: 'registeringBody',
      label: {
        kk: 'өтінішті тіркеуші органның атауы',
        ru: 'наименование регистрирующего органа',
        en: 'registering body',
      },
      source: "office's name",
    },
    ...PLACE_NUMBER_DATE,
    // Annex 6 prints "миссионердің тегі, аты, әкесінің аты" here, a slip copied from annex 5;
    // standard.md reads it as the applicant.
    {
      id: 'applicantName',
      label: {
        kk: 'өтініш берушінің тегі, аты, әкесінің аты',
        ru: 'фамилия, имя, отчество заявителя',
        en: "applicant's full name",
      },
      source: 'applicant (the leader, or the representative acting for the group)',
    },
    {
      id: 'groupName',
      label: { kk: 'Діни топтың атауы', ru: 'Наименование религиозной группы', en: 'Name of the group' },
      source: 'groupName',
    },
    {
      id: 'affiliation',
      label: {
        kk: 'Топтың діни ұстанымы',
        ru: 'Вероисповедание группы',
        en: "Group's religious affiliation",
      },
      source: 'affiliation',
    },
    {
      id: 'leader',
      label: { kk: 'Топ басшысы', ru: 'Руководитель группы', en: 'Group leader' },
      source: 'leader.name',
    },
    {
      id: 'groupAddress',
      label: { kk: 'Діни топтың мекенжайы', ru: 'Адрес религиозной группы', en: "Group's address" },
      source: 'location',
    },
    {
      id: 'territory',
      label: {
        kk: 'Қызметін жүзеге асыратын аумақ',
        ru: 'Территория осуществления деятельности',
        en: 'Territory of activity',
      },
      source: 'territory',
    },
    {
      id: 'head',
      label: { kk: 'Орган басшысы', ru: 'Руководитель органа', en: 'Head of the body' },
      source: 'signer',
    },
  ],
  signedBy: 'head',
  sealed: true,
  hasValidUntil: false,
};
