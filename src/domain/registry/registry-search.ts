// What a registry search may ask (issue 6 "Registry"; domain.md §4, §8): a name in any spelling, an
// IIN, a passport number, a confession (only for the roles that may read it — decided by the caller),
// the territory, the office or region, the status of the current document and its dates. Pure: raw
// strings in, criteria or per-field problems out.
import { CONFESSIONS_2011 } from '../standard/confessions.js';
import { isPlainDate, type PlainDate } from '../time/plain-date.js';
import type { PublicDocumentStatus } from '../certificate/public-status.js';
import { nameTokens } from './name-key.js';
import { normalizeIin, normalizePassportNumber } from './registrant-identity.js';

export const REGISTRY_STATUSES = ['valid', 'expired', 'superseded', 'annulled', 'replaced'] as const;
export const REGISTRY_KINDS = ['person', 'group'] as const;
export const REGISTRY_PAGE_SIZE = 25;
export const REGISTRY_MAX_PAGE = 400;

export interface RegistryCriteria {
  name: string | null;
  /** nameTokens(name): what the index compares. */
  tokens: string[];
  iin: string | null;
  passport: string | null;
  confession: string | null;
  territory: string | null;
  officeCode: string | null;
  regionCode: string | null;
  status: PublicDocumentStatus | null;
  kind: 'person' | 'group' | null;
  issuedFrom: PlainDate | null;
  issuedTo: PlainDate | null;
  validUntilFrom: PlainDate | null;
  validUntilTo: PlainDate | null;
  page: number;
}

export type RegistrySearchInput = Partial<Record<keyof RegistryCriteria, unknown>>;

export interface ParsedRegistrySearch {
  criteria: RegistryCriteria;
  /** Field → problem code (the page words it). */
  errors: Record<string, string>;
  /** Nothing asked at all: the page shows the form only. */
  empty: boolean;
}

const text = (v: unknown): string => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '');

/** Reads a search; the whole country's registry is large, so a search names a person, an
 *  identifier, an office or a region (a supervisor's region is implied by the caller). */
export function parseRegistrySearch(
  raw: RegistrySearchInput,
  opts: { regionImplied: boolean },
): ParsedRegistrySearch {
  const errors: Record<string, string> = {};
  const name = text(raw.name);
  if (name.length > 200) errors.name = 'too_long';
  const tokens = nameTokens(name).slice(0, 8);
  if (name !== '' && tokens.length === 0) errors.name = 'name_no_letters';

  const iinRaw = normalizeIin(text(raw.iin));
  if (iinRaw !== '' && !/^\d{12}$/.test(iinRaw)) errors.iin = 'iin_format';
  const passport = normalizePassportNumber(text(raw.passport));
  if (passport.length > 30 || (passport !== '' && !/^[A-Z0-9]+$/.test(passport)))
    errors.passport = 'passport_format';

  const confession = text(raw.confession);
  if (confession !== '' && !CONFESSIONS_2011.some((c) => c.id === confession))
    errors.confession = 'confession_unknown';
  const territory = text(raw.territory);
  if (territory.length > 200) errors.territory = 'too_long';
  const officeCode = text(raw.officeCode);
  if (officeCode !== '' && !/^\d{2}-\d{3}$/.test(officeCode)) errors.officeCode = 'office_code_format';
  const regionCode = text(raw.regionCode);
  if (regionCode !== '' && !/^\d{2}$/.test(regionCode)) errors.regionCode = 'region_code_format';
  const status = text(raw.status);
  if (status !== '' && !(REGISTRY_STATUSES as readonly string[]).includes(status))
    errors.status = 'status_unknown';
  const kind = text(raw.kind);
  if (kind !== '' && !(REGISTRY_KINDS as readonly string[]).includes(kind)) errors.kind = 'kind_unknown';

  const date = (field: 'issuedFrom' | 'issuedTo' | 'validUntilFrom' | 'validUntilTo'): PlainDate | null => {
    const v = text(raw[field]);
    if (v === '') return null;
    if (!isPlainDate(v)) {
      errors[field] = 'date_invalid';
      return null;
    }
    return v;
  };
  const issuedFrom = date('issuedFrom');
  const issuedTo = date('issuedTo');
  const validUntilFrom = date('validUntilFrom');
  const validUntilTo = date('validUntilTo');
  if (issuedFrom && issuedTo && issuedFrom > issuedTo) errors.issuedTo = 'date_order';
  if (validUntilFrom && validUntilTo && validUntilFrom > validUntilTo) errors.validUntilTo = 'date_order';

  const pageRaw = text(raw.page);
  let page = 1;
  if (pageRaw !== '') {
    if (!/^[1-9]\d{0,5}$/.test(pageRaw) || Number(pageRaw) > REGISTRY_MAX_PAGE) errors.page = 'page_invalid';
    else page = Number(pageRaw);
  }

  const criteria: RegistryCriteria = {
    name: name === '' ? null : name,
    tokens,
    iin: iinRaw === '' ? null : iinRaw,
    passport: passport === '' ? null : passport,
    confession: confession === '' ? null : confession,
    territory: territory === '' ? null : territory,
    officeCode: officeCode === '' ? null : officeCode,
    regionCode: regionCode === '' ? null : regionCode,
    status: status === '' ? null : (status as PublicDocumentStatus),
    kind: kind === '' ? null : (kind as 'person' | 'group'),
    issuedFrom,
    issuedTo,
    validUntilFrom,
    validUntilTo,
    page,
  };
  const asked = Object.entries(criteria).some(([k, v]) => k !== 'page' && k !== 'tokens' && v !== null);
  const narrowed =
    criteria.tokens.length > 0 ||
    criteria.iin !== null ||
    criteria.passport !== null ||
    criteria.officeCode !== null ||
    criteria.regionCode !== null ||
    opts.regionImplied;
  if (asked && !narrowed && Object.keys(errors).length === 0) errors.name = 'narrow_required';
  return { criteria, errors, empty: !asked };
}
