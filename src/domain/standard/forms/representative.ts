import type { PlainDate } from '../deps.js';
import { checkDate, isBefore } from './dates.js';
import { checkText, join, type Issues } from './field-issue.js';
import { checkPerson, type PersonInput } from './person.js';

// §11 (opening words) and §15: the consumer may act through a representative under a notarised
// power of attorney (domain.md §2) — not the same thing as the mandate a religious association
// gives its missionary.
export interface PowerOfAttorneyInput {
  number: string;
  date: string;
  notary: string;
  validUntil: string;
}

export interface RepresentativeInput {
  person: PersonInput;
  powerOfAttorney: PowerOfAttorneyInput;
}

export function checkRepresentative(
  issues: Issues,
  path: string,
  r: RepresentativeInput,
  applicationDate: PlainDate,
): void {
  checkPerson(issues, join(path, 'person'), r.person, 'representative', applicationDate);
  const poa = join(path, 'powerOfAttorney');
  checkText(issues, join(poa, 'number'), r.powerOfAttorney.number, 50);
  checkText(issues, join(poa, 'notary'), r.powerOfAttorney.notary, 200);
  const date = checkDate(issues, join(poa, 'date'), r.powerOfAttorney.date, { notAfter: applicationDate });
  const until = checkDate(issues, join(poa, 'validUntil'), r.powerOfAttorney.validUntil);
  if (date && until && isBefore(until, date)) issues.error(join(poa, 'validUntil'), 'DATE_ORDER');
  else if (until && isBefore(until, applicationDate))
    issues.warn(join(poa, 'validUntil'), 'POWER_OF_ATTORNEY_EXPIRED');
}
