import type { Localized } from './localized.js';

// domain.md §4: four kinds of case. §11 gives one checklist per subject (missionary, group);
// registration and re-registration share it.
export const APPLICATION_KINDS = [
  'missionary-registration',
  'missionary-re-registration',
  'group-registration',
  'group-re-registration',
] as const;

export type ApplicationKind = (typeof APPLICATION_KINDS)[number];
export type ApplicationSubject = 'missionary' | 'group';

export function subjectOf(kind: ApplicationKind): ApplicationSubject {
  return kind.startsWith('missionary') ? 'missionary' : 'group';
}

export function isApplicationKind(value: string): value is ApplicationKind {
  return (APPLICATION_KINDS as readonly string[]).includes(value);
}

// Names after the standard's title: «есептік тіркеу» / «учетная регистрация».
export const APPLICATION_KIND_NAMES: Readonly<Record<ApplicationKind, Localized>> = {
  'missionary-registration': {
    kk: 'Миссионерді есептік тіркеу',
    ru: 'Учетная регистрация миссионера',
    en: 'Registration of a missionary',
  },
  'missionary-re-registration': {
    kk: 'Миссионерді қайта тіркеу',
    ru: 'Перерегистрация миссионера',
    en: 'Re-registration of a missionary',
  },
  'group-registration': {
    kk: 'Заңды тұлға белгілері жоқ саны аз діни топты есептік тіркеу',
    ru: 'Учетная регистрация малочисленной религиозной группы, не имеющей признаков юридического лица',
    en: 'Registration of a small religious group without legal personality',
  },
  'group-re-registration': {
    kk: 'Заңды тұлға белгілері жоқ саны аз діни топты қайта тіркеу',
    ru: 'Перерегистрация малочисленной религиозной группы, не имеющей признаков юридического лица',
    en: 'Re-registration of a small religious group without legal personality',
  },
};
