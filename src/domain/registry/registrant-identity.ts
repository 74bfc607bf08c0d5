// Who a case belongs to in the registry (domain.md §2, §4 "after the end"): a person is known by the
// IIN (citizens and residents) or, without one, by citizenship and passport number; a group by the
// office it is registered with and its name's skeleton (so «Нұр» and «Нур» are one group), and —
// when a group re-registers under a new name — by its leader's IIN. Pure: the store finds or makes
// the row, under the unique indexes (persons) or a lock on the group's key.
import { countryAlpha2 } from '../standard/forms/iso-3166.js';
import type { PersonInput } from '../standard/forms/person.js';
import type { GroupApplicationInput } from '../standard/forms/group-application.js';
import type { MissionaryApplicationInput } from '../standard/forms/missionary-application.js';
import { nameTokens } from './name-key.js';

export interface PersonIdentity {
  kind: 'person';
  /** The IIN when the person has one; then citizenship and passport are not part of the key. */
  iin: string | null;
  citizenship: string | null;
  passportNumber: string | null;
  displayName: string;
  latinName: string | null;
  tokens: string[];
}

export interface GroupIdentity {
  kind: 'group';
  organisationId: string;
  /** The name's skeleton without the words every group's name has («діни тобы», «религиозная группа»). */
  nameKey: string;
  displayName: string;
  /** The leader's IIN, to recognise a group that re-registers under a new name. */
  leaderIin: string | null;
  tokens: string[];
}

export type RegistrantIdentity = PersonIdentity | GroupIdentity;

/** A passport number as compared: upper case, no spaces, dashes or dots ("N 987-654" = "N987654"). */
export function normalizePassportNumber(value: string): string {
  return value.toUpperCase().replace(/[\s\-–.]/g, '');
}

/** An IIN as compared: its twelve digits (spaces a clerk typed are dropped). */
export function normalizeIin(value: string): string {
  return value.replace(/\s/g, '');
}

/** "Surname Name Patronymic", as documents print a person. */
export function personDisplayName(p: Pick<PersonInput, 'surname' | 'name' | 'patronymic'>): string {
  return [p.surname, p.name, p.patronymic]
    .map((s) => s?.trim() ?? '')
    .filter((s) => s !== '')
    .join(' ');
}

/** The person's key, or null when the form gave neither an IIN nor a passport number. */
export function personIdentity(p: PersonInput): PersonIdentity | null {
  const iin = normalizeIin(p.iin ?? '');
  const passport = normalizePassportNumber(p.identityDocument?.number ?? '');
  const citizenship = countryAlpha2(p.citizenship ?? '') ?? (p.citizenship?.trim().toUpperCase() || null);
  if (iin === '' && (passport === '' || citizenship === null)) return null;
  const latin = [p.latinSurname, p.latinGivenNames]
    .map((s) => s?.trim() ?? '')
    .filter((s) => s !== '')
    .join(' ');
  const displayName = personDisplayName(p);
  return {
    kind: 'person',
    iin: iin === '' ? null : iin,
    citizenship: iin === '' ? citizenship : null,
    passportNumber: iin === '' ? passport : null,
    displayName,
    latinName: latin === '' ? null : latin,
    tokens: nameTokens(displayName, latin),
  };
}

// Words of a group's name that say what it is, not which one it is (annex 8 «діни топтың атауы»).
const GENERIC_GROUP_WORDS = new Set(
  nameTokens(
    'діни тобы топ тобының религиозная группа группы религиозной religious group of the община қауымы',
  ),
);

/** The group's name as a key: its distinctive words' skeletons, in order. */
export function groupNameKey(name: string): string {
  const words = nameTokens(name);
  const distinctive = words.filter((w) => !GENERIC_GROUP_WORDS.has(w));
  return (distinctive.length > 0 ? distinctive : words).join(' ');
}

export function groupIdentity(organisationId: string, a: GroupApplicationInput): GroupIdentity {
  const displayName = a.groupName.replace(/\s+/g, ' ').trim();
  const iin = normalizeIin(a.leader?.iin ?? '');
  return {
    kind: 'group',
    organisationId,
    nameKey: groupNameKey(displayName),
    displayName,
    leaderIin: iin === '' ? null : iin,
    tokens: nameTokens(displayName),
  };
}

/** The registrant of an application: the missionary, or the group at the office it applies to. */
export function registrantIdentity(
  kind: string,
  application: MissionaryApplicationInput | GroupApplicationInput,
  organisationId: string,
): RegistrantIdentity | null {
  return kind.startsWith('missionary')
    ? personIdentity((application as MissionaryApplicationInput).applicant)
    : groupIdentity(organisationId, application as GroupApplicationInput);
}

/** Every spelling kept: the known tokens first, in their order, then the new ones. */
export function mergeTokens(known: readonly string[], added: readonly string[]): string[] {
  const out = [...known];
  const seen = new Set(known);
  for (const t of added)
    if (!seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  return out;
}

/** What the trigram index reads: the tokens joined by spaces. */
export const searchTextOf = (tokens: readonly string[]): string => tokens.join(' ');
