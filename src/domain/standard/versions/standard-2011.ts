import { CHECKLISTS_2011, QUESTIONS_2011 } from '../checklist/checklists-2011.js';
import { CONFESSIONS_2011 } from '../confessions.js';
import { plainDate } from '../deps.js';
import { ANNEX_7_2011, ANNEX_8_2011 } from '../forms/form-fields.js';
import { CERTIFICATE_2011, REFERENCE_2011 } from '../result-documents.js';
import type { RuleVersion } from '../rule-version.js';
import { SERVICE_TEXTS_2011 } from '../about/service-texts-2011.js';
import {
  ACTS_2011,
  DECREE_2011_20,
  DECREE_2011_888,
  DECREE_2012_211,
  LAW_1992_RELIGION,
  LAW_2011_483,
} from './legal-acts-2011.js';

// The seed: the standard approved by Government Decree No. 20 of 21 January 2011
// (seed/standard-2011-kk.txt). It stays in force for the product until a later version is added
// as data; its adoption, the amendment of clause 19 and its repeal are kept as history.
export const STANDARD_2011: RuleVersion = {
  id: 'standard-2011',
  title: SERVICE_TEXTS_2011.title,
  // ASSUMPTION. The decree is in force "from the day of its first official publication" (point 2).
  // The publication is known — САПП 2011, No. 13, art. 166 — but not its date, and no newspaper
  // publication date was found. The adoption day is used: the earliest day the decree could have
  // taken effect. Replace with the day of first publication once it is established.
  effectiveFrom: plainDate('2011-01-21'),
  effectiveFromAssumed: true,
  effectiveFromNote:
    'Assumed: the adoption day of Decree No. 20 (21.01.2011). The decree took effect on the day of its first official publication (САПП РК 2011, № 13, ст. 166), a date not established.',
  approvedBy: DECREE_2011_20,
  serviceBasis: {
    citation: { actId: LAW_1992_RELIGION.id, clause: 'art. 6-2' },
    text: {
      kk: '«Діни сенім бостандығы және діни бірлестіктер туралы» Қазақстан Республикасының 1992 жылғы 15 қаңтардағы Заңының 6-2-бабы',
      ru: 'статья 6-2 Закона Республики Казахстан от 15 января 1992 года «О свободе вероисповедания и религиозных объединениях»',
      en: 'article 6-2 of the Law of 15 January 1992 "On freedom of religion and religious associations"',
    },
  },
  acts: ACTS_2011,
  history: [
    {
      kind: 'adopted',
      act: DECREE_2011_20,
      clauses: [],
      effective: null,
      note: 'in force from first official publication; date not established',
    },
    {
      kind: 'amended',
      act: DECREE_2011_888,
      clauses: ['§19'],
      effective: null,
      note: 'clause 19 in new wording: annex 9 target values approved yearly by order of the Agency for Religious Affairs',
    },
    {
      kind: 'repealed',
      act: DECREE_2012_211,
      clauses: [],
      effective: null,
      note: 'in force ten calendar days after first official publication (date not established); kept as history — the product serves this version until a later one is added as data',
    },
  ],
  questions: QUESTIONS_2011,
  checklists: CHECKLISTS_2011,
  refusalGrounds: [
    {
      id: 'incomplete-documents',
      kind: 'incomplete-documents',
      name: {
        kk: 'Осы стандарттың 11-тармағында көзделген құжаттардың толық ұсынылмауы',
        ru: 'Непредставление полного пакета документов, предусмотренных пунктом 11 стандарта',
        en: 'Not all the documents required by clause 11 of the standard were handed in',
      },
      basis: { actId: DECREE_2011_20.id, clause: '§16' },
    },
  ],
  timeLimits: {
    result: { workingDays: 7, clause: '§7.1' },
    refusalDelivery: { workingDays: 3, clause: '§16' },
    queueWait: { minutes: 30, clause: '§7.2' },
    service: { minutes: 15, clause: '§7.3' },
    collectWait: { minutes: 15, clause: '§7.4' },
  },
  // The 2011 standard sets no maximum term (annex 7 only asks for the term; annex 5 prints
  // "valid until"), nor does article 6-2 of the 1992 Law as far as was checked. From 2011 the
  // Law of 11 October 2011 No. 483-IV, article 8, makes missionary registration last at most one
  // year; the product applies that same one-year bound to this version so that no certificate
  // runs open-ended. A product reading, recorded as such.
  missionaryTerm: {
    maxMonths: 12,
    basis: `Product decision for the 2011 standard, which sets no maximum: one year, as in article 8 of the Law of 11.10.2011 No. 483-IV (${LAW_2011_483.id}); the article's text was not re-checked for this version`,
    isProductDecision: true,
  },
  adultAge: {
    years: 18,
    basis: 'Civil Code of the Republic of Kazakhstan (General Part): full legal capacity at eighteen',
  },
  confessions: CONFESSIONS_2011,
  resultDocuments: { certificate: CERTIFICATE_2011, reference: REFERENCE_2011 },
  applicationForms: { missionary: ANNEX_7_2011, group: ANNEX_8_2011 },
  service: SERVICE_TEXTS_2011,
};
