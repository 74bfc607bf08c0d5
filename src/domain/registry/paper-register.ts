// The paper past (issue 6): offices that kept paper registers bring their registrations into the
// registry, one CSV row per certificate (annex 5) or reference (annex 6) as the register recorded it
// (docs/registry-import.md). Pure: a row's fields in, the registration or the row's problems out.
// A number is kept as printed when it is in the registry's form (domain.md §5, RR-NNN/YYYY/K-NNNN);
// a paper register's bare sequence number ("12", "№ 0012") becomes that form from the office, the
// year issued and the kind — the same number the public check is asked for.
import { CONFESSIONS_2011 } from '../standard/confessions.js';
import { countryAlpha2 } from '../standard/forms/iso-3166.js';
import { isCyrillicName } from '../standard/forms/names.js';
import { formatCertificateNumber, parseCertificateNumber } from '../identifiers/certificate-number.js';
import { parseOfficeCode } from '../identifiers/office-code.js';
import { parseIin } from '../identifiers/iin.js';
import { isAnnulmentReason, type AnnulmentReason } from '../certificate/public-status.js';
import { comparePlainDates, isPlainDate, type PlainDate } from '../time/plain-date.js';
import {
  groupNameKey,
  normalizeIin,
  normalizePassportNumber,
  personDisplayName,
  searchTextOf,
} from './registrant-identity.js';
import { nameTokens } from './name-key.js';

/** The template's columns, in its order (docs/registry-import.md). */
export const PAPER_COLUMNS = [
  'office_code',
  'kind',
  'number',
  'issued_on',
  'valid_until',
  'surname',
  'name',
  'patronymic',
  'latin_name',
  'group_name',
  'iin',
  'citizenship',
  'passport_number',
  'territory',
  'confession',
  'status',
  'annulment_reason',
] as const;
export type PaperColumn = (typeof PAPER_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly PaperColumn[] = [
  'office_code',
  'kind',
  'number',
  'issued_on',
  'territory',
];

export interface PaperRegistration {
  officeCode: string;
  kind: 'certificate' | 'reference';
  /** The registry's form of the number. */
  number: string;
  year: number;
  seq: number;
  issuedOn: PlainDate;
  validUntil: PlainDate | null;
  holder: string;
  territory: string;
  confession: string | null;
  status: 'valid' | 'annulled' | 'superseded';
  annulmentReason: AnnulmentReason | null;
  registrant:
    | {
        kind: 'person';
        iin: string | null;
        citizenship: string | null;
        passportNumber: string | null;
        displayName: string;
        latinName: string | null;
        tokens: string[];
        searchText: string;
      }
    | { kind: 'group'; nameKey: string; displayName: string; tokens: string[]; searchText: string };
}

/** A date as paper registers write it: 2019-03-04 or 04.03.2019. */
export function paperDate(value: string): PlainDate | null {
  const v = value.trim();
  const dotted = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(v);
  const iso = dotted ? `${dotted[3]}-${dotted[2]}-${dotted[1]}` : v;
  return isPlainDate(iso) ? iso : null;
}

/** The number in the registry's form, or why it cannot be one. */
export function paperNumber(
  printed: string,
  officeCode: string,
  kind: 'certificate' | 'reference',
  year: number,
): { number: string; seq: number } | { problem: string } {
  const v = printed.trim();
  const full = parseCertificateNumber(v);
  if (full.ok) {
    const n = full.value;
    if (`${n.office.region}-${String(n.office.seq).padStart(3, '0')}` !== officeCode)
      return { problem: `the number's office is not ${officeCode}` };
    if (n.kind !== kind) return { problem: `the number is of a ${n.kind}, the row says ${kind}` };
    if (n.year !== year)
      return { problem: `the number's year ${String(n.year)} is not the year issued (${String(year)})` };
    return { number: formatCertificateNumber(n), seq: n.seq };
  }
  const bare = /^(?:№\s*|N\s*|No\.?\s*)?0*(\d{1,4})$/i.exec(v);
  if (!bare) return { problem: 'number: neither RR-NNN/YYYY/K-NNNN nor a sequence number of 1 to 9999' };
  const seq = Number(bare[1]);
  if (seq < 1) return { problem: 'number: a sequence number starts at 1' };
  const office = parseOfficeCode(officeCode);
  if (!office.ok) return { problem: `office_code ${officeCode}: not an office code` };
  return { number: formatCertificateNumber({ office: office.value, year, kind, seq }), seq };
}

const cell = (row: Partial<Record<string, string>>, c: PaperColumn) =>
  (row[c] ?? '').replace(/\s+/g, ' ').trim();

/** Checks one row; `offices` holds the codes of the service offices that exist. */
export function checkPaperRow(
  row: Partial<Record<string, string>>,
  ctx: { offices: ReadonlySet<string>; today: PlainDate },
): { ok: true; value: PaperRegistration } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  for (const c of REQUIRED_COLUMNS) if (cell(row, c) === '') problems.push(`${c} is empty`);
  const officeCode = cell(row, 'office_code');
  if (officeCode !== '' && !/^\d{2}-\d{3}$/.test(officeCode))
    problems.push(`office_code ${officeCode}: not RR-NNN`);
  else if (officeCode !== '' && !ctx.offices.has(officeCode))
    problems.push(`office_code ${officeCode}: no such service office`);
  const kindRaw = cell(row, 'kind').toLowerCase();
  const kind = kindRaw === 'certificate' || kindRaw === 'reference' ? kindRaw : null;
  if (kindRaw !== '' && !kind) problems.push(`kind ${kindRaw}: certificate or reference`);

  const issuedRaw = cell(row, 'issued_on');
  const issuedOn = issuedRaw === '' ? null : paperDate(issuedRaw);
  if (issuedRaw !== '' && !issuedOn)
    problems.push(`issued_on ${issuedRaw}: not a date (YYYY-MM-DD or DD.MM.YYYY)`);
  else if (issuedOn && comparePlainDates(issuedOn, ctx.today) > 0)
    problems.push(`issued_on ${issuedOn} is in the future`);
  const untilRaw = cell(row, 'valid_until');
  const validUntil = untilRaw === '' ? null : paperDate(untilRaw);
  if (untilRaw !== '' && !validUntil) problems.push(`valid_until ${untilRaw}: not a date`);
  // domain.md §4: a certificate has a valid-until date; a reference (groups) has none.
  if (kind === 'certificate' && untilRaw === '') problems.push('valid_until is empty: a certificate has one');
  if (kind === 'reference' && untilRaw !== '') problems.push('valid_until: a reference has no expiry');
  if (issuedOn && validUntil && comparePlainDates(validUntil, issuedOn) < 0)
    problems.push('valid_until is before issued_on');

  let number: { number: string; seq: number } | null = null;
  if (kind && issuedOn && cell(row, 'number') !== '' && /^\d{2}-\d{3}$/.test(officeCode)) {
    const n = paperNumber(cell(row, 'number'), officeCode, kind, Number(issuedOn.slice(0, 4)));
    if ('problem' in n) problems.push(n.problem);
    else number = n;
  }

  const confession = cell(row, 'confession');
  if (confession !== '' && !CONFESSIONS_2011.some((c) => c.id === confession))
    problems.push(`confession ${confession}: not an id of the list`);
  const status = (cell(row, 'status') || 'valid').toLowerCase();
  if (!['valid', 'annulled', 'superseded'].includes(status))
    problems.push(`status ${status}: valid, annulled or superseded`);
  const reason = cell(row, 'annulment_reason');
  if (status === 'annulled' && !isAnnulmentReason(reason))
    problems.push(
      `annulment_reason ${reason || '(empty)'}: court_decision, registering_body_decision, issued_in_error or activity_ended`,
    );
  if (status !== 'annulled' && reason !== '')
    problems.push('annulment_reason is given for a registration that is not annulled');

  let registrant: PaperRegistration['registrant'] | null = null;
  if (kind === 'reference') {
    const groupName = cell(row, 'group_name');
    if (groupName === '') problems.push('group_name is empty: a reference is a group’s');
    for (const c of ['surname', 'name', 'patronymic', 'latin_name', 'iin', 'passport_number'] as const)
      if (cell(row, c) !== '') problems.push(`${c}: a reference names the group, not a person`);
    const tokens = nameTokens(groupName);
    if (groupName !== '' && tokens.length === 0) problems.push('group_name has no letters');
    registrant = {
      kind: 'group',
      nameKey: groupNameKey(groupName),
      displayName: groupName,
      tokens,
      searchText: searchTextOf(tokens),
    };
  } else if (kind === 'certificate') {
    const p = { surname: cell(row, 'surname'), name: cell(row, 'name'), patronymic: cell(row, 'patronymic') };
    for (const c of ['surname', 'name'] as const)
      if (p[c] === '') problems.push(`${c} is empty`);
      else if (!isCyrillicName(p[c])) problems.push(`${c}: in Cyrillic, as the register wrote it`);
    if (p.patronymic !== '' && !isCyrillicName(p.patronymic)) problems.push('patronymic: in Cyrillic');
    if (cell(row, 'group_name') !== '') problems.push('group_name: a certificate is a missionary’s');
    const iin = normalizeIin(cell(row, 'iin'));
    const passport = normalizePassportNumber(cell(row, 'passport_number'));
    const citizenshipRaw = cell(row, 'citizenship');
    const citizenship = citizenshipRaw === '' ? null : countryAlpha2(citizenshipRaw);
    if (citizenshipRaw === '') problems.push('citizenship is empty');
    else if (!citizenship) problems.push(`citizenship ${citizenshipRaw}: not an ISO 3166 code`);
    if (iin !== '') {
      const parsed = parseIin(iin);
      if (!parsed.ok) problems.push(`iin ${iin}: ${parsed.error}`);
    } else if (citizenship === 'KZ') problems.push('iin is empty: a citizen is known by the IIN');
    else if (passport === '')
      problems.push('iin and passport_number are both empty: a person is known by one of them');
    if (passport !== '' && !/^[A-Z0-9]{3,30}$/.test(passport))
      problems.push(`passport_number ${passport}: letters and digits`);
    const displayName = personDisplayName(p);
    const latin = cell(row, 'latin_name').toUpperCase();
    const tokens = nameTokens(displayName, latin);
    registrant = {
      kind: 'person',
      iin: iin === '' ? null : iin,
      citizenship: iin === '' ? citizenship : null,
      passportNumber: iin === '' ? passport : null,
      displayName,
      latinName: latin === '' ? null : latin,
      tokens,
      searchText: searchTextOf(tokens),
    };
  }
  if (problems.length || !kind || !issuedOn || !number || !registrant) return { ok: false, problems };
  return {
    ok: true,
    value: {
      officeCode,
      kind,
      number: number.number,
      year: Number(issuedOn.slice(0, 4)),
      seq: number.seq,
      issuedOn,
      validUntil,
      holder: registrant.displayName,
      territory: cell(row, 'territory'),
      confession: confession === '' ? null : confession,
      status: status as PaperRegistration['status'],
      annulmentReason: status === 'annulled' ? (reason as AnnulmentReason) : null,
      registrant,
    },
  };
}
