import { STANDARD_2011, type FormDescriptor, type Localized } from '../domain/standard/index.js';
import { labelled, valueOverCaption } from './render/blocks.js';
import { legalDate } from './render/legal-words.js';
import { Sheet } from './render/sheet.js';
import type { DocumentOptions, GroupApplicationData, MissionaryApplicationData } from './types.js';

// Annexes 7 and 8: the application forms, blank (§12: templates published for applicants to fill
// in by hand) or filled from the data taken at the counter or online. Labels are the rule
// version's form fields (src/domain/standard/forms/form-fields.ts); the punctuation after each
// label and the order are the seed's. The applicant signs by hand in both cases.

/** The labels the seed follows with a colon (seed/standard-2011-kk.txt, annexes 7 and 8). */
const COLON: Readonly<Record<string, ReadonlySet<string>>> = {
  'annex 7': new Set(['address', 'affiliation', 'term']),
  'annex 8': new Set([
    'groupNameAndAffiliation',
    'leaderName',
    'adultMemberCount',
    'location',
    'religiousBuilding',
    'territory',
  ]),
};

/** Rules a blank form leaves for each hand-written answer. */
const BLANK_LINES: Readonly<Record<string, number>> = {
  applicantName: 2,
  address: 2,
  identityDocument: 2,
  affiliation: 1,
  term: 1,
  territory: 2,
  groupNameAndAffiliation: 2,
  leaderName: 1,
  adultMemberCount: 1,
  location: 2,
  religiousBuilding: 1,
};

function fieldLabel(form: FormDescriptor, id: string, lang: keyof Localized): string {
  const f = form.fields.find((x) => x.id === id);
  if (!f) throw new RangeError(`${form.annex} has no field ${id}`);
  const text = f.label[lang];
  // The registering body's label is a caption in brackets under its line, as the seed prints it.
  if (id === 'registeringBody') return `(${text})`;
  return COLON[form.annex]?.has(id) ? `${text}:` : text;
}

/** Draws something (the incoming stamp of §14) in the free space left of the registering body. */
export type BesideHeader = (x: number, width: number) => void;

/** Draws the form on the sheet: values in bold after their labels, or rules when blank. */
function drawForm(
  sheet: Sheet,
  form: FormDescriptor,
  values: Readonly<Record<string, string>> | null,
  beside?: BesideHeader,
): void {
  const lang = sheet.lang;
  const columnX = sheet.left + sheet.width * 0.42;
  const top = sheet.y;
  let besideBottom = top;
  if (beside) {
    beside(sheet.left, columnX - sheet.left - 14);
    besideBottom = sheet.y;
    sheet.y = top;
  }
  valueOverCaption(sheet, values?.registeringBody ?? null, fieldLabel(form, 'registeringBody', lang), {
    x: columnX,
    width: sheet.right - columnX,
    size: 11,
    // Annex 8 asks for the body's address too.
    blankLines: form.annex === 'annex 8' ? 3 : 2,
  });
  sheet.y = Math.max(sheet.y, besideBottom);
  sheet.gap(20);
  // One line when it fits at a slightly smaller size, else wrapped at the full size.
  sheet.line(form.title[lang], {
    face: 'bold',
    size: 13,
    minSize: 11.5,
    wrapSize: 13,
    align: 'center',
    gapAfter: 18,
  });
  for (const f of form.fields) {
    if (f.id === 'registeringBody') continue;
    const text = fieldLabel(form, f.id, lang);
    // The signature is always the applicant's own hand, even on a form printed from data.
    const value = f.paperOnly ? null : (values?.[f.id] ?? null);
    labelled(sheet, text, value, { lines: BLANK_LINES[f.id] ?? 1, gapAfter: values ? 10 : 8 });
  }
}

export function missionaryFormValues(
  a: MissionaryApplicationData,
  lang: keyof Localized,
): Record<string, string> {
  return {
    registeringBody: a.registeringBody,
    applicantName: a.applicantName,
    address: a.address,
    identityDocument: a.identityDocument,
    affiliation: a.affiliation,
    term: `${legalDate(a.term.from, lang)} – ${legalDate(a.term.to, lang)}`,
    territory: a.territory,
    applicationDate: legalDate(a.applicationDate, lang),
  };
}

export function groupFormValues(a: GroupApplicationData, lang: keyof Localized): Record<string, string> {
  return {
    registeringBody: a.registeringBody,
    groupNameAndAffiliation: `${a.groupName}, ${a.affiliation}`,
    leaderName: a.leaderName,
    adultMemberCount: String(a.adultMemberCount),
    location: a.location,
    religiousBuilding: a.religiousBuilding,
    territory: a.territory,
    applicationDate: legalDate(a.applicationDate, lang),
  };
}

export function drawMissionaryApplication(
  sheet: Sheet,
  data: MissionaryApplicationData | null,
  beside?: BesideHeader,
): void {
  const form = STANDARD_2011.applicationForms.missionary;
  drawForm(sheet, form, data ? missionaryFormValues(data, sheet.lang) : null, beside);
}

export function drawGroupApplication(
  sheet: Sheet,
  data: GroupApplicationData | null,
  beside?: BesideHeader,
): void {
  const form = STANDARD_2011.applicationForms.group;
  drawForm(sheet, form, data ? groupFormValues(data, sheet.lang) : null, beside);
}

/** Annex 7, the missionary's application: blank when `data` is null. */
export async function renderMissionaryApplication(
  data: MissionaryApplicationData | null,
  options: DocumentOptions,
): Promise<Buffer> {
  const sheet = new Sheet({ options, title: STANDARD_2011.applicationForms.missionary.title[options.lang] });
  drawMissionaryApplication(sheet, data);
  return sheet.finish();
}

/** Annex 8, the group's application: blank when `data` is null. */
export async function renderGroupApplication(
  data: GroupApplicationData | null,
  options: DocumentOptions,
): Promise<Buffer> {
  const sheet = new Sheet({ options, title: STANDARD_2011.applicationForms.group.title[options.lang] });
  drawGroupApplication(sheet, data);
  return sheet.finish();
}
