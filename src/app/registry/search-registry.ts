// The registry's search (issue 6; domain.md §4, §8, §17). A name in any spelling is folded to its
// skeletons: whole words are found through the GIN index, and when those are few, typos through the
// trigram index, re-ranked here with nameMatchScore. Who sees what: office staff search the whole
// country but read in full only the registrants of their own office (another office's: number, name,
// status and office); supervisors their region or the country. Religious affiliation is shown and
// searchable only for the roles that may read it, on their own office's cases.
import {
  searchRegistryExact,
  searchRegistryFuzzy,
  filtersRows,
  fuzzyCandidateNames,
  registryRowsByIds,
  type RegistryQuery,
  type RegistryRow,
  type RegistryScope,
} from '../../db/registry-search.js';
import { publicDocumentStatus, type PublicDocumentStatus } from '../../domain/certificate/public-status.js';
import { nameMatchScore } from '../../domain/registry/name-key.js';
import {
  REGISTRY_PAGE_SIZE,
  parseRegistrySearch,
  type RegistryCriteria,
  type RegistrySearchInput,
} from '../../domain/registry/registry-search.js';
import { plainDateAt, type PlainDate } from '../../domain/time/plain-date.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { can, type PolicyTarget } from '../policies/policy.js';

/** Below this many whole-word matches — the top 5 the recall set asks for is not filled — close
 *  spellings (typos) are looked for too; above it they would only follow the whole-word matches. */
export const FUZZY_BELOW = 5;
/** How many close candidates are scored, and how close (pg_trgm word similarity). */
export const FUZZY_CAP = 300;
export const FUZZY_THRESHOLD = 0.3;
/** The legal day of "expired" in a search's filter (every office keeps UTC+5 since 2024-03-01). */
const LEGAL_ZONE = 'Asia/Almaty';

export interface RegistryHit {
  id: string;
  kind: 'person' | 'group';
  name: string;
  /** 'full': the reader may open the whole record; 'minimal': number, name, status and office only. */
  visibility: 'full' | 'minimal';
  /** 'exact': every word matched in some spelling; 'close': within the typos allowed. */
  match: 'exact' | 'close' | null;
  document: {
    number: string;
    kind: 'certificate' | 'reference';
    status: PublicDocumentStatus;
    issuedOn: PlainDate | null;
    validUntil: PlainDate | null;
    territory: string | null;
    source: 'system' | 'paper' | null;
  } | null;
  office: { code: string; nameKk: string; nameRu: string | null; regionCode: string | null };
  /** Full visibility only. */
  latinName?: string | null;
  iin?: string | null;
  citizenship?: string | null;
  passportNumber?: string | null;
  /** Only for the roles that may read religious affiliation, of their own office's cases. */
  confession?: string | null;
}

export interface RegistryResult {
  criteria: RegistryCriteria;
  hits: RegistryHit[];
  total: number;
  page: number;
  pages: number;
  /** May this reader search and see religious affiliation. */
  affiliationAllowed: boolean;
}

/** The region a reader is held to (a regional supervisor), or null for the whole country. */
function readerRegion(actor: Actor): string | null {
  const elsewhere: PolicyTarget = { organisationId: '', regionCode: null };
  if (can(actor, 'registry.search', elsewhere)) return null;
  return actor.organisation.regionCode;
}

export function mayAffiliation(actor: Actor): boolean {
  return (
    actor.organisation.kind === 'service_office' &&
    can(actor, 'case.read_affiliation', {
      organisationId: actor.organisation.id,
      regionCode: actor.organisation.regionCode,
    })
  );
}

/** Checks what a search asks; throws VALIDATION_FAILED (per field) or FORBIDDEN. */
export function checkRegistrySearch(actor: Actor, input: RegistrySearchInput) {
  if (!can(actor, 'registry.search')) throw new DomainError('FORBIDDEN');
  const region = readerRegion(actor);
  if (region === null && !can(actor, 'registry.search', { organisationId: '', regionCode: null }))
    throw new DomainError('FORBIDDEN');
  const parsed = parseRegistrySearch(input, { regionImplied: region !== null });
  // domain.md §8: religious affiliation is searchable only by the roles that need it.
  if (parsed.criteria.confession !== null && !mayAffiliation(actor))
    throw new DomainError(
      'FORBIDDEN',
      { confession: 'affiliation_not_allowed' },
      { reason: 'AFFILIATION_NOT_ALLOWED' },
    );
  if (Object.keys(parsed.errors).length) throw new DomainError('VALIDATION_FAILED', parsed.errors);
  return { ...parsed, region };
}

/** Close candidates with any name score, best first (then by name, then id: a stable order). */
function bestFirst<T extends { id: string; displayName: string; nameTokens: string[] }>(
  tokens: readonly string[],
  candidates: readonly T[],
): T[] {
  return candidates
    .map((row) => ({ row, score: nameMatchScore(tokens, row.nameTokens) }))
    .filter((x) => x.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.row.displayName.localeCompare(b.row.displayName) ||
        a.row.id.localeCompare(b.row.id),
    )
    .map((x) => x.row);
}

export async function searchRegistry(
  deps: Deps,
  actor: Actor,
  input: RegistrySearchInput,
): Promise<RegistryResult> {
  const { criteria: c, region } = checkRegistrySearch(actor, input);
  const affiliationAllowed = mayAffiliation(actor);
  const db = deps.database.db;
  const today = plainDateAt(deps.now(), LEGAL_ZONE);
  const own = actor.organisation.kind === 'service_office' ? actor.organisation.id : null;
  const scope: RegistryScope = { regionCode: region, ownOfficeId: own };
  const q: RegistryQuery = {
    ...(c.tokens.length ? { nameTokens: c.tokens } : {}),
    ...(c.iin ? { iin: c.iin } : {}),
    ...(c.passport ? { passportNumber: c.passport } : {}),
    ...(c.kind ? { kind: c.kind } : {}),
    ...(c.confession && own ? { confession: { id: c.confession, officeId: own } } : {}),
    ...(c.territory ? { territory: c.territory } : {}),
    ...(c.officeCode ? { officeCode: c.officeCode } : {}),
    ...(c.regionCode ? { regionCode: c.regionCode } : {}),
    ...(c.status ? { status: c.status } : {}),
    ...(c.issuedFrom ? { issuedFrom: c.issuedFrom } : {}),
    ...(c.issuedTo ? { issuedTo: c.issuedTo } : {}),
    ...(c.validUntilFrom ? { validUntilFrom: c.validUntilFrom } : {}),
    ...(c.validUntilTo ? { validUntilTo: c.validUntilTo } : {}),
  };
  const size = REGISTRY_PAGE_SIZE;
  const offset = (c.page - 1) * size;
  let rows: { row: RegistryRow; match: RegistryHit['match'] }[];
  let total: number;
  const exact = await searchRegistryExact(db, q, scope, today, { offset, limit: size });
  if (c.tokens.length === 0 || exact.total >= FUZZY_BELOW) {
    rows = exact.rows.map((row) => ({ row, match: c.tokens.length ? 'exact' : null }));
    total = exact.total;
  } else {
    // Few whole-word matches: all of them fit in one page; close spellings follow, best first.
    const all =
      offset === 0
        ? exact.rows
        : (await searchRegistryExact(db, q, scope, today, { offset: 0, limit: size })).rows;
    const fuzzy = { threshold: FUZZY_THRESHOLD, cap: FUZZY_CAP, excludeExact: true };
    const fq = { ...q, nameTokens: c.tokens };
    const exactPart = all.slice(offset, offset + size).map((row) => ({ row, match: 'exact' as const }));
    if (filtersRows(q, scope, today)) {
      // Filters on the current document or office: every candidate's row is read to filter it.
      const close = bestFirst(c.tokens, await searchRegistryFuzzy(db, fq, scope, today, fuzzy));
      const merged = [
        ...all.map((row) => ({ row, match: 'exact' as const })),
        ...close.map((row) => ({ row, match: 'close' as const })),
      ];
      total = merged.length;
      rows = merged.slice(offset, offset + size);
    } else {
      // The name alone: rank the candidates by their names, then read the page's rows only.
      const ranked = bestFirst(c.tokens, await fuzzyCandidateNames(db, fq, fuzzy));
      const window = ranked.slice(Math.max(0, offset - all.length), Math.max(0, offset + size - all.length));
      const read = new Map(
        (
          await registryRowsByIds(
            db,
            window.map((n) => n.id),
            q,
            scope,
            today,
          )
        ).map((r) => [r.id, r]),
      );
      total = all.length + ranked.length;
      rows = [
        ...exactPart,
        ...window.flatMap((n) => {
          const row = read.get(n.id);
          return row ? [{ row, match: 'close' as const }] : [];
        }),
      ];
    }
  }
  const hits = rows
    .filter(({ row }) =>
      can(actor, 'registry.search', { organisationId: row.officeId, regionCode: row.regionCode }),
    )
    .map(({ row, match }) => hitOf(actor, row, match, today, affiliationAllowed));
  return {
    criteria: c,
    hits,
    total,
    page: c.page,
    pages: Math.max(1, Math.ceil(total / size)),
    affiliationAllowed,
  };
}

/** Full when the reader may read the record where it stands, or it has a case or document at the reader's office. */
export function readsInFull(
  actor: Actor,
  row: Pick<RegistryRow, 'officeId' | 'regionCode' | 'atOwnOffice'>,
): boolean {
  if (can(actor, 'registry.read', { organisationId: row.officeId, regionCode: row.regionCode })) return true;
  return (
    row.atOwnOffice &&
    can(actor, 'registry.read', {
      organisationId: actor.organisation.id,
      regionCode: actor.organisation.regionCode,
    })
  );
}

function hitOf(
  actor: Actor,
  row: RegistryRow,
  match: RegistryHit['match'],
  today: PlainDate,
  affiliationAllowed: boolean,
): RegistryHit {
  const full = readsInFull(actor, row);
  const status =
    row.documentNumber && row.storedStatus
      ? publicDocumentStatus({ status: row.storedStatus, validUntil: row.validUntil }, today)
      : null;
  const document =
    row.documentNumber && row.documentKind && status
      ? {
          number: row.documentNumber,
          kind: row.documentKind,
          status,
          issuedOn: full ? row.issuedOn : null,
          validUntil: full ? row.validUntil : null,
          territory: full ? row.territory : null,
          source: full ? row.source : null,
        }
      : null;
  const hit: RegistryHit = {
    id: row.id,
    kind: row.kind,
    name: row.displayName,
    visibility: full ? 'full' : 'minimal',
    match,
    document,
    office: {
      code: row.officeCode,
      nameKk: row.officeNameKk,
      nameRu: row.officeNameRu,
      regionCode: row.regionCode,
    },
  };
  if (!full) return hit;
  hit.latinName = row.latinName;
  hit.iin = row.iin;
  hit.citizenship = row.citizenship;
  hit.passportNumber = row.passportNumber;
  // The latest case's confession, only when that case is the reader's own office's.
  if (affiliationAllowed && row.confessionOfficeId === actor.organisation.id) hit.confession = row.confession;
  return hit;
}
