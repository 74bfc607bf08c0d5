import type { Localized } from '../standard/localized.js';

// Annex 9 (§18): the six quality and efficiency indicators, each with a normative value, the target
// for the following year and the current value of the reporting year. The decree prints "3.1" twice;
// the second one (electronic information) is kept here as 3.2 and the print is footnoted wherever the
// table is shown (domain.md §7).
export const INDICATOR_IDS = ['1.1', '2.1', '3.1', '3.2', '4.1', '5.1'] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

export const isIndicatorId = (v: string): v is IndicatorId =>
  (INDICATOR_IDS as readonly string[]).includes(v);

/** Where the current value comes from (domain.md §7). */
export type IndicatorSource =
  | 'clocks' // 1.1: the §7.1 / §16 clocks of the cases
  | 'case_survey' // 2.1, 3.1, 5.1: the survey after hand-over or refusal
  | 'complaint_survey' // 4.1: complainants, after their complaint is closed
  | 'declared'; // 3.2: the office's declared flag (its service page is published)

export interface IndicatorDefinition {
  id: IndicatorId;
  /** The number as the decree prints it ("3.1" for 3.2). */
  printed: string;
  source: IndicatorSource;
  /** The group heading of annex 9 (1. Timeliness, 2. Quality, …). */
  group: Localized;
  /** The indicator's wording: Kazakh as in the seed, Russian in the official form, English plain. */
  title: Localized;
}

const G = {
  timeliness: { kk: 'Уақтылығы', ru: 'Своевременность', en: 'Timeliness' },
  quality: { kk: 'Сапасы', ru: 'Качество', en: 'Quality' },
  access: { kk: 'Қолжетімділік', ru: 'Доступность', en: 'Accessibility' },
  complaints: { kk: 'Шағымдану үдерісі', ru: 'Процесс обжалования', en: 'The complaint procedure' },
  politeness: { kk: 'Сыпайылық', ru: 'Вежливость', en: 'Politeness' },
} satisfies Record<string, Localized>;

export const ANNEX_9: readonly IndicatorDefinition[] = [
  {
    id: '1.1',
    printed: '1.1',
    source: 'clocks',
    group: G.timeliness,
    title: {
      kk: 'Құжаттарды тапсырған сәттен бастап белгіленген мерзімде қызметті ұсыну оқиғаларының %-ы (үлесі)',
      ru: '% (доля) случаев предоставления услуги в установленный срок с момента сдачи документа',
      en: 'Share (%) of cases served within the set term from the hand-in of the documents',
    },
  },
  {
    id: '2.1',
    printed: '2.1',
    source: 'case_survey',
    group: G.quality,
    title: {
      kk: 'Қызметті ұсыну үдерісінің сапасына қанағаттанған тұтынушылардың %-ы (үлесі)',
      ru: '% (доля) потребителей, удовлетворенных качеством процесса предоставления услуги',
      en: 'Share (%) of consumers satisfied with the quality of the service process',
    },
  },
  {
    id: '3.1',
    printed: '3.1',
    source: 'case_survey',
    group: G.access,
    title: {
      kk: 'Қызметті ұсынудың сапасына және оны ұсыну тәртібі туралы ақпаратқа қанағаттанған тұтынушылардың %-ы (үлесі)',
      ru: '% (доля) потребителей, удовлетворенных качеством и информацией о порядке предоставления услуги',
      en: 'Share (%) of consumers satisfied with the quality of the service and with the information about its procedure',
    },
  },
  {
    id: '3.2',
    printed: '3.1',
    source: 'declared',
    group: G.access,
    title: {
      kk: 'Ақпаратқа электронды форматта қол жеткізуге болатын қызметтер %-ы (үлесі)',
      ru: '% (доля) услуг, информация о которых доступна в электронном формате',
      en: 'Share (%) of services whose information is available electronically',
    },
  },
  {
    id: '4.1',
    printed: '4.1',
    source: 'complaint_survey',
    group: G.complaints,
    title: {
      kk: 'Шағымданудың қолданыстағы тәртібіне қанағаттанған тұтынушылардың %-ы (үлесі)',
      ru: '% (доля) потребителей, удовлетворенных существующим порядком обжалования',
      en: 'Share (%) of consumers satisfied with the existing complaint procedure',
    },
  },
  {
    id: '5.1',
    printed: '5.1',
    source: 'case_survey',
    group: G.politeness,
    title: {
      kk: 'Персоналдың сыпайылығына қанағаттанған тұтынушылардың %-ы (үлесі)',
      ru: '% (доля) потребителей, удовлетворенных вежливостью персонала',
      en: 'Share (%) of consumers satisfied with the politeness of the staff',
    },
  },
];

export const indicatorDefinition = (id: IndicatorId): IndicatorDefinition =>
  ANNEX_9.find((d) => d.id === id) as IndicatorDefinition;
