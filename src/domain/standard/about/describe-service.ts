import { APPLICATION_KIND_NAMES, APPLICATION_KINDS, type ApplicationKind } from '../application-kind.js';
import type { Checklist, ChecklistItem } from '../checklist/checklist.js';
import { interpolate, type Lang } from '../localized.js';
import type { RuleVersion } from '../rule-version.js';
import { quantityPhrases } from './quantity-phrases.js';
import type { TextSection } from './service-content.js';

// §4, §12: the public "about the service" content of a rule version, structured for a page.
// Everything variable comes from the version itself — the §11 lists from its checklists, the §7
// and §16 figures from its time limits, the grounds from its refusal grounds, the forms from its
// annexes — so the page can never disagree with the rules the counter applies.
export type ServiceSectionId =
  | 'provider'
  | 'result'
  | 'documents'
  | 'terms'
  | 'refusal'
  | 'fee'
  | 'schedule'
  | 'queue'
  | 'building'
  | 'handover'
  | 'complaints'
  | 'forms'
  | 'information';

export interface DescribedItem {
  id: string;
  text: string;
  /** Original / copy / shown only / items handed in; null outside the §11 lists. */
  form: string | null;
  /** When a conditional item is needed, e.g. "if the owner of the premises is a natural person". */
  when: string | null;
  /** For items with one of several kinds of document: the kinds. */
  oneOf: string[];
  perPerson: string | null;
  note: string | null;
}

export interface DescribedList {
  id: string;
  heading: string;
  /** The application kinds this list serves (for the documents section). */
  kinds: ApplicationKind[];
  items: DescribedItem[];
}

export interface DescribedSection {
  id: ServiceSectionId;
  clauses: string[];
  heading: string;
  paragraphs: string[];
  lists: DescribedList[];
  /** Paragraphs after the lists. */
  after: string[];
}

export interface ServiceDescription {
  versionId: string;
  lang: Lang;
  /** Kazakh and Russian are official; English is an unofficial translation (domain.md §6). */
  official: boolean;
  notice: string | null;
  title: string;
  oneOfLabel: string;
  sections: DescribedSection[];
}

export function describeService(version: RuleVersion, lang: Lang): ServiceDescription {
  const c = version.service;
  const q = quantityPhrases(lang);
  const t = version.timeLimits;
  const figures = {
    resultDays: q.workingDays(t.result.workingDays),
    refusalDays: q.workingDaysWithin(t.refusalDelivery.workingDays),
    queueWait: q.minutesAtMost(t.queueWait.minutes),
    service: q.minutesAtMost(t.service.minutes),
    collectWait: q.minutesAtMost(t.collectWait.minutes),
  };
  const section = (
    id: ServiceSectionId,
    clauses: string[],
    s: TextSection,
    lists: DescribedList[] = [],
    after: string[] = [],
  ): DescribedSection => ({
    id,
    clauses,
    heading: s.heading[lang],
    paragraphs: s.paragraphs.map((p) => interpolate(p[lang], figures)),
    lists,
    after,
  });
  const plain = (id: string, text: string): DescribedItem => ({
    id,
    text,
    form: null,
    when: null,
    oneOf: [],
    perPerson: null,
    note: null,
  });

  const groundsList: DescribedList = {
    id: 'refusal-grounds',
    heading: c.refusal.groundsHeading[lang],
    kinds: [],
    items: version.refusalGrounds.map((g) => plain(g.id, g.name[lang])),
  };
  const formsList: DescribedList = {
    id: 'application-forms',
    heading: c.forms.heading[lang],
    kinds: [],
    items: [version.applicationForms.missionary, version.applicationForms.group].map((f) =>
      plain(f.annex, `${f.title[lang]} (${f.annex})`),
    ),
  };

  return {
    versionId: version.id,
    lang,
    official: lang !== 'en',
    notice: lang === 'en' ? c.unofficialNotice : null,
    title: c.title[lang],
    oneOfLabel: c.oneOf[lang],
    sections: [
      section('provider', ['§1', '§2', '§3', '§6'], c.provider),
      section('result', ['§5'], c.result),
      section(
        'documents',
        ['§11', '§13', '§14'],
        c.documents,
        documentLists(version, lang),
        c.documents.after.map((p) => p[lang]),
      ),
      section('terms', ['§7'], c.terms),
      section('refusal', ['§16'], c.refusal, [groundsList]),
      section('fee', ['§8'], c.fee),
      section('schedule', ['§9'], c.schedule),
      section('queue', ['§9'], c.queue),
      section('building', ['§10'], c.building),
      section('handover', ['§15'], c.handover),
      section('complaints', ['§20', '§21', '§22', '§23', '§24', '§25'], c.complaints),
      section('forms', ['§12'], c.forms, [formsList]),
      section('information', ['§4', '§26'], c.information),
    ],
  };
}

/** One list per distinct checklist; kinds sharing a checklist (§11: registration and
 * re-registration) share a list, headed by their names. */
function documentLists(version: RuleVersion, lang: Lang): DescribedList[] {
  const lists: { kinds: ApplicationKind[]; checklist: Checklist }[] = [];
  for (const kind of APPLICATION_KINDS) {
    const checklist = version.checklists[kind];
    const same = lists.find((l) => sameItems(l.checklist, checklist));
    if (same) same.kinds.push(kind);
    else lists.push({ kinds: [kind], checklist });
  }
  return lists.map(({ kinds, checklist }) => ({
    id: `documents-${kinds.join('+')}`,
    heading: kinds.map((k) => APPLICATION_KIND_NAMES[k][lang]).join('; '),
    kinds,
    items: checklist.items.map((item) => describeItem(item, version, lang)),
  }));
}

function describeItem(item: ChecklistItem, version: RuleVersion, lang: Lang): DescribedItem {
  return {
    id: item.id,
    text: item.name[lang],
    form: version.service.documentForms[item.form][lang],
    when: item.when?.[lang] ?? null,
    oneOf: item.alternatives.map((a) => a.name[lang]),
    perPerson: item.perPerson?.[lang] ?? null,
    note: item.note?.[lang] ?? null,
  };
}

function sameItems(a: Checklist, b: Checklist): boolean {
  return a.items.length === b.items.length && a.items.every((item, i) => item === b.items[i]);
}
