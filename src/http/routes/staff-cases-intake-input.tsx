// The intake form as posted (flat field paths, strings as typed) → the application input of
// annexes 7 and 8 that the validators judge. Empty optional parts are left out, so that "no
// representative" or "no migration registration" is what the validators see.
import type {
  ApplicationKind,
  GroupApplicationInput,
  IdentityDocumentInput,
  IdentityDocumentKind,
  MaterialInput,
  MissionaryApplicationInput,
  PersonInput,
  PremisesDocumentKind,
  RepresentativeInput,
} from '../../domain/standard/index.js';

export type FormValues = Record<string, string>;

export const DEFAULT_ROWS = { members: 5, materials: 3 } as const;
export const MORE_ROWS = 5;
export const MAX_ROWS = 60;

const DOCUMENT_KINDS: readonly IdentityDocumentKind[] = [
  'kz-id-card',
  'kz-passport',
  'foreign-passport',
  'residence-permit',
  'stateless-certificate',
  'other',
];
const MATERIAL_KINDS: readonly MaterialInput['kind'][] = ['book', 'printed', 'audio', 'video', 'other'];
const PREMISES_KINDS: readonly PremisesDocumentKind[] = [
  'lease-contract',
  'purchase-contract',
  'registered-title',
];
// A field name is a dotted path of letters and row numbers; anything else in a body is ignored.
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+){0,5}$/;

/** The posted fields, as typed (first value of a repeated name, at most 500 characters each). */
export function formValues(body: unknown): FormValues {
  const values: FormValues = {};
  if (!body || typeof body !== 'object') return values;
  for (const [k, raw] of Object.entries(body as Record<string, unknown>)) {
    if (!FIELD_NAME.test(k) || k.length > 120) continue;
    const v = Array.isArray(raw) ? raw[0] : raw;
    if (typeof v === 'string') values[k] = v.slice(0, 500);
  }
  return values;
}

const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T =>
  (allowed as readonly string[]).includes(value ?? '') ? (value as T) : fallback;

// Selects always send a value: a row is filled only when something was typed into it.
const NOT_TYPED = /(^|\.)(kind)$/;

function rowFilled(v: FormValues, prefix: string): boolean {
  return Object.entries(v).some(
    ([k, value]) => k.startsWith(prefix) && !NOT_TYPED.test(k.slice(prefix.length)) && value.trim() !== '',
  );
}

/**
 * Moves the filled rows of `members` or `materials` up to 0…n−1 and drops the empty ones, so the
 * validators' paths (`members.2.iin`) name the rows the page shows. Returns the count filled.
 */
export function compactRows(
  v: FormValues,
  list: 'members' | 'materials',
): { values: FormValues; filled: number } {
  const rows = new Set<number>();
  for (const k of Object.keys(v)) {
    const m = new RegExp(`^${list}\\.(\\d+)\\.`).exec(k);
    if (m && Number(m[1]) < MAX_ROWS) rows.add(Number(m[1]));
  }
  const out: FormValues = {};
  for (const [k, value] of Object.entries(v)) if (!k.startsWith(`${list}.`)) out[k] = value;
  let next = 0;
  for (const i of [...rows].sort((a, b) => a - b)) {
    const prefix = `${list}.${i}.`;
    if (!rowFilled(v, prefix)) continue;
    for (const [k, value] of Object.entries(v))
      if (k.startsWith(prefix)) out[`${list}.${next}.${k.slice(prefix.length)}`] = value;
    next++;
  }
  return { values: out, filled: next };
}

function reader(v: FormValues) {
  const s = (k: string) => (v[k] ?? '').trim();
  const opt = (k: string) => s(k) || undefined;
  const any = (...ks: string[]) => ks.some((k) => s(k) !== '');
  return { s, opt, any };
}

function person(v: FormValues, prefix: string, withDocument: boolean): PersonInput {
  const { s, opt, any } = reader(v);
  const p = (f: string) => `${prefix}.${f}`;
  const doc = (f: string) => p(`identityDocument.${f}`);
  const mig = (f: string) => p(`migrationRegistration.${f}`);
  let identityDocument: IdentityDocumentInput | undefined;
  if (withDocument && any(doc('number'), doc('issueDate'), doc('expiryDate'), doc('issuer'), doc('country')))
    identityDocument = {
      kind: oneOf(v[doc('kind')], DOCUMENT_KINDS, 'other'),
      number: s(doc('number')),
      issueDate: s(doc('issueDate')),
      expiryDate: opt(doc('expiryDate')),
      issuer: opt(doc('issuer')),
      country: opt(doc('country')),
    };
  return {
    surname: s(p('surname')),
    name: s(p('name')),
    patronymic: opt(p('patronymic')),
    latinSurname: opt(p('latinSurname')),
    latinGivenNames: opt(p('latinGivenNames')),
    citizenship: s(p('citizenship')),
    birthDate: opt(p('birthDate')),
    iin: opt(p('iin')),
    identityDocument,
    migrationRegistration: any(mig('number'), mig('date'), mig('validUntil'))
      ? { number: s(mig('number')), date: s(mig('date')), validUntil: s(mig('validUntil')) }
      : undefined,
  };
}

function representative(v: FormValues): RepresentativeInput | undefined {
  if (v['representative.acts'] !== 'on') return undefined;
  const { s } = reader(v);
  const poa = (f: string) => s(`representative.powerOfAttorney.${f}`);
  return {
    person: person(v, 'representative.person', true),
    powerOfAttorney: {
      number: poa('number'),
      date: poa('date'),
      notary: poa('notary'),
      validUntil: poa('validUntil'),
    },
  };
}

function affiliation(v: FormValues) {
  const { s, opt } = reader(v);
  return { confession: s('affiliation.confession'), otherText: opt('affiliation.otherText') };
}

// An empty or non-numeric count is not a count: NaN makes the validator say so (COUNT_INVALID).
const count = (value: string | undefined) => ((value ?? '').trim() === '' ? Number.NaN : Number(value));

function rowsOf(v: FormValues, list: 'members' | 'materials'): number[] {
  const n = new Set<number>();
  for (const k of Object.keys(v)) {
    const m = new RegExp(`^${list}\\.(\\d+)\\.`).exec(k);
    if (m && rowFilled(v, `${list}.${m[1]}.`)) n.add(Number(m[1]));
  }
  return [...n].sort((a, b) => a - b);
}

export function missionaryInput(kind: ApplicationKind, v: FormValues): MissionaryApplicationInput {
  const { s, opt } = reader(v);
  return {
    kind: kind as MissionaryApplicationInput['kind'],
    officeCode: '', // the use-case puts the clerk's office here
    applicationDate: s('applicationDate'),
    applicant: person(v, 'applicant', true),
    address: s('address'),
    affiliation: affiliation(v),
    term: { from: s('term.from'), to: s('term.to') },
    territory: s('territory'),
    sendingAssociation: {
      name: s('sendingAssociation.name'),
      country: s('sendingAssociation.country'),
      registrationDocument: {
        title: s('sendingAssociation.registrationDocument.title'),
        number: opt('sendingAssociation.registrationDocument.number'),
        date: opt('sendingAssociation.registrationDocument.date'),
      },
    },
    mandate: {
      title: s('mandate.title'),
      number: opt('mandate.number'),
      date: s('mandate.date'),
      validUntil: opt('mandate.validUntil'),
    },
    invitingAssociation: { name: s('invitingAssociation.name'), bin: s('invitingAssociation.bin') },
    representative: representative(v),
    materials: rowsOf(v, 'materials').map((i) => ({
      title: s(`materials.${i}.title`),
      kind: oneOf(v[`materials.${i}.kind`], MATERIAL_KINDS, 'other'),
      language: s(`materials.${i}.language`),
      quantity: count(v[`materials.${i}.quantity`]),
    })),
  };
}

export function groupInput(kind: ApplicationKind, v: FormValues): GroupApplicationInput {
  const { s, opt } = reader(v);
  const legalOwner = v['premises.owner.kind'] === 'legal-entity';
  return {
    kind: kind as GroupApplicationInput['kind'],
    officeCode: '',
    applicationDate: s('applicationDate'),
    groupName: s('groupName'),
    affiliation: affiliation(v),
    leader: person(v, 'leader', true),
    members: rowsOf(v, 'members').map((i) => person(v, `members.${i}`, true)),
    adultMemberCount: count(v.adultMemberCount),
    location: s('location'),
    religiousBuilding:
      v['religiousBuilding.has'] === 'on'
        ? { has: true, address: s('religiousBuilding.address') }
        : { has: false },
    territory: s('territory'),
    premises: {
      documentKind: oneOf(v['premises.documentKind'], PREMISES_KINDS, 'lease-contract'),
      documentNumber: opt('premises.documentNumber'),
      documentDate: s('premises.documentDate'),
      owner: legalOwner
        ? { kind: 'legal-entity', name: s('premises.owner.name'), bin: opt('premises.owner.bin') }
        : { kind: 'natural-person', person: person(v, 'premises.owner.person', false) },
      consentDate: legalOwner ? undefined : opt('premises.consentDate'),
    },
    representative: representative(v),
  };
}

/** What a blank form starts with: today's date, the page's language if official, usual documents. */
export function blankValues(kind: ApplicationKind, today: string, lang: string, key: string): FormValues {
  const v: FormValues = {
    key,
    applicationDate: today,
    language: lang === 'ru' ? 'ru' : 'kk',
    'representative.person.identityDocument.kind': 'kz-id-card',
  };
  if (kind.startsWith('missionary')) {
    v['applicant.identityDocument.kind'] = 'foreign-passport';
  } else {
    v['leader.identityDocument.kind'] = 'kz-id-card';
    v['premises.owner.kind'] = 'natural-person';
  }
  return v;
}
