import type { ChecklistAnswers } from '../checklist/checklist.js';
import { checkAffiliation, type ReligiousAffiliation } from '../confessions.js';
import type { PlainDate } from '../deps.js';
import { comparePlainDates, daysInMonth, fromParts, parseBin, toParts } from '../deps.js';
import type { RuleVersion } from '../rule-version.js';
import { checkDate } from './dates.js';
import { checkText, Issues, join, type ValidationResult } from './field-issue.js';
import { checkOffice } from './office.js';
import { checkPerson, type PersonInput } from './person.js';
import { checkRepresentative, type RepresentativeInput } from './representative.js';

// Annex 8 (the group's application) and the parties of a group case (domain.md §2): the group,
// its leader and members, the premises document (§11.2: one of three kinds) and the owner.
export type PremisesDocumentKind = 'lease-contract' | 'purchase-contract' | 'registered-title';

export interface GroupApplicationInput {
  kind: 'group-registration' | 'group-re-registration';
  officeCode: string;
  applicationDate: string;
  /** Annex 8: «діни топтың атауы, оның діни ұстанымы». */
  groupName: string;
  affiliation: ReligiousAffiliation;
  /** Annex 8: «топ басшысының тегі, аты, әкесінің аты». */
  leader: PersonInput;
  /** The other members, each with IIN or passport (§11.2 copies); the leader is not repeated. */
  members: readonly PersonInput[];
  /** Annex 8: «кәмелетке толған мүшелерінің саны», as written by the applicant. */
  adultMemberCount: number;
  /** Annex 8: «діни топтың орналасқан жері». */
  location: string;
  /** Annex 8: «діни құрылыстың бар болуы». */
  religiousBuilding: { has: false } | { has: true; address: string };
  /** Annex 8: «қызметі жүзеге асырылатын аумақ». */
  territory: string;
  premises: {
    documentKind: PremisesDocumentKind;
    documentNumber?: string;
    documentDate: string;
    owner:
      { kind: 'natural-person'; person: PersonInput } | { kind: 'legal-entity'; name: string; bin?: string };
    /** The natural-person owner's consent (§11.2), when recorded. */
    consentDate?: string;
  };
  representative?: RepresentativeInput;
}

export function validateGroupApplication(a: GroupApplicationInput, version: RuleVersion): ValidationResult {
  const issues = new Issues();
  checkOffice(issues, 'officeCode', a.officeCode);
  const appDate = checkDate(issues, 'applicationDate', a.applicationDate);
  if (appDate === null) return issues.result();

  checkText(issues, 'groupName', a.groupName);
  const aff = checkAffiliation(a.affiliation, version.confessions);
  if (aff) issues.error('affiliation', aff);
  checkText(issues, 'location', a.location);
  checkText(issues, 'territory', a.territory);
  if (a.religiousBuilding?.has) checkText(issues, 'religiousBuilding.address', a.religiousBuilding.address);

  const people = [
    {
      path: 'leader',
      input: a.leader,
      checked: checkPerson(issues, 'leader', a.leader, 'group-leader', appDate),
    },
    ...a.members.map((m, i) => {
      const path = join('members', String(i));
      return { path, input: m, checked: checkPerson(issues, path, m, 'group-member', appDate) };
    }),
  ];

  // One person listed twice would be counted twice.
  const seen = new Set<string>();
  for (const p of people) {
    const iin = p.input.iin?.trim() ?? '';
    if (iin === '') continue;
    if (seen.has(iin)) issues.error(join(p.path, 'iin'), 'DUPLICATE_PERSON');
    seen.add(iin);
  }

  // domain.md §2: the count of adult members on annex 8 must equal the adult members listed.
  // The leader is a member of the group and is counted (a product reading; annex 8 does not say).
  if (!Number.isInteger(a.adultMemberCount) || a.adultMemberCount < 0) {
    issues.error('adultMemberCount', 'COUNT_INVALID');
  } else {
    let adults = 0;
    let unknown = false;
    for (const p of people) {
      if (p.checked.birthDate === null) {
        unknown = true;
        issues.error(join(p.path, 'birthDate'), 'BIRTH_DATE_REQUIRED');
      } else if (isAdultOn(p.checked.birthDate, appDate, version.adultAge.years)) adults++;
    }
    if (!unknown && adults !== a.adultMemberCount) issues.error('adultMemberCount', 'ADULT_COUNT_MISMATCH');
  }

  const pr = a.premises;
  checkDate(issues, 'premises.documentDate', pr.documentDate, { notAfter: appDate });
  if (pr.documentNumber !== undefined && pr.documentNumber.trim().length > 50) {
    issues.error('premises.documentNumber', 'TOO_LONG');
  }
  if (pr.owner.kind === 'natural-person') {
    checkPerson(issues, 'premises.owner.person', pr.owner.person, 'premises-owner', appDate);
    checkDate(issues, 'premises.consentDate', pr.consentDate, { required: false, notAfter: appDate });
  } else {
    checkText(issues, 'premises.owner.name', pr.owner.name);
    const bin = pr.owner.bin?.trim() ?? '';
    if (bin !== '') {
      const parsed = parseBin(bin);
      if (!parsed.ok) issues.error('premises.owner.bin', parsed.error);
    }
  }
  if (a.representative) checkRepresentative(issues, 'representative', a.representative, appDate);
  return issues.result();
}

/** Of age on `date`: the `years`-th birthday has come (29 February → 28 February). */
export function isAdultOn(birthDate: PlainDate, date: PlainDate, years: number): boolean {
  const b = toParts(birthDate);
  const y = b.year + years;
  const birthday = fromParts(y, b.month, Math.min(b.day, daysInMonth(y, b.month)));
  return comparePlainDates(birthday, date) <= 0;
}

/** The §11 checklist answers that follow from the application itself. */
export function groupChecklistAnswers(a: GroupApplicationInput): ChecklistAnswers {
  return { representative: a.representative ? 'yes' : 'no', premisesOwner: a.premises.owner.kind };
}
